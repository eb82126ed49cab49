/**
 * The one inline head script (head-script.ts): its three parts, in the order that matters (the theme and the web
 * faces before anything paints), and the Content-Security-Policy allowing exactly its text and no other inline script.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WEB_FONTS_SCRIPT } from '../fonts/web-fonts-script.ts';
import { CONTENT_SECURITY_POLICY } from '../security/csp.ts';
import { AFTER_PAINT_SCRIPT } from './after-paint-script.ts';
import { HEAD_SCRIPT, HEAD_SCRIPT_HASH } from './head-script.ts';
import { THEME_SCRIPT } from './theme-script.ts';

describe('the head script', () => {
  it('is the stored theme, the web faces and the after-paint loader, each whole, in that order', () => {
    expect(HEAD_SCRIPT).toBe(THEME_SCRIPT + WEB_FONTS_SCRIPT + AFTER_PAINT_SCRIPT);
  });

  it('is plain script that parses on its own, and each part too (a part that returns early skips only itself)', () => {
    for (const part of [HEAD_SCRIPT, THEME_SCRIPT, WEB_FONTS_SCRIPT, AFTER_PAINT_SCRIPT])
      expect(() => new Function(part)).not.toThrow();
    for (const part of [THEME_SCRIPT, WEB_FONTS_SCRIPT, AFTER_PAINT_SCRIPT])
      expect(part).toMatch(/^\(function\(.*\);$/);
  });

  it('is allowed by the Content-Security-Policy by the hash of exactly its text, the only inline script allowed', () => {
    const hash = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`;
    expect(HEAD_SCRIPT_HASH).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toContain(`script-src 'self' 'wasm-unsafe-eval' ${hash};`);
    expect(CONTENT_SECURITY_POLICY.match(/'sha256-/g)).toHaveLength(1);
  });
});
