/**
 * KaTeX's faces as the built sheet carries them (src/markdown/katex-subset.ts), in Chromium under each page's CSP:
 * the pages with maths request no font file for their maths; every character of the visible maths is drawn by one
 * of KaTeX's faces (Chromium reports the platform fonts it drew each text with: a character a subset lacked would
 * be drawn by a system face), by the very face its style asks for (no bold or italic made up from another); and
 * every face the sheet carries is drawn with on some page, so none ships unused. At 390 and 1280 px.
 */
import type { Page } from 'playwright-core';
import { layOutEverything } from '../support/lay-out-everything.ts';
import { describe, expect, it } from 'vitest';
import { FONT_DIR } from '../../src/fonts/site-fonts.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const PAGES = ['/essays/meek-models/', '/essays/peak-capabilities-wall/'];
const WIDTHS = [390, 1280];
/** The faces each page drew with, by family, weight and style: every declared face must be among them. */
const drawnWith = new Set<string>();
let declared: string[] = [];

interface Drawn {
  text: string;
  fonts: { familyName: string; isCustomFont: boolean; glyphCount: number }[];
}

/** Each element of the visible maths with text of its own, and the platform fonts Chromium drew that text with. */
async function platformFonts(page: Page): Promise<Drawn[]> {
  const count = await page.evaluate(() => {
    let n = 0;
    // Drawn: a formula inside a sentence the essay's starting state does not show (a <When>) is not laid out.
    for (const element of document.querySelectorAll('.katex-html *'))
      if (
        element.checkVisibility() &&
        [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent !== '')
      )
        element.setAttribute('data-drawn', String(n++));
    return n;
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-drawn]' });
  expect(nodeIds).toHaveLength(count);
  const drawn: Drawn[] = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    const { outerHTML } = await cdp.send('DOM.getOuterHTML', { nodeId });
    drawn.push({ text: outerHTML, fonts });
  }
  await cdp.detach();
  return drawn;
}

describe.each(PAGES)('%s', (path) => {
  describe.each(WIDTHS)('at %i px', (width) => {
    it('requests no font for its maths, and draws every character of it in the KaTeX face its style names', async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        // The site's own faces are fetched once the page is idle, for the next page (src/fonts/web-fonts-script.ts).
        const url = request.url();
        if (
          request.resourceType() === 'font' &&
          !url.startsWith('data:') &&
          !new URL(url).pathname.startsWith(FONT_DIR)
        )
          requested.push(url);
      });
      await page.addInitScript(() => {
        const w = window as unknown as { violations: string[] };
        w.violations = [];
        addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      // The faces Chromium drew each formula with, as a reader who scrolls to it sees it (a formula skipped
      // below the screen has drawn with none yet).
      await layOutEverything(page);

      const drawn = await platformFonts(page);
      expect(drawn.length, 'the maths has text').toBeGreaterThan(20);
      for (const { text, fonts } of drawn) {
        if (/^<[^>]*>\u200b<\/\w+>$/.test(text)) continue; // KaTeX's zero-width space, which no face draws
        expect(fonts.length, text).toBeGreaterThan(0);
        for (const font of fonts) {
          expect(font.isCustomFont, `${text}: ${font.familyName}`).toBe(true);
          expect(font.familyName, text).toMatch(/^KaTeX_/);
        }
      }
      const state = await page.evaluate(() => {
        const faces = [...document.fonts].filter((face) => face.family.startsWith('KaTeX_'));
        const key = (family: string, weight: string, style: string) =>
          `${family.replace(/"/g, '')} ${weight === 'bold' ? '700' : weight === 'normal' ? '400' : weight} ${style}`;
        const asked = new Set<string>();
        for (const element of document.querySelectorAll('[data-drawn]')) {
          const style = getComputedStyle(element);
          asked.add(key(style.fontFamily.split(',')[0]!.trim(), style.fontWeight, style.fontStyle));
        }
        return {
          declared: faces.map((face) => key(face.family, face.weight, face.style)),
          loaded: faces
            .filter((face) => face.status === 'loaded')
            .map((face) => key(face.family, face.weight, face.style)),
          asked: [...asked],
          violations: (window as unknown as { violations: string[] }).violations,
        };
      });
      expect(requested, 'font files requested').toEqual([]);
      expect(state.violations).toEqual([]);
      for (const face of state.asked) expect(state.declared, `${face}: a face asked for is carried`).toContain(face);
      expect(state.loaded.sort()).toEqual(state.asked.sort());
      for (const face of state.loaded) drawnWith.add(face);
      declared = state.declared;
      await context.close();
    });
  });
});

it('carries no face that no page draws with (after the pages above, which record the faces drawn)', () => {
  expect(declared.length).toBeGreaterThan(0);
  expect([...declared].sort()).toEqual([...drawnWith].sort());
});
