/**
 * The order in which vitest starts test files: the longest first, so that on two cores the run does not end
 * with one long file alone (issue 22 §5: in a clean clone vitest has no timings yet and starts the largest
 * files first, and the per-page axe files, five lines each, started last and ran alone for six minutes).
 * Files in LONG_FIRST start first, in that order; the others follow in vitest's own order (its recorded
 * timings when it has them, else the largest file first). A file that takes more than a minute belongs here.
 *
 * @example
 *   // vitest.config.ts
 *   test: { sequence: { sequencer: LongFirstSequencer } }
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The slowest test files, slowest first: medians of their times in three quiet runs of `npm test` on a clean clone
 * (4a95eaa…3a35230, 2026-12-07): every-page 210–230 s, island 149, axe-laptop 145, new-figure 139,
 * figure-legibility 116, figure-phone 105, reproducible 86, figure-contract 56, guard 47, live-figure 44 and
 * essay-contents 35 s. The next file takes under 30 s.
 */
export const LONG_FIRST: readonly RegExp[] = [
  /tests\/browser\/every-page-\d+\.test\.ts$/,
  // island.test.ts was split in two (2026-12-07): its controls' half holds the sweeps over every version and essay.
  /tests\/browser\/island-controls\.test\.ts$/,
  /tests\/browser\/island\.test\.ts$/,
  /tests\/browser\/axe-laptop\.test\.ts$/,
  /tests\/build\/new-figure\.test\.ts$/,
  /tests\/browser\/figure-legibility\.test\.ts$/,
  /tests\/browser\/figure-phone\.test\.ts$/,
  /tests\/build\/reproducible\.test\.ts$/,
  /tests\/browser\/figure-contract\.test\.ts$/,
  /tests\/history\/guard\.test\.ts$/,
  /tests\/browser\/live-figure(-intent)?\.test\.ts$/,
  /tests\/browser\/essay-contents\.test\.ts$/,
];

const rank = (spec: TestSpecification) => {
  const index = LONG_FIRST.findIndex((pattern) => pattern.test(spec.moduleId));
  return index < 0 ? LONG_FIRST.length : index;
};

export default class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, index) => [spec, index]));
    return [...sorted].sort((a, b) => rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  }
}
