/**
 * A search or a link's text never passes for the site's words (docs/hardening-cases.md): anyone can send a link to
 * `/search/?q=…` that says "this essay has been withdrawn" or paints over the page. The search page quotes the query
 * in its own box, as the link notices do (components/link-text-nodes.ts); printable() shows what could fake or hide
 * text as code points; the box clips what its letters paint. The results still come from the raw query.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/figures/contrast.ts';
import { printable } from '../../src/security/printable.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();

/** The attacker's sentence; none of its distinctive words may show outside a box. */
const CLAIM = 'This essay has been withdrawn; its authors ask you to read evil.example instead.';
const CLAIMED = /evil\.example|authors ask/;

const QUERIES = {
  'quote marks': `meek" — ${CLAIM} "`,
  'curly quotes and guillemets': `meek” ${CLAIM} «`,
  'bidi overrides': `meek\u202E${CLAIM}\u202C\u2067`,
  // A sign that paints past its letter's left side, a mark with no letter (after a code point), Zalgo.
  'combining marks': `x\u0489 \u2067\u0301 a${'\u030D'.repeat(300)} ${CLAIM}`,
  'look-alike blanks and a line separator': `meek\u2028\u3000\u00A0\u2003\u205F${CLAIM}`,
  '5,000 characters': `meek ${CLAIM} `.repeat(60).slice(0, 5000),
  'HTML tags': `<b>meek</b><img src=x onerror=alert(1)> ${CLAIM}`,
  '</code>': `meek</code>” ${CLAIM} “<code class="x">`,
} as const;
type Query = keyof typeof QUERIES;

/** What the page searches: the query trimmed and cut to its first 200 characters (search-page.ts). */
const searched = (raw: string) => [...raw.trim()].slice(0, 200).join('').trim();

/** The site's own words around the box, exactly: nothing else may stand outside it. */
const OWN_WORDS =
  /^(?:(?:One result|\d+ results) for your search “”\.|Nothing found for your search “”\. Try fewer or other words\.)(?: Only its first 200 characters were searched\.)?$/;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The ink of the quoted text in `region` (the pixels that change when its boxes' text is made transparent): how many
 * pixels it paints, and how many of them lie outside every box's border. The two screenshots are compared in the
 * page (createImageBitmap reads a Blob: no image request, no CSP), which sends back two numbers, not the pixels.
 */
async function quotedInk(page: Page, region: Locator): Promise<{ painted: number; outside: number }> {
  const clip = await region.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const y = Math.max(0, Math.floor(box.top) - 40);
    return { x: 0, y, width: innerWidth, height: Math.min(innerHeight, Math.ceil(box.bottom) + 40) - y };
  });
  const shown = (await page.screenshot({ clip })).toString('base64');
  const boxes = await region.evaluate((element) =>
    [...element.querySelectorAll<HTMLElement>('code.link-text')].flatMap((box) => {
      box.style.setProperty('color', 'transparent');
      return [...box.getClientRects()].map(({ left, right, top, bottom }) => ({ left, right, top, bottom }));
    }),
  );
  const hidden = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ shots, clip, boxes }: { shots: string[]; clip: { x: number; y: number }; boxes: Box[] }) => {
      const [a, b] = await Promise.all(
        shots.map(async (base64) => {
          const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
          const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
          const canvas = new OffscreenCanvas(image.width, image.height);
          const context = canvas.getContext('2d')!;
          context.drawImage(image, 0, 0);
          return context.getImageData(0, 0, image.width, image.height);
        }),
      );
      let painted = 0;
      let outside = 0;
      for (let i = 0; i < a!.data.length; i += 4) {
        if (a!.data[i] === b!.data[i] && a!.data[i + 1] === b!.data[i + 1] && a!.data[i + 2] === b!.data[i + 2])
          continue;
        painted++;
        const x = clip.x + ((i / 4) % a!.width);
        const y = clip.y + Math.floor(i / 4 / a!.width);
        // A pixel is in a box when its square overlaps the box's border box.
        if (!boxes.some((box) => x + 1 > box.left && x < box.right && y + 1 > box.top && y < box.bottom)) outside++;
      }
      return { painted, outside };
    },
    { shots: [shown, hidden], clip, boxes },
  );
}

/** The boxes in `region`: their text, the site's words without them, the elements, and the border's contrast. */
function readQuote(region: Locator) {
  return region.evaluate((element: HTMLElement) => {
    const own = element.cloneNode(true) as HTMLElement;
    for (const box of own.querySelectorAll('code.link-text')) box.remove();
    let behind = element;
    while (getComputedStyle(behind).backgroundColor === 'rgba(0, 0, 0, 0)' && behind.parentElement)
      behind = behind.parentElement;
    const boxes = [...element.querySelectorAll<HTMLElement>('code.link-text')];
    return {
      pieces: boxes.map((box) => box.textContent),
      own: own.textContent ?? '',
      text: element.innerText,
      elements: [...element.querySelectorAll('*')].map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      borders: boxes.map((box) => [getComputedStyle(box).borderTopColor, getComputedStyle(behind).backgroundColor]),
    };
  });
}

describe('a hostile search link', () => {
  it.each([
    ['quote marks', 320, 'light'],
    ['quote marks', 320, 'dark'],
    ['quote marks', 1280, 'light'],
    ['quote marks', 1280, 'dark'],
    ['curly quotes and guillemets', 1280, 'dark'],
    ['bidi overrides', 320, 'dark'],
    ['combining marks', 320, 'light'],
    ['combining marks', 1280, 'dark'],
    ['look-alike blanks and a line separator', 1280, 'light'],
    ['5,000 characters', 320, 'dark'],
    ['HTML tags', 1280, 'light'],
    ['</code>', 320, 'light'],
  ] as [Query, number, 'light' | 'dark'][])('%s, at %i px, %s', async (name, width, colorScheme) => {
    const raw = QUERIES[name];
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/search/?q=${encodeURIComponent(raw)}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/ for your search /);
    const shown = await readQuote(status);

    // The query, made printable and cut as a link's text is, in one box; around it the site's words and nothing else.
    expect(shown.pieces).toEqual([printable(searched(raw))]);
    expect(shown.own).toMatch(OWN_WORDS);
    expect(shown.elements).toEqual(['span.link-quote', 'code.link-text']);
    expect(shown.text.replace(/\n/g, ' ')).not.toMatch(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u);
    // Nowhere else on the page either (the search box holds the query as its value, which is no text of the page).
    const pageText = await page.evaluate(() => {
      const body = document.body.cloneNode(true) as HTMLElement;
      for (const box of body.querySelectorAll('code.link-text')) box.remove();
      return body.textContent ?? '';
    });
    expect(pageText).not.toMatch(CLAIMED);
    for (const [border, behind] of shown.borders) expect(contrastRatio(border!, behind!)).toBeGreaterThanOrEqual(3);
    // What the quoted text paints stays in its box: marks over the lines above and below, glyphs past its sides.
    const ink = await quotedInk(page, status);
    expect(ink.painted).toBeGreaterThan(0);
    expect(ink.outside).toBe(0);

    // The search itself is the raw query's: in the address, in the box, and its results are Pagefind's for it.
    const query = searched(raw);
    expect(new URL(page.url()).searchParams.get('q')).toBe(query);
    expect(await page.locator('#search-query').inputValue()).toBe(raw);
    // A string, so that the test's own transform leaves this import() for the browser to run.
    const expected = (await page.evaluate(`(async () => {
      const { results } = await (await import('/pagefind/pagefind.js')).search(${JSON.stringify(query)});
      return { count: results.length, first: results.length > 0 ? (await results[0].data()).url : null };
    })()`)) as { count: number; first: string | null };
    const count = Number(/^(\d+) results/.exec(shown.own)?.[1] ?? (shown.own.startsWith('One') ? 1 : 0));
    expect(count).toBe(expected.count);
    const first = count > 0 ? await page.locator('[data-search-results] a').first().getAttribute('href') : null;
    expect(first).toBe(expected.first);
    await context.close();
  });
});

describe('combining marks in a link’s key', () => {
  it.each([
    [320, 'dark'],
    [1280, 'light'],
  ] as [number, 'light' | 'dark'][])('stay in the notice’s box, at %i px, %s', async (width, colorScheme) => {
    const key = `x\u0489 a${'\u030D'.repeat(300)}\u3000b`;
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/?${encodeURIComponent(key)}=1`);
    await pageScriptRan(page);
    const notice = page.locator('[data-page-notice][data-shown] [role="status"]');
    await notice.waitFor({ timeout: 20_000 });
    const shown = await readQuote(notice);
    expect(shown.pieces).toEqual([printable(key)]);
    expect(shown.own).toBe('This page has no settings to change, so it ignored the link’s parameter “”.');
    const ink = await quotedInk(page, notice);
    expect(ink.painted).toBeGreaterThan(0);
    expect(ink.outside).toBe(0);
    await context.close();
  });
});
