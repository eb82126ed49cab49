/**
 * The reading screenshots issue 21 asks for, from any built site: the home page, an essay's top, a figure while
 * its slider is being moved, and a figure's permalink, each at 390 and 1280 px, light and dark (16 PNGs).
 * Point it at an older build to get the "before" set; the same code takes both, so they differ only in the site.
 *
 *   npm run screens -- [--dist dist] [--out screens] [--essay meek-models] [--figure meek-loss-gap]
 *
 * The slider shot focuses the essay's first figure's second slider and presses ArrowRight six times, as a reader
 * on a phone would move it, then waits for the figure to settle. Screens are the viewport, not the whole page:
 * what the reader sees at that moment.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'screens' },
    essay: { type: 'string', default: 'meek-models' },
    figure: { type: 'string', default: 'meek-loss-gap' },
  },
});

const WIDTHS = [
  { width: 390, height: 844, isMobile: true, hasTouch: true },
  { width: 1280, height: 800, isMobile: false, hasTouch: false },
] as const;
const SCHEMES = ['light', 'dark'] as const;
const SLIDER_STEPS = 6;

/** The figure's newest version built into `dist` (its permalink directories are v1, v2, …). */
function latestPermalink(dist: string, figure: string): string {
  const versions = readdirSync(join(dist, 'figures', figure))
    .map((name) => /^v(\d+)$/.exec(name)?.[1])
    .filter((v): v is string => v !== undefined)
    .map(Number);
  if (versions.length === 0) throw new Error(`${dist} has no permalink pages for the figure "${figure}"`);
  return `/figures/${figure}/v${Math.max(...versions)}/`;
}

/** Lets fonts, islands and redraws finish before a screenshot. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(600);
}

async function moveSlider(page: Page): Promise<void> {
  const slider = page.locator('figure input[type="range"]').nth(1);
  await slider.scrollIntoViewIfNeeded();
  await slider.focus();
  for (let step = 0; step < SLIDER_STEPS; step++) await slider.press('ArrowRight');
}

const dist = resolve(values.dist);
const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const shots: Array<{ name: string; path: string; act?: (page: Page) => Promise<void> }> = [
  { name: 'home', path: '/' },
  { name: 'essay-top', path: `/essays/${values.essay}/` },
  { name: 'slider', path: `/essays/${values.essay}/`, act: moveSlider },
  { name: 'permalink', path: latestPermalink(dist, values.figure) },
];

const server = await startStaticServer(dist);
const browser = await launchChromium();
try {
  for (const screen of WIDTHS)
    for (const colorScheme of SCHEMES) {
      const { width, height, isMobile, hasTouch } = screen;
      const context = await browser.newContext({ viewport: { width, height }, isMobile, hasTouch, colorScheme });
      for (const shot of shots) {
        const page = await context.newPage();
        await page.goto(server.origin + shot.path, { waitUntil: 'networkidle' });
        await settle(page);
        if (shot.act) {
          await shot.act(page);
          await settle(page);
        }
        const file = join(out, `${shot.name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file });
        console.log(file);
        await page.close();
      }
      await context.close();
    }
} finally {
  await browser.close();
  await server.close();
}
