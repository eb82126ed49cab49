/**
 * Links a reader did not expect to work (issue 19's rule: bad input gets a clear notice and loses nothing): a value
 * between a slider's steps, "-0", a key no figure reads, a shared key out of range, settings on a page that has none,
 * a search with a bidi override or 1,000 characters. Each is ignored, clamped or cut with a notice in the page's
 * words, said once where the reader lands, moving nothing; nothing prints "-0" or a year like "2029.5".
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { observeLayoutShift, readLayoutShift } from '../../scripts/bench/layout-shift.ts';

const site = useBuiltSite();

async function open(path: string): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${site.server.origin}${path}`);
  await pageScriptRan(page);
  return page;
}

/** The text of the page's one notice about its link (src/components/page-notice.ts), once it shows. */
async function pageNotice(page: Page): Promise<Locator> {
  const notice = page.locator('[data-page-notice][data-shown]');
  await notice.waitFor({ state: 'visible', timeout: 20_000 });
  return notice.locator('[role="status"]');
}

/** Whether all of `element` is inside the window, where the reader is. */
const inView = (element: Locator) =>
  element.evaluate((node) => {
    const box = node.getBoundingClientRect();
    return box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.height > 0;
  });

/** The live figure `id` on the page, once its island has taken the link's state. */
async function liveFigure(page: Page, id: string) {
  const host = page.locator(`live-figure[data-figure="${id}"]`);
  await host.and(page.locator('[data-live="ready"]')).waitFor({ timeout: 20_000 });
  return host;
}

describe('figure links', () => {
  it('moves a value between steps to the slider’s step and prints no −0, with a notice', async () => {
    const page = await open('/essays/peak-capabilities-wall/?glut_year=2029.5&saturation=-0');
    const glut = await liveFigure(page, 'wall-glut');
    const notice = await pageNotice(page);
    await expect(notice.innerText()).resolves.toContain(
      '“glut_year” = 2029.5 is between the slider’s steps; using 2030.',
    );
    await expect(glut.locator('output[for$="-glut_year"]').textContent()).resolves.toBe('2030');
    await expect(glut.locator('input[name="glut_year"]').inputValue()).resolves.toBe('2030');
    // "-0" reads as 0: no notice for it, and no "-0 per point" anywhere on the page.
    await expect(notice.innerText()).resolves.not.toContain('saturation');
    await expect(glut.locator('output[for$="-saturation"]').textContent()).resolves.toMatch(/^0\b/);
    expect(await page.locator('body').innerText()).not.toMatch(/[-−]0 (per point|years)/);
    await page.close();
  });

  it('says so where the reader lands when a link’s only key is one no figure reads; click counters pass quietly', async () => {
    // The top of the page, and the figure a #fragment names: the notice is in view at both, with no figure loaded.
    for (const path of ['/essays/meek-models/?g_l=5', '/essays/meek-models/?g_l=5#fig-horizon']) {
      const page = await open(path);
      const notice = await pageNotice(page);
      await expect(notice.innerText()).resolves.toContain('Ignored the link’s unknown parameter “g_l”.');
      expect(await inView(notice), path).toBe(true);
      await expect(page.locator('live-figure[data-live]').count()).resolves.toBe(0);
      await page.close();
    }

    const tracked = await open('/essays/meek-models/?utm_source=newsletter&fbclid=IwAR0&g_i=4');
    await liveFigure(tracked, 'meek-loss-gap');
    await tracked.waitForTimeout(500);
    await expect(tracked.locator('[data-page-notice][data-shown]').count()).resolves.toBe(0);
    await tracked.close();
  });

  it('says a shared key’s bad value once, in one polite region, naming the figures that each clamped it', async () => {
    const page = await open('/essays/meek-models/?g_h=999');
    const notice = await pageNotice(page);
    const readers = page.locator('live-figure').filter({ has: page.locator('input[name="g_h"]') });
    const count = await readers.count();
    expect(count).toBeGreaterThan(1);
    const text = await notice.innerText();
    expect(text).toMatch(/Figures [\d, ]+ and \d+: “g_h” = 999 is above the maximum; using \d+(\.\d+)?\./);
    expect(text.match(/“g_h”/g)).toHaveLength(1);
    expect(await inView(notice)).toBe(true);
    // Said once: one live region on the page holds it, and the figures have no notice of their own.
    const regions = page.locator('[role="status"], [aria-live]').filter({ hasText: '“g_h” = 999' });
    await expect(regions.count()).resolves.toBe(1);
    await expect(regions.first().getAttribute('role')).resolves.toBe('status');
    // Each figure still clamps it to its slider's maximum.
    for (let i = 0; i < count; i++) {
      const slider = readers.nth(i).locator('input[name="g_h"]');
      await expect.poll(() => slider.inputValue()).toBe(await slider.getAttribute('max'));
    }
    // The reader can put it away.
    await page.locator('[data-page-notice-dismiss]').click();
    await expect(page.locator('[data-page-notice]').count()).resolves.toBe(0);
    await page.close();
  });
});

describe('links to pages without live figures', () => {
  it('says in one sentence that the page has no settings, and stays silent for click counters, search and a 404', async () => {
    const pages = {
      '/?g_i=5': 'parameter “g_i”',
      '/parameters/?g_i=5&alpha=1': 'parameters “g_i” and “alpha”',
      '/data/?v=2&utm_source=newsletter': 'parameter “v”',
    };
    for (const [path, ignored] of Object.entries(pages)) {
      const page = await open(path);
      const notice = await pageNotice(page);
      await expect(notice.innerText()).resolves.toBe(
        `This page has no settings to change, so it ignored the link’s ${ignored}.`,
      );
      expect(await inView(notice)).toBe(true);
      await page.close();
    }
    for (const path of ['/?utm_source=newsletter', '/search/?q=meek', '/no-such-page/?g_i=5']) {
      const page = await open(path);
      await page.waitForTimeout(500);
      await expect(page.locator('[data-page-notice][data-shown]').count(), path).resolves.toBe(0);
      await page.close();
    }
  });
});

describe('the notice moves nothing', () => {
  it.each([
    ['/essays/meek-models/?g_h=999', 390],
    ['/essays/meek-models/?g_h=999', 1280],
    ['/?g_i=5', 390],
  ])('%s at %i px: no layout shift', async (path, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: width < 600 ? 844 : 800 } });
    const page = await context.newPage();
    await observeLayoutShift(page);
    await page.goto(`${site.server.origin}${path}`);
    await pageScriptRan(page);
    await pageNotice(page);
    await expect(readLayoutShift(page)).resolves.toEqual({ cls: 0, shifts: [] });
    await context.close();
  });
});

describe('frozen version links', () => {
  it('says a frozen version cannot draw a link’s settings, a mistyped key included, and passes a click counter', async () => {
    const page = await open('/figures/wall-gap-lag/v1/?g_l=5');
    const notice = await pageNotice(page);
    await expect(notice.innerText()).resolves.toMatch(/Version 1 is frozen.*cannot draw the settings in this link/);
    expect(await inView(notice)).toBe(true);
    await page.close();

    const tracked = await open('/figures/wall-gap-lag/v1/?utm_source=newsletter');
    await tracked.waitForLoadState('networkidle');
    await expect(tracked.locator('[data-page-notice]').count()).resolves.toBe(0);
    await tracked.close();
  });
});

describe('search links', () => {
  it('quotes a search with its bidi override shown, never raw', async () => {
    const page = await open('/search/?q=meek%E2%80%AEevil');
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/for your search “meek⟨U\+202E⟩evil”/);
    expect(await status.textContent()).not.toContain('\u202E');
    await page.close();
  });

  it('searches only the first 200 characters of a long search, says so, and keeps the address short', async () => {
    const page = await open(`/search/?q=${'meek%20'.repeat(200)}`);
    const status = page.locator('[data-search-status]');
    await expect
      .poll(() => status.textContent(), { timeout: 20_000 })
      .toMatch(/for your search “(meek ){8}…”\. Only its first 200 characters were searched\.$/);
    expect(new URL(page.url()).searchParams.get('q')?.length).toBeLessThanOrEqual(200);
    await page.close();
  });
});

/**
 * Keys and values that try to end the notice's quote and go on in the site's voice (docs/hardening-cases.md): each
 * quoted piece is in its own boxed element, with the link's quote marks inside it; the site's words around it say
 * it is the link's; newline, zero-width and bidi characters are shown as code points, then cut to 40 characters.
 */
const SPOOFS = {
  'a value and a key closed by "': {
    path: `/essays/meek-models/?g_i=${encodeURIComponent('1" is invalid. Figure retracted')}&${encodeURIComponent('1" is invalid. This figure is retracted: see evil.example')}=1`,
    // The page's own sentence (a key nothing reads) comes first, then the figure's.
    pieces: ['1" is invalid. This figure is retracted:…', '1" is invalid. Figure retracted'],
  },
  'a key with ” « », a newline, a zero-width space and a bidi override': {
    path: `/essays/meek-models/?${encodeURIComponent('x” ignored. «See evil.example»\n\u200B\u202E')}=1`,
    pieces: ['x” ignored. «See evil.example»⟨U+000A⟩…'],
  },
  'keys with ‘ ’ on a page with no settings': {
    path: `/?${encodeURIComponent('a’ was ignored. ‘Retracted’ b')}=1&g_i=5`,
    pieces: ['a’ was ignored. ‘Retracted’ b', 'g_i'],
  },
} as const;
type Spoof = keyof typeof SPOOFS;

describe('quotes in a link cannot pass for the site’s words', () => {
  it.each([
    ['a value and a key closed by "', 320, 'light'],
    ['a value and a key closed by "', 320, 'dark'],
    ['a value and a key closed by "', 1280, 'light'],
    ['a value and a key closed by "', 1280, 'dark'],
    ['a key with ” « », a newline, a zero-width space and a bidi override', 320, 'dark'],
    ['a key with ” « », a newline, a zero-width space and a bidi override', 1280, 'light'],
    ['keys with ‘ ’ on a page with no settings', 320, 'light'],
    ['keys with ‘ ’ on a page with no settings', 1280, 'dark'],
  ] as [Spoof, number, 'light' | 'dark'][])('%s, at %i px, %s', async (name, width, colorScheme) => {
    const { path, pieces } = SPOOFS[name];
    const context = await site.browser.newContext({
      viewport: { width, height: width < 600 ? 640 : 800 },
      colorScheme,
    });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${path}`);
    await pageScriptRan(page);
    const notice = await pageNotice(page);
    const shown = await notice.evaluate((region: HTMLElement) => {
      const quoted = [...region.querySelectorAll<HTMLElement>('code.link-text')];
      const own = region.cloneNode(true) as HTMLElement;
      for (const piece of own.querySelectorAll('code.link-text')) piece.remove();
      /** WCAG's contrast ratio of two computed colours. */
      const contrast = (a: string, b: string) => {
        const luminance = (colour: string) => {
          const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
            const c = Number(v) / 255;
            return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const behind = getComputedStyle(region.closest('[data-page-notice]')!).backgroundColor;
      return {
        pieces: quoted.map((piece) => piece.textContent),
        own: own.textContent ?? '',
        text: region.innerText,
        tags: [...new Set([...region.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()))].sort(),
        boxes: quoted.map((piece) => {
          const style = getComputedStyle(piece);
          return {
            border: style.borderTopStyle === 'solid' && parseFloat(style.borderTopWidth) >= 1,
            contrast: contrast(style.borderTopColor, behind) >= 3,
            // The box is not a word of text: it starts right after the site's opening quote.
            afterQuote: (piece.previousSibling?.textContent ?? '').endsWith('“'),
          };
        }),
      };
    });
    expect(shown.pieces).toEqual(pieces);
    // The site's own words, the link's pieces taken out, say none of the attacker's.
    expect(shown.own).not.toMatch(/invalid|retracted|evil|was ignored/i);
    // …and say whose text the quote is, for a reader who hears it.
    expect(shown.own).toMatch(/the link’s (unknown )?(value|parameters?) “|in the link: “/);
    for (const box of shown.boxes) expect(box).toEqual({ border: true, contrast: true, afterQuote: true });
    // The notice's own elements only, the link's pieces in <code> (a <span> keeps the site's quote marks with each):
    // nothing from the link became markup.
    expect(shown.tags.filter((tag) => !['code', 'li', 'p', 'span', 'ul'].includes(tag))).toEqual([]);
    expect(shown.text.replace(/\n/g, ' ')).not.toMatch(/[\p{Cc}\p{Cf}]/u);
    // The notice's box is in view; on a 320 px phone its text is taller than the box, which scrolls (40vh at most).
    expect(await inView(page.locator('[data-page-notice][data-shown]'))).toBe(true);
    await context.close();
  });
});
