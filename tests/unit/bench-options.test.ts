import { describe, expect, it } from 'vitest';
import { BENCH_USAGE, benchOptions } from '../../scripts/bench/options.ts';

describe('npm run bench options', () => {
  it('reads the documented options', () => {
    const opts = benchOptions(['--no-build', '--lighthouse-runs=1', '--pages=essays']);
    expect(opts).toMatchObject({ help: false, builds: 0, lighthouseRuns: 1, redrawRuns: 3, jobs: 1 });
    expect(opts.pages?.test('/essays/meek-models/')).toBe(true);
    expect(benchOptions(['--quick'])).toMatchObject({ builds: 1, redrawRuns: 1, lighthouseRuns: 0 });
    expect(benchOptions([])).toMatchObject({ builds: 3, lighthouseRuns: 3, lighthouseAll: false });
  });

  it('answers --help and -h with the usage instead of measuring', () => {
    expect(benchOptions(['--help']).help).toBe(true);
    expect(benchOptions(['-h']).help).toBe(true);
    expect(BENCH_USAGE).toMatch(/--no-build/);
  });

  it('refuses an option it does not know, naming it, before anything runs', () => {
    expect(() => benchOptions(['--no-biuld'])).toThrow(/unknown option "--no-biuld"[\s\S]*usage: npm run bench/);
    expect(() => benchOptions(['--jobs=two'])).toThrow('--jobs takes a whole number, not "two"');
  });
});
