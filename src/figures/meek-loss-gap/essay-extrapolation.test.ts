/**
 * Meek says "No model has been trained anywhere near such compute" of the frontier's effective compute at the
 * figure's end. That is a statement about the world (the largest runs in ai-models v1), so this test holds it there:
 * the sentence stands only in the fitAtEnd case 'beyond' (v7 of the essay printed it in every state, also where the
 * frontier ends inside the fitted range, far below runs already trained), and in every reachable state where that
 * case shows, the frontier's effective compute at the end is at least a hundred times the largest training run in
 * the data.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';

const ESSAY = readFileSync('src/content/essays/meek-models.mdx', 'utf8').replace(/\s+/g, ' ');
const SENTENCE = 'No model has been trained anywhere near such compute';
/** "Anywhere near": two orders of magnitude at least. */
const FAR = 100;

const largestRun = Math.max(
  ...(
    JSON.parse(readFileSync('data/ai-models/v1/ai-models.json', 'utf8')) as { training_compute_flop: number | null }[]
  ).map((m) => m.training_compute_flop ?? 0),
);

describe('meek: “no model has been trained anywhere near such compute”', () => {
  it('stands once, only where the frontier ends beyond the fitted range', () => {
    expect(ESSAY.split(SENTENCE)).toHaveLength(2);
    const beyond = /<FigureCases figure="meek-loss-gap" case="fitAtEnd"><When is="beyond">(.*?)<\/When>/.exec(ESSAY);
    expect(beyond?.[1]).toContain(SENTENCE);
  });

  it('is true in every reachable state that shows it: the compute is at least a hundred times the largest run', () => {
    const spec = getFigure('meek-loss-gap');
    const data = figureDataFromDisk(spec);
    expect(largestRun).toBeGreaterThan(1e26);
    const problems: string[] = [];
    let shown = 0;
    for (const { label, params } of reachableStates([spec], {}, { steps: 4, random: 24, seed: 1 })) {
      const p = figureParams(spec, params);
      const rows = spec.table(p, data);
      if (spec.cases!.fitAtEnd!.compute(p, rows) !== 'beyond') continue;
      shown++;
      const compute = spec.values.frontierComputeAtEnd!.compute(p, rows);
      if (!(compute >= FAR * largestRun)) problems.push(`${label}: ${compute.toExponential(2)} FLOP`);
    }
    expect(problems).toEqual([]);
    expect(shown).toBeGreaterThan(0);
  });
});
