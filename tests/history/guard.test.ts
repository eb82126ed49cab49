/**
 * Published history is guarded by the build itself. Each case tampers with a
 * copy of the project (never the working tree), runs the guard there and
 * asserts the exact message; one case runs `astro build` in the copy to show
 * the build stops before writing a page. The tamperings of frozen figures
 * share one copy and one run, as do those of datasets: each run of the guard
 * costs seconds of CPU, and eight runs were about a quarter of the unit
 * project's time.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/linked-node-modules.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** The environment of a plain `npm run build`: vitest's own variables (NODE_ENV=test, VITEST…) change Astro's output. */
const cleanEnvironment = () => ({
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  ASTRO_TELEMETRY_DISABLED: '1',
  ...(process.env.SITE_URL ? { SITE_URL: process.env.SITE_URL } : {}),
});
const copies: string[] = [];
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A copy of what the guard and the build read (raw snapshots left out), its packages linked (tests/support/linked-node-modules.ts). */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'history-guard-'));
  copies.push(copy);
  for (const entry of ['src', 'scripts', 'public', 'package.json', 'astro.config.mjs', 'tsconfig.json'])
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  cpSync(join(ROOT, 'data'), join(copy, 'data'), {
    recursive: true,
    filter: (source) => !source.startsWith(join(ROOT, 'data', 'raw')),
  });
  linkNodeModules(ROOT, copy);
  return copy;
}

function checkHistory(copy: string): { status: number | null; lines: string[] } {
  const run = spawnSync(process.execPath, [join(copy, 'scripts/check-history.ts')], { cwd: copy, encoding: 'utf8' });
  return { status: run.status, lines: run.stderr.split('\n').filter(Boolean) };
}

// Removing the copies of the project takes longer than the default 10 s on a loaded machine.
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
}, 120_000);

const FROZEN = 'src/figures/frozen/meek-loss-gap/v1';

/** One tampering of a copy, and the exact line the guard must print for it. */
interface Tampering {
  readonly name: string;
  readonly tamper: (copy: string) => void;
  readonly line: (copy: string) => string;
}

/** Adds one to the last digit of a data row: a change no one would see, which must not pass. */
const lastDigitUp = (line: string) => line.replace(/\d(?=[^\d]*$)/, (digit) => String((Number(digit) + 1) % 10));

/**
 * Each way to tamper with a frozen figure version, each on a different version of one figure, so one copy and one
 * run of the guard check them all (each run costs seconds of CPU: it imports every figure and redraws 53 PNGs).
 */
const FROZEN_TAMPERINGS: readonly Tampering[] = [
  {
    name: 'refuses an edited frozen figure.svg',
    tamper: (copy) => {
      const file = join(copy, 'src/figures/frozen/meek-loss-gap/v1/figure.svg');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</svg>', '<!-- edited --></svg>'));
    },
    line: () =>
      '✗ meek-loss-gap/v1: frozen figure.svg does not match its lock entry. Frozen files must never change; restore them from git.',
  },
  {
    name: 'refuses an edited frozen params.json (once caught by nothing at all)',
    tamper: (copy) => {
      const file = join(copy, 'src/figures/frozen/meek-loss-gap/v2/params.json');
      writeFileSync(file, readFileSync(file, 'utf8').replace('"g_i"', '"g_i" '));
    },
    line: () =>
      '✗ meek-loss-gap/v2: frozen params.json does not match its lock entry. Frozen files must never change; restore them from git.',
  },
  {
    name: 'refuses an edited frozen data.csv',
    tamper: (copy) => {
      const file = join(copy, 'src/figures/frozen/meek-loss-gap/v3/data.csv');
      const lines = readFileSync(file, 'utf8').split('\n');
      lines[1] = lastDigitUp(lines[1]!);
      writeFileSync(file, lines.join('\n'));
    },
    line: () =>
      '✗ meek-loss-gap/v3: frozen data.csv does not match its lock entry. Frozen files must never change; restore them from git.',
  },
  {
    name: 'refuses a frozen version whose files vanished',
    tamper: (copy) => rmSync(join(copy, 'src/figures/frozen/meek-loss-gap/v4'), { recursive: true }),
    line: () =>
      '✗ meek-loss-gap/v4 was published frozen, but src/figures/frozen/meek-loss-gap/v4/ is gone: a published version is served forever; restore it from git.',
  },
  {
    name: 'refuses a frozen PNG that would render differently',
    tamper: (copy) => {
      const lockFile = join(copy, 'src/figures/figures.lock.json');
      const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
      lock.figures['meek-loss-gap/v5'].frozenFiles['figure.png'] = '0'.repeat(64);
      writeFileSync(lockFile, JSON.stringify(lock, null, 2));
    },
    line: () =>
      '✗ meek-loss-gap/v5: figure.png rendered from the frozen SVG does not match its lock entry (a changed renderer or font?). Frozen files must never change.',
  },
];

/** Each way to tamper with a published dataset, on two datasets (the guard checks figures only once these are whole). */
const DATASET_TAMPERINGS: readonly Tampering[] = [
  {
    name: 'refuses an edited published dataset file',
    tamper: (copy) => {
      const file = join(copy, 'data/local-devices/v1/local-devices.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace('1499', '1399'));
    },
    line: (copy) => {
      const edited = readFileSync(join(copy, 'data/local-devices/v1/local-devices.csv'), 'utf8');
      const recorded = JSON.parse(readFileSync(join(copy, 'data/local-devices/v1/metadata.json'), 'utf8')).files[
        'local-devices.csv'
      ].sha256;
      return `✗ data/local-devices/v1/local-devices.csv has sha256 ${sha256(edited)}, but metadata.json records ${recorded}: published files never change`;
    },
  },
  {
    name: 'refuses a published dataset version that vanished (once its pages quietly disappeared)',
    tamper: (copy) => rmSync(join(copy, 'data/training-costs/v1'), { recursive: true }),
    line: () =>
      '✗ data/training-costs/v1/ is gone, but data/versions.lock.json lists training-costs v1: a published version is served forever; restore it from git.',
  },
];

/**
 * Applies every tampering to one copy and runs the guard once: each must be refused with exactly its line, and
 * the guard must print nothing else (so no tampering hides or repeats another's).
 */
function describeTamperings(title: string, tamperings: readonly Tampering[]): void {
  describe(title, () => {
    let copy = '';
    let result: { status: number | null; lines: string[] } = { status: null, lines: [] };
    beforeAll(() => {
      copy = copyProject();
      for (const { tamper } of tamperings) tamper(copy);
      result = checkHistory(copy);
    }, 120_000);

    it.each(tamperings.map((t) => [t.name, t] as const))('%s', (_, { line }) => {
      expect(result.lines).toContain(line(copy));
    });

    it('exits 1 with those lines and no other', () => {
      expect(result.status).toBe(1);
      expect([...result.lines].sort()).toEqual(tamperings.map(({ line }) => line(copy)).sort());
    });
  });
}

describe('the history guard, on a tampered copy', { timeout: 120_000 }, () => {
  it('passes the untouched project', () => {
    expect(checkHistory(copyProject())).toEqual({ status: 0, lines: [] });
  });

  describeTamperings('five frozen figure versions, each tampered in its own way', FROZEN_TAMPERINGS);
  describeTamperings('two published datasets, one edited and one gone', DATASET_TAMPERINGS);

  it('stops `astro build` itself before a page is written', () => {
    const copy = copyProject();
    const file = join(copy, FROZEN, 'figure.svg');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</svg>', '<!-- edited --></svg>'));
    const astro = join(ROOT, 'node_modules/astro/bin/astro.mjs');
    const run = spawnSync(process.execPath, [astro, 'build'], {
      cwd: copy,
      encoding: 'utf8',
      env: cleanEnvironment(),
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain(
      '✗ meek-loss-gap/v1: frozen figure.svg does not match its lock entry. Frozen files must never change; restore them from git.',
    );
    expect(existsSync(join(copy, 'dist/index.html'))).toBe(false);
  });
});
