/**
 * What the figure tests read of a page: islands loaded, and every figure control whose target is smaller than
 * 24 × 24 px (WCAG 2.2, 2.5.8). Shared by figure-phone.test.ts and figure-anatomy.test.ts.
 *
 * @example await loadIslands(page); expect(await targetProblems(page)).toEqual([]);
 */
import type { Page } from 'playwright-core';

/** The smallest target WCAG 2.2's 2.5.8 (Target Size, Minimum) allows, in CSS pixels. */
export const MIN_TARGET_PX = 24;

/** Loads every live figure's island (the loader's own load(), as a reader's intent does) and waits for them all. */
export async function loadIslands(page: Page): Promise<void> {
  // <live-figure> is defined by the page's script, which starts after the first paint (src/layouts/after-paint.ts):
  // before then a host has no load() to call, and the wait below would wait for ever.
  await page.evaluate(() => customElements.whenDefined('live-figure'));
  await page.evaluate(() => {
    for (const host of document.querySelectorAll<HTMLElement & { load?: () => void }>('live-figure')) host.load?.();
  });
  await page.waitForFunction(() =>
    [...document.querySelectorAll('live-figure')].every((host) => host.getAttribute('data-live') === 'ready'),
  );
}

/**
 * Every control in the page's figures (sliders, buttons, presets, the menu and its items, the description and
 * table disclosures) drawn smaller than 24 × 24 px, as "figure: control (width × height)". Menus are opened to
 * measure their items, then closed. A slider's target is its thumb (thumbSize); its track must be 24 px tall.
 */
export function targetProblems(page: Page): Promise<string[]> {
  return page.evaluate((min) => {
    const menus = [...document.querySelectorAll<HTMLDetailsElement>('[data-figure-menu]')];
    for (const menu of menus) menu.open = true;
    const controls = [
      'input[type="range"]',
      '.figure-side button',
      'a.figure-preset',
      '[data-figure-menu] > summary',
      '.figure-tools li > a',
      '.figure-tools li > button',
      '.figure-description > summary',
      '.figure-table > summary',
    ].join(', ');
    const problems: string[] = [];
    for (const control of document.querySelectorAll<HTMLElement>(
      `.figure-host ${controls.replaceAll(', ', ', .figure-host ')}`,
    )) {
      const box = control.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue; // not rendered (e.g. hidden)
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        const figure = control.closest('[data-figure]')?.getAttribute('data-figure');
        const name = control.textContent?.trim() || control.getAttribute('name') || control.tagName;
        problems.push(`${figure}: ${name} (${box.width.toFixed(1)} × ${box.height.toFixed(1)})`);
      }
    }
    for (const menu of menus) menu.open = false;
    return problems;
  }, MIN_TARGET_PX);
}

/** The smaller side, in px, of the slider thumb the page's stylesheets draw (::-webkit-slider-thumb); 0 if none. */
export function thumbSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.position = 'absolute';
    document.body.append(probe);
    const px = (length: string, axis: 'width' | 'height') => {
      probe.style[axis] = length;
      return probe.getBoundingClientRect()[axis];
    };
    let smallest = 0;
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]);
    for (const rule of rules) {
      if (!(rule instanceof CSSStyleRule) || !rule.selectorText.includes('::-webkit-slider-thumb')) continue;
      if (!rule.style.width || !rule.style.height) continue;
      const side = Math.min(px(rule.style.width, 'width'), px(rule.style.height, 'height'));
      smallest = smallest === 0 ? side : Math.min(smallest, side);
    }
    probe.remove();
    return smallest;
  });
}
