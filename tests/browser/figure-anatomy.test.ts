/**
 * A figure's anatomy (issue 21): a short title and the one-line takeaway above the chart, the caption below it;
 * on a wide screen the controls beside the chart, in a figure that breaks out of the text column without
 * covering a note or widening the page; downloads and citation in one menu, "Cite this view" in a dialog that
 * copies with one click, both used from the keyboard; and a heading scale whose steps stand apart from the body.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { useOneTab } from '../support/one-tab.ts';
import { pageScriptRan } from '../support/page-script.ts';
import { essayPaths } from '../support/site-pages.ts';
import { loadIslands, MIN_TARGET_PX } from './figure-parts/targets.ts';

const site = useBuiltSite();
const LAPTOP = { width: 1280, height: 800 };
const FIGURES = 'live-figure[data-layout="controls"]';

async function open(path: string, viewport = LAPTOP): Promise<Page> {
  const context = await site.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}${path}`);
  return page;
}

/** Each figure's parts' boxes, and the text column's, in page coordinates. */
function parts(page: Page) {
  return page.evaluate((selector) => {
    const box = (el: Element | null) => {
      const r = el!.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top + scrollY, bottom: r.bottom + scrollY };
    };
    return [...document.querySelectorAll(selector)].map((host) => ({
      figure: host.getAttribute('data-figure'),
      column: box(host),
      frame: box(host.querySelector('.figure')),
      title: box(host.querySelector('.figure-title')),
      plot: box(host.querySelector('[data-plot]')),
      caption: box(host.querySelector('.figure-caption')),
      side: box(host.querySelector('.figure-side')),
    }));
  }, FIGURES);
}

describe.each(essayPaths())('%s', (path) => {
  // One tab per essay, and one load of it per width: every check at a width only reads the page (no input, no
  // storage), so the checks at 390 and 1280 px read one load instead of three and four (tests/support/one-tab.ts).
  const tab = useOneTab(site, { viewport: LAPTOP });
  let shown: { width: number; page: Page } | undefined;
  /** The essay freshly loaded at `width` px (800 tall), its page script run; the same load while the width stays. */
  async function at(width: number): Promise<Page> {
    if (shown?.width !== width) {
      const page = await tab.fresh({ width, height: 800 });
      await page.goto(`${site.server.origin}${path}`);
      // What the script adds (the theme button, notes, contents) is part of the layout a reader keeps: read it after
      // the script has run, not whenever the test happens to read (it starts after the first paint).
      await pageScriptRan(page);
      shown = { width, page };
    }
    return shown.page;
  }

  describe.each([390, 800, 1000, 1216, 1280, 1600])('at %i px', (width) => {
    it('never scrolls sideways', async () => {
      const page = await at(width);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });

    if (width === 390 || width === 1280)
      it('title and takeaway above the chart, caption below it', async () => {
        const page = await at(width);
        for (const figure of await parts(page)) {
          expect(figure.title.bottom, `${figure.figure} title`).toBeLessThanOrEqual(figure.plot.top + 1);
          expect(figure.caption.top, `${figure.figure} caption`).toBeGreaterThanOrEqual(figure.plot.bottom - 1);
        }
      });

    if (width === LAPTOP.width)
      it('controls beside the chart, the figure wider than the text, no note covered, no sideways scroll', async () => {
        const page = await at(width);
        const figures = await parts(page);
        expect(figures.length).toBeGreaterThan(0);
        for (const figure of figures) {
          expect(figure.side.left, `${figure.figure} controls beside`).toBeGreaterThanOrEqual(figure.plot.right);
          expect(figure.side.top, `${figure.figure} controls level`).toBeLessThan(figure.plot.bottom);
          // The chart keeps at least the text column's width; the figure breaks out to make room for the controls.
          expect(figure.plot.right - figure.plot.left).toBeGreaterThanOrEqual(
            figure.column.right - figure.column.left - 8,
          );
          expect(figure.frame.right).toBeLessThanOrEqual(LAPTOP.width);
        }
        const covered = await page.evaluate((selector) => {
          const frames = [...document.querySelectorAll(`${selector} .figure`)].map((f) => f.getBoundingClientRect());
          return [...document.querySelectorAll('.essay .sidenote')]
            .map((note) => note.getBoundingClientRect())
            .filter((n) => n.width > 0)
            .filter((n) =>
              frames.some((f) => n.left < f.right && n.right > f.left && n.top < f.bottom && n.bottom > f.top),
            )
            .map((n) => `${Math.round(n.top + scrollY)}`);
        }, FIGURES);
        expect(covered, 'notes under a figure, at page y').toEqual([]);
      });

    if (width === 390 || width === 1280)
      it('has a heading scale whose steps stand apart from the 18 px body, and figure titles that read as titles', async () => {
        const page = await at(width);
        const sizes = await page.evaluate(() => {
          const size = (selector: string) => {
            const el = document.querySelector(selector);
            return el ? parseFloat(getComputedStyle(el).fontSize) : undefined;
          };
          const title = document.querySelector('.figure-name')!;
          return {
            body: size('.essay-body p')!,
            h1: size('h1')!,
            h2: size('.essay-body h2')!,
            h3: size('.essay-body h3'),
            title: parseFloat(getComputedStyle(title).fontSize),
            titleWeight: Number(getComputedStyle(title).fontWeight),
            titleColour: getComputedStyle(title).color,
            bodyColour: getComputedStyle(document.querySelector('.essay-body p')!).color,
          };
        });
        expect(sizes.body).toBe(18);
        expect(sizes.h2 / sizes.body, 'h2').toBeGreaterThanOrEqual(1.4);
        expect(sizes.h1 / sizes.h2, 'h1 over h2').toBeGreaterThanOrEqual(1.2);
        if (sizes.h3) {
          expect(sizes.h3 / sizes.body, 'h3').toBeGreaterThanOrEqual(1.2);
          expect(sizes.h2 / sizes.h3, 'h2 over h3').toBeGreaterThanOrEqual(1.12);
        }
        // A figure's title is bigger and heavier than the text and in the text's colour (it was small grey sans).
        expect(sizes.title).toBeGreaterThan(sizes.body);
        expect(sizes.titleWeight).toBeGreaterThanOrEqual(700);
        expect(sizes.titleColour).toBe(sizes.bodyColour);
      });
  });
});

describe('the "Download or cite" menu and the "Cite this view" dialog', () => {
  it('work from the keyboard, and the dialog copies the chosen format with one click and says so', async () => {
    const page = await open('/essays/meek-models/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await loadIslands(page);
    const host = page.locator(FIGURES).first();
    const menu = host.locator('[data-figure-menu]');
    const summary = menu.locator('> summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('open')).resolves.toBe('');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toBe('Download SVG');
    await page.keyboard.press('Escape');
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await expect(summary.evaluate((el) => el === document.activeElement)).resolves.toBe(true);

    await page.keyboard.press('Space');
    const cite = menu.locator('button[data-cite]');
    for (let i = 0; i < 8 && !(await cite.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const dialog = host.locator('[data-cite-dialog]');
    await expect.poll(() => dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
    await dialog.locator('[data-view-citation]:not([hidden]) pre').waitFor();
    await expect(dialog.evaluate((el) => el.contains(document.activeElement))).resolves.toBe(true);
    // Every control in the dialog is a 24 px target.
    const small = await dialog.evaluate(
      (el, min) =>
        [...el.querySelectorAll('button, label, a')]
          .filter((c) => !c.closest('p:not(.cite-actions)'))
          .map((c) => c.getBoundingClientRect())
          .filter((r) => r.width < min || r.height < min).length,
      MIN_TARGET_PX,
    );
    expect(small).toBe(0);

    // One format at a time: choose RIS from the keyboard, copy it with one click.
    await dialog.getByRole('radio', { name: 'BibTeX' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('radio', { name: 'RIS' }).isChecked()).resolves.toBe(true);
    const ris = await dialog.locator('[data-citation-text]').innerText();
    expect(ris).toMatch(/^TY {2}- /);
    const copy = dialog.locator('button.cite-copy');
    await expect(copy.innerText()).resolves.toBe('Copy RIS');
    await copy.click();
    await expect.poll(() => copy.innerText()).toBe('Copied RIS');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(ris);
    await expect(dialog.locator('[role="status"]').innerText()).resolves.toBe('Copied RIS');

    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((el) => (el as HTMLDialogElement).open)).toBe(false);
    await expect(cite.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.context().close();
  });

  it('a click elsewhere closes the menu, and a download closes it too', async () => {
    const page = await open('/essays/meek-models/', { width: 390, height: 844 });
    await loadIslands(page);
    const menu = page.locator(`${FIGURES} [data-figure-menu]`).first();
    await menu.locator('> summary').click();
    await expect(menu.getAttribute('open')).resolves.toBe('');
    await page.locator('h1').click();
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await menu.locator('> summary').click();
    await Promise.all([page.waitForEvent('download'), menu.getByRole('button', { name: 'Download CSV' }).click()]);
    await expect(menu.getAttribute('open')).resolves.toBeNull();
    await page.context().close();
  });
});
