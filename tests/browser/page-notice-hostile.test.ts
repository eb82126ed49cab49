/**
 * An attacker's link in the page's notice (src/components/page-notice.ts): markup and script in keys and values,
 * bidi overrides, a key in Hebrew, a key of 500 characters, a value of 300 digits, 60 keys, a query of 10,000 characters. The
 * notice shows them as text only, cut short, in a box that stays inside the window (at most 40% of its height,
 * never wider than a 320 px phone, its Dismiss in sight however far it is scrolled) and leaves the page above it to
 * read; axe finds nothing in it, light or dark.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { formatViolations, runAxe } from '../support/axe.ts';

const site = useBuiltSite();

function hostileQuery(): string {
  const query = new URLSearchParams();
  query.append('<img src=x onerror="window.__owned=1">', '1');
  query.append('<script>window.__owned=1</script>', '<b>bold</b>');
  query.append('g_h', '<img src=x onerror="window.__owned=1">');
  query.append('g_i', '9'.repeat(300));
  query.append('a\u202Eevil\u2066\u200F', '1');
  query.append('x'.repeat(500), '1');
  query.append('שלום 5', '1');
  for (let i = 0; i < 60; i++) query.append(`k${i}`, `\u202E${i}`);
  return `?${query}`;
}

const HOSTILE = `/essays/meek-models/${hostileQuery()}`;
const LONG = `/essays/meek-models/?g_h=${'9'.repeat(10_000)}`;
const NO_SETTINGS = `/?${encodeURIComponent('<svg onload=alert(1)>')}=1&${'y'.repeat(400)}=2`;

/** Each link where it is hardest to read: the attacker's at both widths and in both themes, the others once. */
const CASES = [
  ['markup, bidi, long keys and values, 60 keys', 320, 'light', HOSTILE],
  ['markup, bidi, long keys and values, 60 keys', 320, 'dark', HOSTILE],
  ['markup, bidi, long keys and values, 60 keys', 1280, 'dark', HOSTILE],
  ['a query of 10,000 characters', 320, 'light', LONG],
  ['markup on a page with no settings', 320, 'dark', NO_SETTINGS],
] as const;

async function open(path: string, width: number, scheme: 'light' | 'dark'): Promise<Page> {
  const context = await site.browser.newContext({
    viewport: { width, height: width < 600 ? 640 : 800 },
    colorScheme: scheme,
    bypassCSP: true, // for axe, added as a script (support/axe.ts)
  });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  await pageScriptRan(page);
  await page.locator('[data-page-notice][data-shown]').waitFor({ state: 'visible', timeout: 20_000 });
  return page;
}

/** What the reader sees of the notice, and where it is. */
const seen = (page: Page) =>
  page.evaluate(() => {
    const notice = document.querySelector<HTMLElement>('[data-page-notice]')!;
    const at = notice.getBoundingClientRect();
    const middle = document.elementFromPoint(innerWidth / 2, innerHeight * 0.55);
    return {
      text: notice.innerText,
      quoted: [...notice.querySelectorAll('code.link-text')].map((piece) => piece.textContent ?? ''),
      tags: [...new Set([...notice.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()))].sort(),
      owned: 'owned' in window || '__owned' in window,
      inside: at.left >= 0 && at.right <= innerWidth && at.bottom <= innerHeight && at.top >= 0,
      share: at.height / innerHeight,
      // The notice's own: the home page is wider than 320 px by itself (its essay cards).
      sideways: notice.scrollWidth - notice.clientWidth,
      dismissSeen: (() => {
        notice.scrollTop = notice.scrollHeight;
        const button = notice.querySelector('button')!.getBoundingClientRect();
        return button.top >= at.top && button.bottom <= at.bottom;
      })(),
      pageSeenAbove: Boolean(middle && !notice.contains(middle)),
    };
  });

describe('an attacker’s link in the notice', () => {
  it.each(CASES)(
    '%s, at %i px, %s: text only, cut short, inside the window; axe finds nothing',
    async (_, width, scheme, path) => {
      const page = await open(path, width, scheme);
      const shown = await seen(page);
      expect(shown.owned).toBe(false);
      // The notice's own elements only: its live region, sentences, list, button and the boxes that hold the link's
      // text (as text), each with the site's quote marks in a span; nothing from the link.
      expect(shown.tags.filter((tag) => !['button', 'code', 'div', 'li', 'p', 'span', 'ul'].includes(tag))).toEqual([]);
      // No raw control or bidi character: each is shown as its code point.
      expect(shown.text.replace(/\n/g, ' ')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
      // No quote of the link longer than 40 characters, code points shown as ⟨U+…⟩ included, and its "…".
      for (const quoted of shown.quoted) expect([...quoted].length, quoted).toBeLessThanOrEqual(41);
      expect(shown.inside).toBe(true);
      expect(shown.share).toBeLessThanOrEqual(0.4);
      expect(shown.sideways).toBeLessThanOrEqual(0);
      // Scrolled to its end, the notice still shows its Dismiss button.
      expect(shown.dismissSeen).toBe(true);
      expect(shown.pageSeenAbove).toBe(true);
      const violations = await runAxe(page);
      expect(violations, formatViolations(`${width} ${scheme}`, violations)).toEqual([]);
      await page.context().close();
    },
  );
});
