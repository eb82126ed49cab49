/**
 * One visit to one page in one viewport and colour scheme, as a reader who
 * scrolls to every figure: what it cost a reader who only reads (read JS: every
 * figure scrolled past, nothing touched), once every figure was live (visible JS, data fetched), once a slider of
 * each had been moved and the reader paused (mover JS: what loads at the first pause too), the layout shift over the
 * whole visit (read before any slider moves), and optionally every live figure's redraw time.
 */
import type { Browser, Page } from 'playwright-core';
import { observeLayoutShift, readLayoutShift, type LayoutShift } from './layout-shift.ts';
import { bringFiguresToLife, moveOneSliderEach, readThrough } from './live-figures.ts';
import { inlineScripts, watchNetwork, type Fetched } from './network.ts';
import { total, type Bytes } from './numbers.ts';
import { pageScriptRan } from '../../tests/support/page-script.ts';
import { measureFirstDraws, measureRedraws, type FigureRedraw } from './redraw.ts';

export interface Screen {
  name: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
}

/** The screens layout shift is measured on; the first one also measures bytes and redraws. */
export const SCREENS: readonly Screen[] = [
  { name: '1280 light', width: 1280, height: 800, colorScheme: 'light' },
  { name: '1280 dark', width: 1280, height: 800, colorScheme: 'dark' },
  { name: '390 light', width: 390, height: 844, colorScheme: 'light' },
  { name: '390 dark', width: 390, height: 844, colorScheme: 'dark' },
];

export interface FilesTotal extends Bytes {
  files: Fetched[];
}

export interface Visit {
  path: string;
  screen: string;
  figures: number;
  eager: FilesTotal;
  visible: FilesTotal;
  /** Every script once a slider of each live figure has been moved and the reader paused (workers' included). */
  moved: FilesTotal;
  data: FilesTotal;
  layoutShift: LayoutShift;
  redraws?: FigureRedraw[];
  /** Uncaught errors in the page (reported, not fatal: the figures were still measured). */
  errors: string[];
}

const summary = (files: Fetched[]): FilesTotal => ({ ...total(files), files });

/**
 * One window per screen, reused from page to page: a new browser context costs
 * seconds on a loaded machine. Each visit starts from about:blank, and the
 * layout-shift observer is registered again by every navigation.
 */
export interface ScreenWindow {
  screen: Screen;
  page: Page;
  close(): Promise<void>;
}

export async function openScreen(browser: Browser, screen: Screen): Promise<ScreenWindow> {
  const context = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    colorScheme: screen.colorScheme,
  });
  const page = await context.newPage();
  await observeLayoutShift(page);
  return { screen, page, close: () => context.close() };
}

export async function visitPage(window: ScreenWindow, origin: string, path: string, redrawRuns = 0): Promise<Visit> {
  const { page, screen } = window;
  await page.goto('about:blank');
  const errors: string[] = [];
  const onError = (error: Error) => errors.push(error.message);
  page.on('pageerror', onError);
  const network = watchNetwork(page);
  try {
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) throw new Error(`${path}: HTTP ${response?.status()}`);
    await network.idle();
    // The page script starts after the first paint (a reader's intent before it does nothing yet): wait for it.
    await pageScriptRan(page);
    // A reader who only reads: every figure scrolled into view, nothing touched (issue 21: ≤ 5 KB of JavaScript).
    await readThrough(page, network);
    const inline = await inlineScripts(page);
    const eager = summary([...network.scripts.values(), ...inline]);

    const figures = await bringFiguresToLife(page, network);
    const visible = summary([...network.scripts.values(), ...inline]);
    const data = summary([...network.data.values()]);
    const layoutShift = await readLayoutShift(page);
    // A reader who moves a slider and pauses loads what the first pause needs too (claims, Believe boxes, band worker).
    if (figures > 0) await moveOneSliderEach(page, network);
    const moved = summary([...network.scripts.values(), ...inline]);

    const redraws = redrawRuns > 0 && figures > 0 ? await measureRedraws(page, redrawRuns) : undefined;
    if (redraws?.some((redraw) => redraw.drawnAhead)) {
      const firstDraws = await measureFirstDraws(page, `${origin}${path}`);
      for (const redraw of redraws) redraw.firstDrawP95 = firstDraws.get(redraw.figure);
    }
    return { path, screen: screen.name, figures, eager, visible, moved, data, layoutShift, redraws, errors };
  } finally {
    network.stop();
    page.off('pageerror', onError);
  }
}
