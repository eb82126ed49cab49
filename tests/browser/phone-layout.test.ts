/**
 * On a 390 px phone, figure text drawn for the phone is at least 11 px (that no
 * page scrolls sideways, in light and dark, is checked by the per-page sweep,
 * tests/support/page-sweep.ts). And the site header,
 * on a phone, a tablet and a laptop, keeps its title and nav where they are
 * whatever the search box does, even before the header is all parsed (they
 * moved 5 px down and 264 px across: layout shift).
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { builtPages, essayPaths } from '../support/site-pages.ts';

const site = useBuiltSite();
const PHONE = { width: 390, height: 844 };

// Every page on a 390 px phone, light and dark, not scrolling sideways: the per-page sweep
// (tests/support/page-sweep.ts), which reads the same load for axe.

it('draws the text of every live figure at least 11 px on a phone', async () => {
  const page = await site.browser.newPage({ viewport: PHONE });
  const small: string[] = [];
  for (const path of builtPages().filter((p) => p.startsWith('/essays/') && p !== '/essays/')) {
    await page.goto(`${site.server.origin}${path}`);
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll<SVGSVGElement>('[data-plot] svg')]
        .filter((svg) => svg.getBoundingClientRect().width > 0)
        .map((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          const texts = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          return { figure: svg.closest('[data-figure]')?.getAttribute('data-figure') ?? '?', min: Math.min(...texts) };
        }),
    );
    for (const { figure, min } of sizes) if (min < 11) small.push(`${path} ${figure}: ${min.toFixed(1)} px`);
  }
  await page.close();
  expect(small).toEqual([]);
});

// The sweep reads 390 px; a 320 px phone (the narrowest in use) on one page of each kind. On a mobile browser a page
// whose content is wider than the screen widens the layout viewport, so innerWidth is checked as well: the home
// page's 320 px thumbnails held their grid column, and the page, 358 px wide.
it('lets no page of any kind scroll sideways on a 320 px phone', async () => {
  const page = await site.browser.newPage({ viewport: { width: 320, height: 700 }, isMobile: true, hasTouch: true });
  const kinds = [
    '/',
    essayPaths()[0]!,
    '/figures/',
    '/figures/meek-loss-gap/',
    '/data/',
    '/parameters/',
    '/about/',
    '/search/',
  ];
  const wide: string[] = [];
  for (const path of kinds) {
    await page.goto(`${site.server.origin}${path}`);
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    if (scrollWidth > 320 || innerWidth > 320) wide.push(`${path}: ${Math.max(scrollWidth, innerWidth)} px`);
  }
  await page.close();
  expect(wide).toEqual([]);
});

describe.each([390, 800, 1280])('the site header at %i px', (width) => {
  it('keeps its title and nav where they are whatever the search box does, and before the header is all parsed', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${site.server.origin}/figures/`);
    const places = () =>
      page.evaluate(() =>
        ['.site-title', '.site-header nav a'].map((selector) => {
          const box = document.querySelector(selector)!.getBoundingClientRect();
          return `${selector} at ${box.x.toFixed(1)}, ${box.y.toFixed(1)}`;
        }),
      );
    const before = await places();
    // The same input height, its text lower: only its baseline moves.
    const heights = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('.site-header input[type="search"]')!;
      const { paddingTop, paddingBottom } = getComputedStyle(input);
      const height = input.getBoundingClientRect().height;
      input.style.paddingTop = `${parseFloat(paddingTop) + parseFloat(paddingBottom)}px`;
      input.style.paddingBottom = '0px';
      return [height, input.getBoundingClientRect().height];
    });
    expect(heights[1]).toBeCloseTo(heights[0]!, 1);
    expect(await places()).toEqual(before);
    // A browser may paint before it has parsed the header's later items: the search box, then the theme toggle
    // (the nav's last item). As if each were not there yet, in turn.
    for (const later of ['.site-header [role="search"]', '.site-header .theme-toggle']) {
      await page.evaluate((selector) => document.querySelector(selector)!.remove(), later);
      expect(await places(), `without ${later}`).toEqual(before);
    }
    await page.close();
  });
});

describe.each([320, 390])('the site header on a %i px phone', (width) => {
  it('is one row at most 64 px tall whose nav scrolls within itself to every link', async () => {
    const page = await site.browser.newPage({ viewport: { width, height: 800 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.server.origin}/essays/meek-models/`);
    // The header as a reader keeps it: the page script (after the first paint) shows the theme button in the nav.
    await pageScriptRan(page);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThanOrEqual(64);
    const title = (await page.locator('.site-title').boundingBox())!;
    const nav = (await page.locator('.site-header nav').boundingBox())!;
    expect(Math.abs(title.y + title.height / 2 - (nav.y + nav.height / 2))).toBeLessThan(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    for (const item of await page.locator('.site-header nav > a, .site-header nav > button').all()) {
      await item.scrollIntoViewIfNeeded();
      const box = (await item.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(nav.x - 0.5);
      expect(box.x + box.width).toBeLessThanOrEqual(nav.x + nav.width + 0.5);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await page.close();
  });
});
