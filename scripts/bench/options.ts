/**
 * `npm run bench`'s command line. An option it does not know stops it with the usage, before any build:
 * `--help` used to be read as no option at all and started the full bench (three clean builds, every page).
 *
 * @example benchOptions(['--no-build', '--pages=essays']) // { builds: 0, pages: /essays/, … }
 */
export const BENCH_USAGE = [
  'usage: npm run bench -- [options]',
  '  (none)               everything: 3 clean builds, every page, Lighthouse 3 runs per essay',
  '  --quick              1 build, 1 redraw pass, no Lighthouse',
  '  --no-build           measure the dist/ already built',
  '  --pages=<pattern>    only pages whose path matches the pattern (a regular expression), e.g. essays',
  '  --lighthouse=all     Lighthouse on every page, not only the essays',
  '  --jobs=N             N pages at a time, Lighthouse alongside (faster; timings noisier)',
  '  --builds=N --lighthouse-runs=N --redraw-runs=N --no-lighthouse',
  '  --help               this text',
].join('\n');

const FLAGS = ['quick', 'no-build', 'no-lighthouse', 'help'];
const VALUES = ['pages', 'lighthouse', 'jobs', 'builds', 'lighthouse-runs', 'redraw-runs'];

export interface BenchOptions {
  help: boolean;
  quick: boolean;
  builds: number;
  redrawRuns: number;
  lighthouseRuns: number;
  lighthouseAll: boolean;
  jobs: number;
  pages: RegExp | undefined;
}

export function benchOptions(argv: readonly string[]): BenchOptions {
  const unknown = argv.filter(
    (arg) => !FLAGS.some((f) => arg === `--${f}`) && !VALUES.some((v) => arg.startsWith(`--${v}=`)) && arg !== '-h',
  );
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.map((a) => `"${a}"`).join(', ')}\n${BENCH_USAGE}`);
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const count = (name: string, fallback: number) => {
    const text = value(name);
    const n = text === undefined ? fallback : Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} takes a whole number, not "${text}"`);
    return n;
  };
  const quick = flag('quick');
  const pages = value('pages');
  return {
    help: flag('help') || argv.includes('-h'),
    quick,
    builds: flag('no-build') ? 0 : count('builds', quick ? 1 : 3),
    redrawRuns: Math.max(1, count('redraw-runs', quick ? 1 : 3)),
    lighthouseRuns: quick || flag('no-lighthouse') ? 0 : count('lighthouse-runs', 3),
    lighthouseAll: value('lighthouse') === 'all',
    jobs: Math.max(1, count('jobs', 1)),
    pages: pages ? new RegExp(pages) : undefined,
  };
}
