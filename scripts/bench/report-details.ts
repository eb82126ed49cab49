/**
 * What stands behind the table's cells, printed after it: every layout shift
 * with the elements that moved, every live figure's redraw, the data and the
 * JavaScript files pages fetch, Lighthouse's metrics and failing audits, and
 * errors pages threw while measured.
 */
import { BUDGETS } from './budgets.ts';
import type { LighthouseResult } from './lighthouse.ts';
import { describeLcpPath } from './lcp-path.ts';
import type { CiteTiming } from './cite-timing.ts';
import type { ModelTiming } from './model-timing.ts';
import { kb } from './numbers.ts';
import type { Visit } from './page-visit.ts';

const ms = (value: number) => `${value.toFixed(1)} ms`;
const pathOf = (url: string) => (url.startsWith('http') ? new URL(url).pathname : url);

export function layoutShiftLines(visits: readonly Visit[]): string[] {
  const shifted = visits.filter((visit) => visit.layoutShift.cls > 0);
  if (shifted.length === 0) return ['Layout shift: none on any page at any screen.'];
  const lines = [`Layout shifts (${shifted.length} page × screen visits with CLS > 0):`];
  for (const visit of shifted) {
    lines.push(`  ${visit.path} [${visit.screen}] CLS ${visit.layoutShift.cls.toFixed(4)}`);
    for (const shift of visit.layoutShift.shifts.slice(0, 4))
      lines.push(`      ${shift.value.toFixed(4)}: ${shift.sources.slice(0, 3).join('; ') || '(no source)'}`);
    if (visit.layoutShift.shifts.length > 4) lines.push(`      … ${visit.layoutShift.shifts.length - 4} more shifts`);
  }
  return lines;
}

/** Per figure version: the worst page it was measured on. */
export function redrawLines(visits: readonly Visit[]): string[] {
  const worst = new Map<
    string,
    {
      path: string;
      p95: number;
      median: number;
      caughtUpP95: number;
      followers: number;
      followersInSight: number;
      samples: number;
      sliders: string[];
      firstDrawP95?: number;
    }
  >();
  for (const visit of visits) {
    for (const redraw of visit.redraws ?? []) {
      const seen = worst.get(redraw.figure);
      if (!seen || redraw.p95 > seen.p95)
        worst.set(redraw.figure, {
          path: visit.path,
          p95: redraw.p95,
          median: redraw.last.median,
          caughtUpP95: redraw.caughtUpP95,
          followers: redraw.followers,
          followersInSight: redraw.followersInSight,
          samples: redraw.last.samples,
          sliders: redraw.sliders,
          firstDrawP95: redraw.firstDrawP95,
        });
    }
  }
  const lines = [
    `Slider input → redrawn figure, every live figure, its slowest page (p95 = median over passes; budget ≤ ${BUDGETS.redrawP95Ms} ms):`,
    `  (followers settled: input → the followers in sight (the figure or its prose within 200 px of the screen) caught up`,
    `   too, one per task after it; budget ≤ ${BUDGETS.followersP95Ms} ms where the figure has followers on the page, else "caught up",`,
    '   reported only; followers out of sight catch up when the page is idle or the reader reaches them, not timed)',
    '  (drawn ahead: the figure drew its few states while the page was idle before it was timed; its first draws,',
    '   timed on a page that is never idle, are reported beside it, not budgeted)',
  ];
  for (const [figure, r] of [...worst].sort((a, b) => b[1].p95 - a[1].p95))
    lines.push(
      `  ${figure.padEnd(34)} p95 ${ms(r.p95).padStart(8)} ${r.p95 <= BUDGETS.redrawP95Ms ? 'PASS' : 'FAIL'}  median ${ms(r.median).padStart(8)}  ` +
        (r.followers > 0
          ? `followers (${r.followers}, ${r.followersInSight} in sight) settled p95 ${ms(r.caughtUpP95).padStart(8)} ${r.caughtUpP95 <= BUDGETS.followersP95Ms ? 'PASS' : 'FAIL'}`
          : `caught up p95 ${ms(r.caughtUpP95).padStart(8)}`) +
        `  ${r.samples} inputs over ${r.sliders.join(', ')}  on ${r.path}` +
        (r.firstDrawP95 === undefined ? '' : `  drawn ahead; first draws p95 ${ms(r.firstDrawP95)}`),
    );
  return lines;
}

export function dataLines(visits: readonly Visit[]): string[] {
  const lines = [`Data fetched by figures (JSON, CSV; raw / gzip; budget ≤ ${kb(BUDGETS.dataGzip)} gzip per page):`];
  const files = new Map<string, { raw: number; gzip: number; pages: number }>();
  for (const visit of visits)
    for (const file of visit.data.files) {
      const path = pathOf(file.url);
      const entry = files.get(path) ?? { raw: file.raw, gzip: file.gzip, pages: 0 };
      entry.pages++;
      files.set(path, entry);
    }
  for (const [path, file] of [...files].sort((a, b) => b[1].gzip - a[1].gzip))
    lines.push(
      `  ${path.padEnd(50)} ${kb(file.raw).padStart(9)} / ${kb(file.gzip).padStart(8)}  on ${file.pages} page(s)`,
    );
  if (files.size === 0) lines.push('  none');
  return lines;
}

export function scriptLines(visits: readonly Visit[]): string[] {
  const files = new Map<string, { raw: number; gzip: number; eagerOn: number; liveOn: number; movedOn: number }>();
  for (const visit of visits)
    for (const file of visit.moved.files) {
      const path = pathOf(file.url);
      const entry = files.get(path) ?? { raw: file.raw, gzip: file.gzip, eagerOn: 0, liveOn: 0, movedOn: 0 };
      if (visit.eager.files.some((eager) => eager.url === file.url)) entry.eagerOn++;
      else if (visit.visible.files.some((live) => live.url === file.url)) entry.liveOn++;
      else entry.movedOn++;
      files.set(path, entry);
    }
  const lines = [
    'JavaScript files (raw / gzip; pages loading each eagerly / once figures are live / only once a slider moved and the reader paused):',
  ];
  const width = Math.max(4, ...[...files.keys()].map((path) => path.length));
  for (const [path, f] of [...files].sort((a, b) => b[1].gzip - a[1].gzip || a[0].localeCompare(b[0])))
    lines.push(
      `  ${path.padEnd(width)} ${kb(f.raw).padStart(9)} / ${kb(f.gzip).padStart(8)}  ` +
        `eager on ${f.eagerOn}, live on ${f.liveOn}, moved on ${f.movedOn}`,
    );
  return lines;
}

export function lighthouseLines(results: readonly LighthouseResult[] | undefined): string[] {
  if (!results) return ['Lighthouse: skipped (--quick or --no-lighthouse).'];
  const lines = [
    'Lighthouse (mobile preset; median of runs; LCP the median of the runs’ LCPs; the median run’s metrics and failing audits):',
  ];
  for (const result of results) {
    lines.push(
      `  ${result.path}: performance ${result.performance} (runs ${result.performanceRuns.join(', ')}), ` +
        `accessibility ${result.accessibility} (runs ${result.accessibilityRuns.join(', ')}); ` +
        `machine benchmarkIndex ${result.benchmarkIndex.join(', ')}`,
    );
    lines.push(
      `      ${Object.entries(result.metrics)
        .map(([id, value]) => `${id} ${value}`)
        .join(', ')}`,
    );
    lines.push(
      `      LCP element ${result.lcpPaths[0]?.element ?? '?'}; runs: ${result.lcpPaths.map(describeLcpPath).join('; ')}`,
    );
    for (const audit of result.failing)
      lines.push(
        `      FAILING ${audit.category}/${audit.id} (score ${audit.score}${audit.value ? `, ${audit.value}` : ''})` +
          `${audit.nodes.length > 0 ? `: ${audit.nodes.join(' | ')}` : ''}`,
      );
  }
  return lines;
}

export function errorLines(visits: readonly Visit[]): string[] {
  const failing = visits.filter((visit) => visit.errors.length > 0);
  if (failing.length === 0) return [];
  return [
    'Errors thrown by pages while measured:',
    ...failing.map((visit) => `  ${visit.path} [${visit.screen}]: ${[...new Set(visit.errors)].join('; ')}`),
  ];
}

export function modelLines(model: ModelTiming): string[] {
  return [
    `Model: Monte Carlo meek gap, ${model.draws.toLocaleString('en')} draws × ${model.steps} years: ` +
      `median ${ms(model.medianMs)} over ${model.runs} runs (target ≤ ${model.targetMs} ms), max ${ms(model.maxMs)}`,
  ];
}

export function citeLines(cite: CiteTiming): string[] {
  const verdict = cite.medianMs <= cite.targetMs ? 'PASS' : 'FAIL';
  return [
    `Cite this view: click → citation on show, median ${ms(cite.medianMs)} over ${cite.loads} loads of ${cite.page} ` +
      `(target ≤ ${cite.targetMs} ms) ${verdict}, slowest ${ms(cite.maxMs)}`,
  ];
}
