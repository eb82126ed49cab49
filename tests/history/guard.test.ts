/**
 * Published history is guarded by the build itself. Each case tampers with a
 * copy of the project (never the working tree), runs the guard there and
 * asserts the exact message; one case runs `astro build` in the copy to show
 * the build stops before writing a page.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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

// Removing nine copies of the project takes longer than the default 10 s on a loaded machine.
afterAll(() => {
  for (const copy of copies) rmSync(copy, { recursive: true, force: true });
}, 120_000);

const FROZEN = 'src/figures/frozen/meek-loss-gap/v1';

describe('the history guard, on a tampered copy', { timeout: 120_000 }, () => {
  it('passes the untouched project', () => {
    expect(checkHistory(copyProject())).toEqual({ status: 0, lines: [] });
  });

  it('refuses an edited frozen figure.svg', () => {
    const copy = copyProject();
    const file = join(copy, FROZEN, 'figure.svg');
    writeFileSync(file, readFileSync(file, 'utf8').replace('</svg>', '<!-- edited --></svg>'));
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ meek-loss-gap/v1: frozen figure.svg does not match its lock entry. Frozen files must never change; restore them from git.',
      ],
    });
  });

  it('refuses an edited frozen params.json (once caught by nothing at all)', () => {
    const copy = copyProject();
    const file = join(copy, FROZEN, 'params.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"g_i"', '"g_i" '));
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ meek-loss-gap/v1: frozen params.json does not match its lock entry. Frozen files must never change; restore them from git.',
      ],
    });
  });

  it('refuses an edited frozen data.csv', () => {
    const copy = copyProject();
    const file = join(copy, FROZEN, 'data.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/\d(?=[^\d]*$)/, (digit) => String((Number(digit) + 1) % 10));
    writeFileSync(file, lines.join('\n'));
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ meek-loss-gap/v1: frozen data.csv does not match its lock entry. Frozen files must never change; restore them from git.',
      ],
    });
  });

  it('refuses a frozen version whose files vanished', () => {
    const copy = copyProject();
    rmSync(join(copy, FROZEN), { recursive: true });
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ meek-loss-gap/v1 was published frozen, but src/figures/frozen/meek-loss-gap/v1/ is gone: a published version is served forever; restore it from git.',
      ],
    });
  });

  it('refuses a frozen PNG that would render differently', () => {
    const copy = copyProject();
    const lockFile = join(copy, 'src/figures/figures.lock.json');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8'));
    lock.figures['meek-loss-gap/v1'].frozenFiles['figure.png'] = '0'.repeat(64);
    writeFileSync(lockFile, JSON.stringify(lock, null, 2));
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ meek-loss-gap/v1: figure.png rendered from the frozen SVG does not match its lock entry (a changed renderer or font?). Frozen files must never change.',
      ],
    });
  });

  it('refuses an edited published dataset file', () => {
    const copy = copyProject();
    const file = join(copy, 'data/local-devices/v1/local-devices.csv');
    const edited = readFileSync(file, 'utf8').replace('1499', '1399');
    writeFileSync(file, edited);
    const recorded = JSON.parse(readFileSync(join(copy, 'data/local-devices/v1/metadata.json'), 'utf8')).files[
      'local-devices.csv'
    ].sha256;
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        `✗ data/local-devices/v1/local-devices.csv has sha256 ${sha256(edited)}, but metadata.json records ${recorded}: published files never change`,
      ],
    });
  });

  it('refuses a published dataset version that vanished (once its pages quietly disappeared)', () => {
    const copy = copyProject();
    rmSync(join(copy, 'data/training-costs/v1'), { recursive: true });
    expect(checkHistory(copy)).toEqual({
      status: 1,
      lines: [
        '✗ data/training-costs/v1/ is gone, but data/versions.lock.json lists training-costs v1: a published version is served forever; restore it from git.',
      ],
    });
  });

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
