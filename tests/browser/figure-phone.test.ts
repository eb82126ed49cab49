/**
 * Phone-first figures (issue 21), on a 390 × 844 phone, for every live figure of every essay: with any slider
 * focused, by keyboard (forwards and backwards through the controls) or by touch, at least half of the chart is on
 * screen and the slider is not under it; every control of a figure is a target of at least 24 × 24 px (WCAG 2.2,
 * 2.5.8); a display equation wider than the screen shows that it scrolls and scrolls from the keyboard; every note
 * opens where it is referenced. The chart stays in view by CSS alone (figure/figure-layout.css), so it does
 * without JavaScript too, and print lays figures out in their own order.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { essayPaths } from '../support/site-pages.ts';
import { loadIslands, targetProblems, thumbSize } from './figure-parts/targets.ts';

const site = useBuiltSite();
const PHONE = { width: 390, height: 844 };
const FIGURES = 'live-figure[data-layout="controls"]';

async function phone(path: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await site.browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, ...options });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  // The page script (notes that open in place, <live-figure>) starts after the first paint: a tap before it has run
  // follows the link to the notes at the end, as without JavaScript (TEST_PAGE_SCRIPT_DELAY_MS caught it).
  if (options.javaScriptEnabled !== false) await pageScriptRan(page);
  return page;
}

/**
 * The chart's share on screen, whether its middle is really seen (not under something), and the slider in use: the
 * focused one, or the one named `touched` (a tap moves a slider without focusing it in Chromium).
 */
function view(page: Page, index: number, touched?: string) {
  return page.evaluate(
    ({ index, selector, touched }) => {
      const host = document.querySelectorAll(selector)[index]!;
      const plot = host.querySelector('[data-plot]')!.getBoundingClientRect();
      const shown = Math.max(0, Math.min(plot.bottom, innerHeight) - Math.max(plot.top, 0));
      const middle = document.elementFromPoint(plot.left + plot.width / 2, (Math.max(plot.top, 0) + plot.bottom) / 2);
      const active = touched ? host.querySelector(`input[name="${touched}"]`) : document.activeElement;
      const slider = active instanceof HTMLInputElement && active.type === 'range' ? active : null;
      const box = slider?.getBoundingClientRect();
      return {
        share: shown / plot.height,
        seen: Boolean(middle && host.querySelector('[data-plot]')!.contains(middle)),
        slider: slider?.name ?? null,
        sliderOnScreen: box ? box.top >= plot.bottom - 1 && box.bottom <= innerHeight + 1 : false,
      };
    },
    { index, selector: FIGURES, touched },
  );
}

describe.each(essayPaths())('%s on a 390 px phone', (path) => {
  it('keeps at least half of each chart on screen, and the slider in sight, while any slider is focused', async () => {
    const page = await phone(path);
    await loadIslands(page);
    const problems: string[] = [];
    const count = await page.locator(FIGURES).count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) {
      const host = page.locator(FIGURES).nth(index);
      const figure = await host.getAttribute('data-figure');
      const sliders = host.locator('input[type="range"]');
      const checked = new Set<string>();
      const check = async (how: string, touched?: string) => {
        const seen = await view(page, index, touched);
        if (!seen.slider) return;
        checked.add(`${how} ${seen.slider}`);
        if (seen.share < 0.5 || !seen.seen || !seen.sliderOnScreen)
          problems.push(`${figure} ${seen.slider} (${how}): ${Math.round(seen.share * 100)}% of the chart on screen`);
      };
      // Keyboard, forwards: Tab from the first control through the figure's controls.
      const side = host.locator('.figure-side');
      await sliders.first().focus();
      await check('Tab');
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Tab');
        if (!(await side.evaluate((el) => el.contains(document.activeElement)))) break;
        await check('Tab');
      }
      // Backwards, from the menu: the browser brings each slider in at the top, where the chart is.
      await host.locator('[data-figure-menu] > summary').focus();
      for (let step = 0; step < 40; step++) {
        await page.keyboard.press('Shift+Tab');
        if (!(await side.evaluate((el) => el.contains(document.activeElement)))) break;
        await check('Shift+Tab');
      }
      // Touch: each slider tapped where a reader scrolling down first meets it, at the bottom of the screen.
      for (const slider of await sliders.all()) {
        await slider.evaluate((el) => scrollBy(0, el.getBoundingClientRect().bottom - innerHeight + 4));
        const box = (await slider.boundingBox())!;
        const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
        const name = await slider.getAttribute('name');
        // The finger reaches the slider itself (nothing drawn over it there).
        if (!(await slider.evaluate((el, [x, y]) => document.elementFromPoint(x!, y!) === el, [x, y])))
          problems.push(`${figure} ${name}: covered where a finger would touch it`);
        await page.touchscreen.tap(x, y);
        await check('touch', name!);
      }
      // Every slider was met focused each way (a tap that did not focus it would have been skipped).
      const names = await sliders.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).name));
      for (const how of ['Tab', 'Shift+Tab', 'touch'])
        for (const name of names) expect(checked.has(`${how} ${name}`), `${figure} ${name} (${how})`).toBe(true);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives every control of every figure a target of at least 24 × 24 px', async () => {
    const page = await phone(path);
    await loadIslands(page);
    expect(await targetProblems(page)).toEqual([]);
    expect(await thumbSize(page)).toBeGreaterThanOrEqual(24);
    await page.context().close();
  });

  it('shows that a wide equation scrolls, and scrolls it from the keyboard', async () => {
    const page = await phone(path);
    const wide = page.locator('.katex-display');
    for (const equation of await wide.all()) {
      const { overflows, cue } = await equation.evaluate((el) => ({
        overflows: el.scrollWidth > el.clientWidth + 1,
        cue: getComputedStyle(el).backgroundImage,
      }));
      if (!overflows) continue;
      // The fading edge (a gradient) shows there is more to the side; the box takes focus and scrolls with keys.
      expect(cue).toContain('gradient');
      await equation.focus();
      expect(await equation.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => equation.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
    await page.context().close();
  });

  it("shows each figure's data table a value to a line, and that it scrolls sideways", async () => {
    const page = await phone(path);
    const tables = page.locator(`${FIGURES} [data-table-details]`);
    const problems: string[] = [];
    for (const details of await tables.all()) {
      const summary = details.locator('> summary');
      await summary.scrollIntoViewIfNeeded();
      await summary.tap();
      const scroller = details.locator('.table-scroll');
      await scroller.locator('td').first().waitFor();
      const found = await scroller.evaluate((el) => {
        // "7.121×10²⁰" split after its "×" made every row of meek's table two lines (the tables' overflow-wrap).
        const split = [...el.querySelectorAll('td')].filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
        });
        return {
          label: el.getAttribute('aria-label'),
          split: split.slice(0, 3).map((td) => td.textContent),
          overflows: el.scrollWidth > el.clientWidth + 1,
          cue: getComputedStyle(el).backgroundImage,
        };
      });
      if (found.split.length > 0) problems.push(`${found.label}: ${found.split.join(', ')} on two lines`);
      // Columns past the edge: the fading edge (a gradient) shows there is more to the side, as for an equation.
      if (found.overflows && !found.cue.includes('gradient')) problems.push(`${found.label}: no sign that it scrolls`);
    }
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('opens every note where it is referenced', async () => {
    const page = await phone(path);
    const refs = page.locator('sup:has(+ .sidenote) a[data-footnote-ref]');
    for (const ref of await refs.all()) {
      await ref.scrollIntoViewIfNeeded();
      await ref.tap();
      const note = ref.locator('xpath=../following-sibling::*[1]');
      const box = await note.boundingBox();
      expect(box, await ref.innerText()).not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(PHONE.height);
      await page.keyboard.press('Escape');
      await expect(note.isVisible()).resolves.toBe(false);
    }
    await page.context().close();
  });
});

describe('without JavaScript and in print', () => {
  const path = essayPaths()[0]!;

  it('a phone reader without JavaScript reads each figure whole: chart, caption, and a menu whose links work', async () => {
    const page = await phone(path, { javaScriptEnabled: false });
    const host = page.locator(FIGURES).first();
    await host.scrollIntoViewIfNeeded();
    expect((await host.locator('[data-plot] svg:visible').boundingBox())!.width).toBeGreaterThan(300);
    await expect(host.locator('.figure-caption').isVisible()).resolves.toBe(true);
    await host.locator('[data-figure-menu] > summary').click();
    await expect(host.locator('[data-figure-menu] a[href$="params.json"]').isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('print keeps the chart in the flow and leaves out the controls and the menu', async () => {
    const page = await phone(path);
    await page.emulateMedia({ media: 'print' });
    const host = page.locator(FIGURES).first();
    await expect(host.locator('[data-plot]').evaluate((el) => getComputedStyle(el).position)).resolves.toBe('static');
    for (const part of ['[data-figure-menu]', '[data-controls]'])
      await expect(host.locator(part).isVisible(), part).resolves.toBe(false);
    await expect(host.locator('.figure-caption').isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
