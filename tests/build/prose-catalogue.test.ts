/**
 * The sentence catalogue (issue 19): every distinct sentence a reader can meet in an essay's live prose
 * (<FigureValue>, <FigureCases>, <Claim> text, state and note, Believe boxes) over the page's reachable states
 * (src/figures/reachable-states.ts: each slider at both ends and steps between, anchors, every preset, seeded
 * random combinations; shared keys move together), rendered from the built page in dist/ (tests/prose/page-prose.ts).
 *
 * For each essay in CONVERTED it fails on any problem tests/prose/checks.ts finds (NaN, ∞, undefined, placeholders,
 * internal names, grouped years, negative durations, repeated words, wrong a/an, a value that is a clause), and
 * compares the catalogue with tests/prose/<essay>.txt, one sentence a line. A difference writes
 * tests/prose/<essay>-changed.txt and fails: read the diff, and if every sentence reads right,
 * `mv tests/prose/<essay>-changed.txt tests/prose/<essay>.txt` and commit it (a missing catalogue is written).
 *
 * Adding your essay once its prose is converted: add its slug to CONVERTED and remove it from NOT_YET, run
 * `npm run build` and `npm exec -- vitest run --project build tests/build/prose-catalogue.test.ts`, read
 * tests/prose/<essay>.txt, commit it. Essays in NOT_YET are rendered too: their catalogue and problems go to
 * tests/prose/not-yet/<essay>.txt (rewritten each run, to read while converting), and the test fails when one of
 * them has no problem left, so it moves to CONVERTED.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../src/figures/registry.ts';
import { PARAMETERS } from '../../src/model/parameters/index.ts';
import { sentenceProblems, valueProblems, type Registries } from '../prose/checks.ts';
import { pageProse } from '../prose/page-prose.ts';

/** Essays whose every reachable sentence reads right: they must stay so. */
const CONVERTED: readonly string[] = [
  'peak-capabilities-wall',
  'incentives-and-compute-cost',
  'the-edge',
  'meek-models',
];
/** Essays still being converted to whole-sentence prose (issue 19): none left; a new essay may start here. */
const NOT_YET: readonly string[] = [];

const registries: Registries = {
  keys: new Set([
    ...figureVersions.flatMap((spec) => [
      ...Object.keys(spec.params),
      ...Object.keys(spec.values),
      ...Object.keys(spec.cases ?? {}),
    ]),
    ...PARAMETERS.map((entry) => entry.id),
  ]),
};

interface Catalogue {
  readonly text: string;
  readonly problems: readonly string[];
  readonly states: number;
  readonly sentences: number;
}

function catalogue(essay: string): Catalogue {
  const prose = pageProse(readFileSync(`dist/essays/${essay}/index.html`, 'utf8'));
  const lines: Set<string>[] = [];
  const problems = new Map<string, string>();
  for (const state of prose.states) {
    prose.blocksAt(state.params).forEach((block, index) => {
      const seen = (lines[index] ??= new Set());
      for (const sentence of block.sentences) {
        if (seen.has(sentence)) continue;
        seen.add(sentence);
        for (const problem of sentenceProblems(sentence, registries)) {
          const where = `${problem} in "${sentence}"`;
          if (!problems.has(where)) problems.set(where, state.label);
        }
      }
      for (const value of block.values) {
        for (const problem of valueProblems(value)) if (!problems.has(problem)) problems.set(problem, state.label);
      }
    });
  }
  const all = lines.flatMap((set) => [...set]);
  return {
    text: `${all.join('\n')}\n`,
    problems: [...problems].map(([problem, state]) => `${problem} (first at ${state})`),
    states: prose.states.length,
    sentences: all.length,
  };
}

/** A page's states run its models hundreds of times (claims walk 61 points, Believe boxes bisect). */
const TIMEOUT_MS = 600_000;

describe('sentence catalogue', { timeout: TIMEOUT_MS }, () => {
  it.each(CONVERTED)(
    '%s: every sentence a reader can meet reads right, and the catalogue is the committed one',
    (essay) => {
      const result = catalogue(essay);
      expect(result.problems).toEqual([]);
      const path = `tests/prose/${essay}.txt`;
      const changed = `tests/prose/${essay}-changed.txt`;
      if (!existsSync(path)) writeFileSync(path, result.text);
      if (readFileSync(path, 'utf8') === result.text) {
        rmSync(changed, { force: true });
        return;
      }
      writeFileSync(changed, result.text);
      expect.fail(
        `${path} differs from what readers can now meet: read ${changed} and move it over ${path} if it reads right`,
      );
    },
  );

  // Defined only while an essay is being converted (an empty table is no test at all).
  if (NOT_YET.length > 0)
    it.each(NOT_YET)('%s: not converted yet; its catalogue and problems go to tests/prose/not-yet/', (essay) => {
      const result = catalogue(essay);
      mkdirSync('tests/prose/not-yet', { recursive: true });
      const header = [
        `# ${essay}: ${result.sentences} sentences over ${result.states} states; ${result.problems.length} problems`,
        ...result.problems.map((p) => `# PROBLEM ${p}`),
      ];
      writeFileSync(`tests/prose/not-yet/${essay}.txt`, `${header.join('\n')}\n${result.text}`);
      expect(result.sentences).toBeGreaterThan(0);
      expect(result.problems.length, `${essay} has no problem left: move it to CONVERTED`).toBeGreaterThan(0);
    });
});
