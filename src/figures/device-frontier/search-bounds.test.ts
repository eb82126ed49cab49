/**
 * The edge says "No number of training tokens between 10¹⁰ and 10¹⁸ turns the answer" (and the same for memory
 * growth between 1× and 10× a year) where no setting in the search turns it. The bounds print from the search's
 * own constants (tokensSearchLow … memoryGrowthSearchHigh); this test reads them back as printed and checks the
 * sentence at every reachable state of the latest version: where it is shown, the answer is the same at both
 * printed ends; where a turning point is found instead, it lies between them.
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import type { Params, TableRow } from '../spec.ts';
import { homeTargetYear } from './frontier.ts';
import { MEMORY_GROWTH_SEARCH, TOKENS_SEARCH } from './named-values.ts';
import type { Key } from './params.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** "10¹⁰" → 1e10; "10×" → 10: a bound read back as the essay prints it. */
function readBack(text: string): number {
  const power = /^10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)$/.exec(text);
  if (power) return 10 ** Number([...power[1]!].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
  const factor = /^(\d+(?:\.\d+)?)×$/.exec(text);
  if (factor) return Number(factor[1]);
  throw new Error(`not a printed bound: ${text}`);
}

const spec = getFigure('device-frontier');
const data = figureDataFromDisk(spec);
const printed = (name: string, p: Params<Key>, rows: readonly TableRow[]) =>
  readBack(spec.values[name]!.format(spec.values[name]!.compute(p, rows)));

describe('device-frontier: the bounds the edge prints are the search’s', () => {
  it('print as the essay wrote them, from the search’s constants', () => {
    const p = figureParams(spec, {}) as Params<Key>;
    const rows = spec.table(p, data);
    const texts = ['tokensSearchLow', 'tokensSearchHigh', 'memoryGrowthSearchLow', 'memoryGrowthSearchHigh'].map(
      (name) => spec.values[name]!.format(spec.values[name]!.compute(p, rows)),
    );
    expect(texts).toEqual(['10¹⁰', '10¹⁸', '1×', '10×']);
    expect(texts.map(readBack)).toEqual([TOKENS_SEARCH.low, TOKENS_SEARCH.high, MEMORY_GROWTH_SEARCH.low, 10]);
  });

  it('hold the sentence shown at every reachable state', () => {
    const problems: string[] = [];
    let shown = 0;
    for (const { label, params } of reachableStates([spec], {}, { steps: 3, random: 12, seed: 5 })) {
      const p = figureParams(spec, params) as Params<Key>;
      const rows = spec.table(p, data);
      const anchor = rows[0]!.frontier_year_anchor!;
      const matches = (over: Partial<Params<Key>>) => homeTargetYear({ ...p, ...over }, rows) >= anchor;
      const levers = [
        ['tokensLever', 'neededTokens', 'tokensSearchLow', 'tokensSearchHigh', 'training_tokens'],
        ['memoryLever', 'neededMemoryGrowth', 'memoryGrowthSearchLow', 'memoryGrowthSearchHigh', 'memory_growth'],
      ] as const;
      for (const [lever, needed, low, high, key] of levers) {
        const [from, to] = [printed(low, p, rows), printed(high, p, rows)];
        if (spec.cases![lever]!.compute(p, rows) === 'none') {
          shown++;
          if (matches({ [key]: from }) !== matches({ [key]: to })) problems.push(`${label}: ${key} turns it`);
        } else {
          const at = spec.values[needed]!.compute(p, rows);
          if (!(at >= from && at <= to)) problems.push(`${label}: ${key} turns it at ${at}, outside ${from}–${to}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(shown).toBeGreaterThan(0);
  });
});
