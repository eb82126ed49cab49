/**
 * The edge asks its question in years it types: "Will a home computer of 2030 match the frontier of 2025?", "the
 * 2030 machine's model has five more years of it than the 2025 frontier had". The figure answers it for its own
 * TARGET_YEAR and for the year of the largest run in its data (the anchor): typed in headings, a Believe box's
 * title and many sentences, those years repeat the code, and a new target year or a dataset whose largest run
 * falls in 2026 would leave the essay asking one question and the figure answering another. This test reads the
 * essay and fails when a typed target year, anchor year or "N more years" differs from the code's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';
import { TARGET_YEAR } from './params.ts';

const ESSAY = readFileSync('src/content/essays/the-edge.mdx', 'utf8').replace(/\s+/g, ' ');
const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The years a pattern's first group captures in the essay. */
const typed = (pattern: RegExp) => [...ESSAY.matchAll(pattern)].map((m) => m.slice(1).find(Boolean)!);

describe('the edge’s typed years are device-frontier’s', () => {
  const spec = getFigure('device-frontier');
  const rows = spec.table(defaultParams(spec), figureDataFromDisk(spec));
  const anchorYear = Math.floor(rows[0]!.frontier_year_anchor!);

  it('the home computer’s year is the figure’s target year', () => {
    const years = typed(/\b(\d{4}) (?:home computer|home machine|machine|computer)\b|home computer of (\d{4})/g);
    expect(years.length).toBeGreaterThanOrEqual(10);
    expect(new Set(years)).toEqual(new Set([String(TARGET_YEAR)]));
  });

  it('the frontier it is matched against is the year of the largest run in the data', () => {
    const years = typed(/(?:frontier of|largest run of) (\d{4})\b|\bin (\d{4}) peaked/g);
    const before = typed(/\b(\d{4}) frontier\b/g);
    expect(years.length + before.length).toBeGreaterThanOrEqual(8);
    expect(new Set([...years, ...before])).toEqual(new Set([String(anchorYear)]));
  });

  it('“N more years” of progress is the years between them', () => {
    const said = typed(/\b(\w+) more years of\b/g);
    expect(said.length).toBeGreaterThanOrEqual(3);
    expect(new Set(said)).toEqual(new Set([WORDS[TARGET_YEAR - anchorYear]]));
  });
});
