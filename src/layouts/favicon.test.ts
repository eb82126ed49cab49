import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAVICON_DATA_URL, faviconDataUrl } from './favicon.ts';

describe('faviconDataUrl', () => {
  it('encodes what a URL in a double-quoted attribute cannot hold, and nothing else', () => {
    expect(faviconDataUrl('<svg xmlns="http://www.w3.org/2000/svg">\n  <rect fill="#1d5fa6"/></svg>\n')).toBe(
      "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E %3Crect fill='%231d5fa6'/%3E%3C/svg%3E",
    );
  });

  it('refuses a file that is not an SVG', () => {
    expect(() => faviconDataUrl('<?xml version="1.0"?><svg/>')).toThrow(/does not start with <svg/);
  });

  it('decodes to public/favicon.svg, as the browser reads it', () => {
    const svg = readFileSync('public/favicon.svg', 'utf8').trim().replace(/\s+/g, ' ').replace(/"/g, "'");
    expect(decodeURIComponent(FAVICON_DATA_URL.slice('data:image/svg+xml,'.length))).toBe(svg);
    expect(FAVICON_DATA_URL).not.toMatch(/["<>#]/);
  });
});
