/**
 * Slider input → redrawn figure, for every live figure on a page and every one
 * of its sliders, measured inside the page: from dispatching the input event
 * to the new drawing being in place with its style and layout computed (the island
 * redraws synchronously in its input handler; figures sharing the key follow in
 * the same handler, so their redraws count too). Values alternate between the
 * low and the high half of each slider's range, so every input is a real change.
 * Each figure gets at least SAMPLES inputs after a warm-up (at least 10 per slider); the p95 of one pass
 * is taken, and the median of `runs` passes is reported (the machine is shared).
 */
import type { Page } from 'playwright-core';
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
}

/** Measures one pass over every slider of every live figure: per figure, samples in ms. */
async function onePass(page: Page): Promise<{ figure: string; sliders: string[]; samples: number[] }[]> {
  return page.evaluate(
    ({ samples, warmUp }) => {
      const hosts = [...document.querySelectorAll<HTMLElement>('live-figure[data-live="ready"]')];
      return hosts.map((host, index) => {
        const plot = host.querySelector<HTMLElement>('[data-plot]');
        const sliders = [...host.querySelectorAll<HTMLInputElement>('[data-controls] input[type="range"][name]')];
        const figure = host.dataset.figure
          ? `${host.dataset.figure} v${host.dataset.version ?? '?'}`
          : `figure ${index + 1}`;
        if (!plot) throw new Error(`${figure}: no plot`);
        const perSlider = sliders.length === 0 ? 0 : Math.max(10, Math.ceil(samples / sliders.length));
        const times: number[] = [];
        // The island changes only the parts of the drawing that differ (morph.ts): any change counts as a redraw.
        const watch = new MutationObserver(() => {});
        watch.observe(plot, { subtree: true, childList: true, attributes: true, characterData: true });
        for (const input of sliders) {
          const min = Number(input.min);
          const max = Number(input.max);
          const step = input.step === 'any' || !input.step ? 0 : Number(input.step);
          const start = input.value;
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
            if (watch.takeRecords().length === 0 || !plot.querySelector('svg'))
              throw new Error(`${figure}: input ${i} (${input.name} = ${value}) did not redraw the SVG`);
            plot.getBoundingClientRect(); // style and layout of the new SVG
            const t1 = performance.now();
            if (i >= warmUp) times.push(t1 - t0);
          }
          input.value = start;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }
        watch.disconnect();
        return { figure, sliders: sliders.map((input) => input.name), samples: times };
      });
    },
    { samples: SAMPLES, warmUp: WARM_UP },
  );
}

/** Every live figure's redraw on this page (figures without sliders are left out). */
export async function measureRedraws(page: Page, runs: number): Promise<FigureRedraw[]> {
  const passes: Awaited<ReturnType<typeof onePass>>[] = [];
  for (let run = 0; run < runs; run++) passes.push(await onePass(page));
  return passes[0]!
    .map((first, i) => {
      const p95s = passes.map((pass) => stats(pass[i]!.samples).p95);
      return {
        figure: first.figure,
        sliders: first.sliders,
        last: stats(passes.at(-1)![i]!.samples),
        p95: median(p95s),
        p95s,
      };
    })
    .filter((figure) => figure.sliders.length > 0);
}
