/**
 * Slider input → redrawn figure, for every live figure on a page and every one
 * of its sliders, measured inside the page: from dispatching the input event
 * to the new drawing being in place with its style and layout computed. The
 * island redraws the reader's figure synchronously in its input handler; that
 * is the frame the budget is for. Figures sharing the key catch up after it
 * (src/components/island-follow.ts): those the reader can see (the figure, or a
 * sentence bound to it, within 200 px of the screen) one per task, aria-busy until
 * then, so a second time is taken once no figure is aria-busy: "caught up", input →
 * everything on screen that shows the moved key current (tasks in between may
 * include the browser painting a frame), reported beside it. Followers out of
 * sight are not waited for: a reader cannot see them, their prose catches up when
 * the page is idle and their drawing when the reader reaches them (tested in
 * tests/browser/followers.test.ts); how many followers were in sight is reported.
 * Values alternate between the low and the high half of each slider's range,
 * so every input is a real change. Each figure is scrolled into view first, and a
 * figure whose few states are drawn while the page is idle (drawings-ahead.ts)
 * is given the moment it takes, as a reader looking at it would. Each figure gets at least SAMPLES inputs
 * after a warm-up (at least 10 per slider); the p95 of one pass is taken, and
 * the median of `runs` passes is reported (the machine is shared).
 */
import type { Page } from 'playwright-core';
import { bringFiguresToLife } from './live-figures.ts';
import { watchNetwork } from './network.ts';
import { median, stats, type Stats } from './numbers.ts';

const SAMPLES = 60;
const WARM_UP = 3;

export interface FigureRedraw {
  /** "meek-loss-gap v3" */
  figure: string;
  sliders: string[];
  /** The last pass's distribution; p95 below is the median over passes. */
  last: Stats;
  p95: number;
  p95s: number[];
  /** Input → the page caught up (figures sharing the key redrawn too): p95, median over passes. */
  caughtUpP95: number;
  /** Other figures on the page that share a key with this one's sliders: with any, caughtUpP95 is "followers settled". */
  followers: number;
  /** The most followers in sight after one input (aria-busy: caught up before "settled"), over every pass. */
  followersInSight: number;
  /** Whether the figure drew its few states ahead while the page was idle (drawings-ahead.ts) before it was timed. */
  drawnAhead: boolean;
  /** For a figure drawn ahead: p95 of one pass on a page that was never idle, so every state was drawn fresh. */
  firstDrawP95?: number;
}

interface PassResult {
  figure: string;
  followers: number;
  followersInSight: number;
  sliders: string[];
  samples: number[];
  caughtUp: number[];
  drawnAhead: boolean;
}

/**
 * Measures one pass over every slider of every live figure: per figure, samples in ms. `firstDraws`: only the
 * figures that draw ahead, without waiting for them to (on a page that is never idle, every state is new).
 */
async function onePass(page: Page, firstDraws = false): Promise<PassResult[]> {
  return page.evaluate(
    async ({ samples, warmUp, firstDraws }) => {
      const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
      // Figures sharing the key redraw one per task after the reader's figure, aria-busy until then (catch-up.ts).
      const caughtUpNow = async () => {
        do await nextTask();
        while (document.querySelector('live-figure[aria-busy="true"]'));
      };
      const ready = 'live-figure[data-live="ready"]';
      const hosts = [...document.querySelectorAll<HTMLElement>(firstDraws ? `${ready}[data-ahead]` : ready)];
      const results: PassResult[] = [];
      for (const [index, host] of hosts.entries()) {
        const plot = host.querySelector<HTMLElement>('[data-plot]');
        const sliders = [...host.querySelectorAll<HTMLInputElement>('[data-controls] input[type="range"][name]')];
        const keys = new Set(sliders.map((input) => input.name));
        const followers = [...document.querySelectorAll<HTMLElement>('live-figure')].filter(
          (other) => other !== host && (other.dataset.keys ?? '').split(' ').some((key) => keys.has(key)),
        ).length;
        const figure = host.dataset.figure
          ? `${host.dataset.figure} v${host.dataset.version ?? '?'}`
          : `figure ${index + 1}`;
        if (!plot) throw new Error(`${figure}: no plot`);
        // A reader moves the slider of a figure they can see, and has looked at it for a moment: a figure with few
        // states has drawn them ahead by then (drawings-ahead.ts), which it does only while on screen.
        host.scrollIntoView({ block: 'center' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const settleBy = performance.now() + 5000;
        while (!firstDraws && host.dataset.ahead === 'drawing' && performance.now() < settleBy)
          await new Promise((resolve) => setTimeout(resolve, 20));
        if (!firstDraws && host.dataset.ahead === 'drawing')
          throw new Error(`${figure}: still drawing ahead after 5 s`);
        const drawnAhead = host.dataset.ahead === 'done';
        const perSlider = sliders.length === 0 ? 0 : Math.max(10, Math.ceil(samples / sliders.length));
        const times: number[] = [];
        const caughtUp: number[] = [];
        let followersInSight = 0;
        // The island changes only the parts of the drawing that differ (morph.ts): any change counts as a redraw.
        const watch = new MutationObserver(() => {});
        watch.observe(plot, { subtree: true, childList: true, attributes: true, characterData: true });
        for (const input of sliders) {
          const min = Number(input.min);
          const max = Number(input.max);
          const step = input.step === 'any' || !input.step ? 0 : Number(input.step);
          const start = input.value;
          let redrawn = 0;
          for (let i = 0; i < perSlider + warmUp; i++) {
            const part = ((i % 20) / 20) * 0.5 * (max - min);
            let value = i % 2 === 0 ? min + part : max - part;
            if (step > 0) value = min + Math.round((value - min) / step) * step;
            // An input that leaves the slider where it was changes nothing, so nothing is redrawn: take the other end.
            if (Number(input.value) === value) value = i % 2 === 0 ? max : min;
            watch.takeRecords();
            const t0 = performance.now();
            input.value = String(value);
            input.dispatchEvent(new Event('input', { bubbles: true }));
            // A real change can still draw the same picture (a value that only moves a band still to come, or a
            // label that rounds the same), so each slider must redraw at least once, not on every input.
            if (watch.takeRecords().length > 0 && plot.querySelector('svg')) redrawn++;
            plot.getBoundingClientRect(); // style and layout of the new SVG
            const t1 = performance.now();
            const inSight = document.querySelectorAll('live-figure[aria-busy="true"]').length;
            if (i >= warmUp) followersInSight = Math.max(followersInSight, inSight);
            await caughtUpNow();
            document.body.getBoundingClientRect();
            const t2 = performance.now();
            if (i >= warmUp) {
              times.push(t1 - t0);
              caughtUp.push(t2 - t0);
            }
          }
          if (redrawn === 0) throw new Error(`${figure}: no input of ${input.name} redrew the figure`);
          input.value = start;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await caughtUpNow();
        }
        watch.disconnect();
        results.push({
          figure,
          followers,
          followersInSight,
          sliders: sliders.map((input) => input.name),
          samples: times,
          caughtUp,
          drawnAhead,
        });
      }
      return results;
    },
    { samples: SAMPLES, warmUp: WARM_UP, firstDraws },
  );
}

/**
 * First draws of the figures that draw ahead, for the report: the same page in a new window of the same size
 * where requestIdleCallback never answers, so no state is drawn ahead and every input draws fresh.
 */
export async function measureFirstDraws(page: Page, url: string): Promise<Map<string, number>> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to open a second window in');
  const context = await browser.newContext({ viewport: page.viewportSize() });
  try {
    const fresh = await context.newPage();
    await fresh.addInitScript(() => (window.requestIdleCallback = () => 0));
    await fresh.goto(url, { waitUntil: 'load' });
    await bringFiguresToLife(fresh, watchNetwork(fresh));
    const pass = await onePass(fresh, true);
    return new Map(pass.map((figure) => [figure.figure, stats(figure.samples).p95]));
  } finally {
    await context.close();
  }
}

/** Every live figure's redraw on this page (figures without sliders are left out). */
export async function measureRedraws(page: Page, runs: number): Promise<FigureRedraw[]> {
  const passes: Awaited<ReturnType<typeof onePass>>[] = [];
  for (let run = 0; run < runs; run++) passes.push(await onePass(page));
  return passes[0]!
    .map((first, i) => {
      const p95s = passes.map((pass) => stats(pass[i]!.samples).p95);
      const caughtUpP95 = median(passes.map((pass) => stats(pass[i]!.caughtUp).p95));
      return {
        caughtUpP95,
        followers: first.followers,
        followersInSight: Math.max(...passes.map((pass) => pass[i]!.followersInSight)),
        figure: first.figure,
        sliders: first.sliders,
        last: stats(passes.at(-1)![i]!.samples),
        p95: median(p95s),
        p95s,
        drawnAhead: first.drawnAhead,
      };
    })
    .filter((figure) => figure.sliders.length > 0);
}
