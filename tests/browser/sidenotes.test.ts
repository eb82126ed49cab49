/**
 * Notes where they are referenced: on a screen too narrow for the margin, tapping a note's number opens the note
 * as a sheet at the bottom of the screen (not a jump to the end); a second tap, a tap elsewhere or Escape closes
 * it. Without JavaScript the number still leads to the notes at the end.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();
const ESSAY = '/essays/meek-models/';

describe('a note on a phone', () => {
  it('opens where it is referenced and closes again', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.server.origin}${ESSAY}`);
    await pageScriptRan(page);
    const ref = page.locator('a[data-footnote-ref]').first();
    const note = page.locator('sup:has(a[data-footnote-ref]) + .sidenote').first();
    await ref.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => window.scrollY);
    await expect(note.isVisible()).resolves.toBe(false);
    await ref.tap();
    await expect(note.isVisible()).resolves.toBe(true);
    await expect(ref.getAttribute('aria-expanded')).resolves.toBe('true');
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolled); // no jump to the end
    const box = (await note.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    await ref.tap();
    await expect(note.isVisible()).resolves.toBe(false);
    await ref.tap();
    await page.keyboard.press('Escape');
    await expect(note.isVisible()).resolves.toBe(false);
    await page.close();
  });

  it('opens a note, a citation or a claim tapped low on the screen without covering what was tapped', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(`${site.server.origin}${ESSAY}`);
    await pageScriptRan(page);
    const cases = [
      { link: page.locator('a[data-footnote-ref]').first(), sheet: page.locator('sup.is-open + .sidenote') },
      { link: page.locator('.cite-link').nth(2), sheet: page.locator('.cite.is-open .cite-preview') },
      { link: page.locator('.claim').nth(1), sheet: page.locator('.claim').nth(1).locator('.claim-checked') },
    ];
    for (const { link, sheet } of cases) {
      // The link on the screen's last lines, where the sheet along the bottom opens.
      await link.scrollIntoViewIfNeeded();
      const y = (await link.boundingBox())!.y;
      await page.evaluate((by) => window.scrollBy(0, by), y - 800);
      const scrolled = await page.evaluate(() => window.scrollY);
      await link.tap();
      await expect(sheet.isVisible()).resolves.toBe(true);
      const at = (await link.boundingBox())!;
      const box = (await sheet.boundingBox())!;
      const covers = box.y < at.y + at.height && at.y < box.y + box.height;
      expect(covers, `${await link.textContent()}: sheet ${box.y}–${box.y + box.height}, link at ${at.y}`).toBe(false);
      expect(box.y).toBeGreaterThanOrEqual(44); // below the contents bar
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled); // the page did not move
      await page.keyboard.press('Escape');
      await page.locator('h1').tap();
    }
    await page.close();
  });

  it('without JavaScript, leads to the notes at the end', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${ESSAY}`);
    const ref = page.locator('a[data-footnote-ref]').first();
    const target = (await ref.getAttribute('href'))!;
    await ref.click();
    expect(new URL(page.url()).hash).toBe(target);
    await context.close();
  });

  it('on a wide screen, stands in the margin as before', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.server.origin}${ESSAY}`);
    await pageScriptRan(page); // the notes as the reader keeps them, once the page script has run
    const note = page.locator('sup:has(a[data-footnote-ref]) + .sidenote').first();
    await expect(note.isVisible()).resolves.toBe(true);
    const text = (await page.locator('.essay-body p').first().boundingBox())!;
    expect((await note.boundingBox())!.x).toBeGreaterThanOrEqual(text.x + text.width);
    await page.close();
  });

  it('on a wide screen, is never clipped by its paragraph’s containment, without JavaScript or :has()', async () => {
    // Without JavaScript no block is laid out for good, so what holds a paragraph open is the stylesheet alone; its
    // rule reads the class the build gives a paragraph with a note (rehype-sidenotes.ts), not p:has(.sidenote).
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${ESSAY}`);
    const visibility = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((p) => getComputedStyle(p).contentVisibility);
    await expect(visibility('.essay-body p.with-sidenote')).resolves.toBe('visible');
    await expect(visibility('.essay-body p:not(.with-sidenote)')).resolves.toBe('auto');
    await expect(page.locator('.essay-body p:has(.sidenote):not(.with-sidenote)').count()).resolves.toBe(0);
    await context.close();
  });
});
