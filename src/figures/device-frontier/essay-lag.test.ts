/**
 * The edge says twice that home machines trail the frontier "by a year or two in this model at its default
 * settings" (and "by months", "by a year at most", on Epoch AI's benchmarks). Typed, not printed: this test reads
 * device-frontier at its defaults and fails when the newest machines in the data (those of its latest release year)
 * trail the frontier of the largest run (the figure's anchor) by less than half a year or more than two and a
 * half, or when Epoch AI's consumer-GPU lag exceeds a year.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS } from '../../model/parameters/index.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';

const ESSAY = readFileSync('src/content/essays/the-edge.mdx', 'utf8').replace(/\s+/g, ' ');

describe('the edge: how far the newest home machines trail the frontier', () => {
  it('says “a year or two in this model at its default settings”, and the model at its defaults agrees', () => {
    expect(ESSAY.match(/by a year or two in this model at its default settings/g)).toHaveLength(2);
    const spec = getFigure('device-frontier');
    const rows = spec.table(defaultParams(spec), figureDataFromDisk(spec));
    const machines = rows.filter((r) => r.series === 0);
    const newest = Math.max(...machines.map((r) => r.year!));
    const lags = machines.filter((r) => r.year === newest).map((r) => r.frontier_year_anchor! - r.matched_year!);
    expect(lags.length).toBeGreaterThanOrEqual(3);
    for (const lag of lags) expect(lag).toBeGreaterThanOrEqual(0.5);
    for (const lag of lags) expect(lag).toBeLessThanOrEqual(2.5);
  });

  it('says “a year at most on Epoch AI’s benchmarks”, and Epoch AI’s range ends at a year', () => {
    expect(ESSAY).toContain("by a year at most on Epoch AI's benchmarks");
    const lag = PARAMETERS.find((p) => p.id === 'consumer_gpu_lag_months')!;
    expect(lag.published!.high).toBeLessThanOrEqual(12);
    expect(lag.default).toBeLessThanOrEqual(12);
  });
});
