/** Which file each browser module goes to: the island's runtime, one figure's file, or the bundler's choice. */
import { describe, expect, it } from 'vitest';
import { chunkGroups, figureEssays, type ModuleGraph } from './browser-chunks.ts';

/** A graph from "module: static imports" lines, with dynamic imports marked by a leading `~`. */
function graph(edges: Record<string, readonly string[]>, entries: readonly string[]): ModuleGraph {
  const ids = [
    ...new Set([
      ...Object.keys(edges),
      ...Object.values(edges)
        .flat()
        .map((id) => id.replace(/^~/, '')),
    ]),
  ];
  const of = (id: string, dynamic: boolean) =>
    (edges[id] ?? []).filter((to) => to.startsWith('~') === dynamic).map((to) => to.replace(/^~/, ''));
  return { ids, entries, importsOf: (id) => of(id, false), dynamicImportsOf: (id) => of(id, true) };
}

const P = '/site/src';
const loader = `${P}/components/live-figure.ts`;
const island = `${P}/components/live-figure-island.ts`;
const shared = `${P}/components/page-state.ts`;
const plot = '/site/node_modules/@observablehq/plot/src/plot.js';
const random = '/site/node_modules/d3-random/dist/d3-random.mjs';
const cite = `${P}/components/view-citation.ts`;
const months = `${P}/data/estimates/month-names.ts`;
const labels = `${P}/figures/layout/direct-labels.ts`;
const model = `${P}/model/meek-models.ts`;
const figures = ['a', 'b', 'c', 'd'];
const spec = (figure: string) => `${P}/figures/${figure}/figure.ts`;
const version = (figure: string, n: number) => `${P}/figures/${figure}/v${n}.ts`;

const site = graph(
  {
    [loader]: [shared, `~${island}`],
    [island]: [shared, `${P}/figures/load.ts`, `~${cite}`],
    [`${P}/figures/load.ts`]: [...figures.map((f) => `~${version(f, 2)}`), `~${version('a', 1)}`],
    [cite]: [months],
    [version('a', 1)]: [`${P}/frozen/a/plot-v1.ts`, spec('a')],
    ...Object.fromEntries(figures.map((f) => [version(f, 2), [spec(f), labels, plot]])),
    [spec('a')]: [months, `${P}/figures/a/values.ts`, random],
    [spec('b')]: [`${P}/figures/a/values.ts`, model],
    [spec('c')]: [model],
  },
  [loader],
);
const groups = chunkGroups(site);

describe('browser chunk groups', () => {
  it('put the island and what it imports in one file, but not what an eager script imports', () => {
    expect(groups.get(island)).toBe('live-figure-island');
    expect(groups.get(`${P}/figures/load.ts`)).toBe('live-figure-island');
    expect(groups.has(shared)).toBe(false);
    expect(groups.has(loader)).toBe(false);
  });

  it('put the packages figures draw with and helpers many figures read beside the island', () => {
    expect(groups.get(plot)).toBe('live-figure-island');
    expect(groups.get(labels)).toBe('live-figure-island');
  });

  it("put one figure's own modules, and its folder's modules other figures read, in that figure's file", () => {
    expect(groups.get(spec('c'))).toBe('figure-c');
    expect(groups.get(random)).toBe('figure-a');
    expect(groups.get(`${P}/figures/a/values.ts`)).toBe('figure-a');
  });

  it("put the latest version in its figure's file, so loading it loads one file", () => {
    expect(groups.get(version('a', 2))).toBe('figure-a');
  });

  it('leave out older versions and their code, shared model code and what lazy code imports', () => {
    expect(groups.has(version('a', 1))).toBe(false);
    expect(groups.has(`${P}/frozen/a/plot-v1.ts`)).toBe(false);
    expect(groups.has(model)).toBe(false);
    // The citation dialog reads the month names too: in figure a's file, the dialog would load figure a.
    expect(groups.has(months)).toBe(false);
    expect(groups.has(cite)).toBe(false);
  });
});

describe('code an eager script loads without the island', () => {
  it('stays out of the island’s file, so a page with no figure does not load the island for it', () => {
    const notice = `${P}/components/page-query.ts`;
    const query = `${P}/figures/url-query.ts`;
    const state = `${P}/figures/url-state.ts`;
    const noticeGroups = chunkGroups(
      graph(
        {
          [loader]: [`~${island}`, `~${notice}`],
          [island]: [state],
          [state]: [query],
          [notice]: [query],
        },
        [loader],
      ),
    );
    expect(noticeGroups.get(state)).toBe('live-figure-island');
    expect(noticeGroups.has(query)).toBe(false);
    expect(noticeGroups.has(notice)).toBe(false);
  });
});

describe('code few figures draw with', () => {
  const arrow = '/site/node_modules/@observablehq/plot/src/marks/arrow.js';
  const link = '/site/node_modules/@observablehq/plot/src/marks/link.js';
  const index = '/site/node_modules/@observablehq/plot/src/index.js';
  const fewDraw = chunkGroups(
    graph(
      {
        [loader]: [`~${island}`],
        [island]: [`${P}/figures/load.ts`, index],
        [index]: [plot, arrow],
        [arrow]: [link],
        [`${P}/figures/load.ts`]: figures.map((f) => `~${version(f, 2)}`),
        ...Object.fromEntries(figures.map((f) => [version(f, 2), [spec(f), index]])),
        [spec('a')]: [random],
        [spec('b')]: [random],
      },
      [loader],
    ),
  );

  it('is a file of its own, not part of the runtime every live figure loads', () => {
    expect(fewDraw.get(plot)).toBe('live-figure-island');
    // Plot's index names the arrow mark, but only two wall figures draw arrows.
    expect(fewDraw.get(arrow)).toBe('plot-arrow');
    expect(fewDraw.get(link)).toBe('plot-arrow');
    // d3-random: two figures' draws (one figure's own package goes in its file: see above).
    expect(fewDraw.get(random)).toBe('d3-random');
  });
});

describe('figures one essay shows', () => {
  // a and b on one essay, c on another, d on none: a's random draws and b's model code are that essay's only.
  const essayOf = new Map([
    ['a', 'one'],
    ['b', 'one'],
    ['c', 'two'],
  ]);
  const byEssay = chunkGroups(site, essayOf);

  it("share one file, with the code only that essay's figures read", () => {
    expect(byEssay.get(version('a', 2))).toBe('figures-one');
    expect(byEssay.get(version('b', 2))).toBe('figures-one');
    expect(byEssay.get(`${P}/figures/a/values.ts`)).toBe('figures-one');
    expect(byEssay.get(random)).toBe('figures-one');
    expect(byEssay.get(version('c', 2))).toBe('figures-two');
    expect(byEssay.get(version('d', 2))).toBe('figure-d');
  });

  it('leave code two essays read to the bundler, and what the runtime or lazy code takes where it was', () => {
    // The model code b (essay one) and c (essay two) read.
    expect(byEssay.has(model)).toBe(false);
    expect(byEssay.get(labels)).toBe('live-figure-island');
    expect(byEssay.has(months)).toBe(false);
    expect(byEssay.has(version('a', 1))).toBe(false);
  });

  it('are read from the essays: every figure an essay shows, each in one essay', () => {
    const essays = figureEssays();
    expect(essays.get('meek-loss-gap')).toBe('meek-models');
    expect(essays.get('wall-glut')).toBe('peak-capabilities-wall');
    expect(new Set(essays.values()).size).toBeGreaterThanOrEqual(4);
  });
});

describe("the checked claims' and the Believe boxes' code", () => {
  const claims = `${P}/components/prose/live-claims.ts`;
  const believe = `${P}/components/believe/believe-live.ts`;
  const words = `${P}/figures/claim-words.ts`;
  const solve = `${P}/components/believe/solve.ts`;
  const inverse = `${P}/model/inverse.ts`;
  const checks = chunkGroups(
    graph(
      {
        [loader]: [`~${island}`],
        [island]: [`${P}/figures/load.ts`, `~${claims}`, `~${believe}`, `~${cite}`],
        [`${P}/figures/load.ts`]: figures.map((f) => `~${version(f, 2)}`),
        [claims]: [words, months],
        [believe]: [solve, inverse],
        [cite]: [months],
        [version('a', 2)]: [inverse],
        [version('b', 2)]: [inverse],
      },
      [loader],
    ),
  );

  it('is one file, less what the citation dialog or a figure reads too', () => {
    for (const id of [claims, believe, words, solve]) expect(checks.get(id)).toBe('claims-believe');
    expect(checks.has(months)).toBe(false);
    expect(checks.has(inverse)).toBe(false);
  });
});
