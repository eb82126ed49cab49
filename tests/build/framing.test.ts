/**
 * Who may frame a page (dist/_headers, read as Netlify and Cloudflare Pages read it: every rule whose pattern
 * matches the path applies): a figure's embed, live or static, may be framed by any site, which is what it is for;
 * every other page, at its pretty address and as index.html, only by this site (X-Frame-Options: SAMEORIGIN), so
 * another site cannot lay its own buttons over an essay or a permalink.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHeadersFile } from '../../scripts/bench/host-site.ts';
import { DIST, distFiles } from '../support/site-pages.ts';

const rules = parseHeadersFile(readFileSync(join(DIST, '_headers'), 'utf8'));
const headersFor = (path: string): Record<string, string> =>
  Object.assign({}, ...rules.filter((rule) => rule.pattern.test(path)).map((rule) => rule.headers));

const EMBED = /^\/figures\/[^/]+\/v\d+\/embed\/(?:static\/)?(?:index\.html)?$/;
const pages = distFiles()
  .filter((file) => file.endsWith('.html'))
  .flatMap((file) => [`/${file}`, ...(file.endsWith('index.html') ? [`/${file.slice(0, -'index.html'.length)}`] : [])]);

describe('framing', () => {
  it('finds the embeds and the other pages', () => {
    expect(pages.filter((path) => EMBED.test(path)).length).toBeGreaterThan(10);
    expect(pages.filter((path) => !EMBED.test(path)).length).toBeGreaterThan(50);
  });

  it('lets any site frame a figure’s embed', () => {
    for (const path of pages.filter((p) => EMBED.test(p))) {
      const headers = headersFor(path);
      expect(headers['X-Frame-Options'], path).toBeUndefined();
      expect(headers['Content-Security-Policy'] ?? '', path).not.toContain('frame-ancestors');
    }
  });

  it('lets only this site frame every other page', () => {
    const open = pages.filter((path) => !EMBED.test(path) && headersFor(path)['X-Frame-Options'] !== 'SAMEORIGIN');
    expect(open).toEqual([]);
  });
});
