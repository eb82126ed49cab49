/**
 * The publishing workflow end to end, in a temporary copy of the repository:
 * change a figure's shared code, see `npm run figures` refuse and say what to
 * do, do exactly that (add v<N+1>.ts, register it), and see `npm run figures`
 * freeze the superseded version from git HEAD with the bytes the lock records.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { sha256 } from '../../src/history/provenance.ts';
import { ROOT } from '../../src/figures/publishing/lock-files.ts';
import { linkNodeModules } from '../support/linked-node-modules.ts';

const id = 'open-closed-compute';
const latest = getFigure(id).version;
const next = latest + 1;
let copy = '';

const run = (...args: string[]) => spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8' });
const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'pipe' });

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'publish-workflow-'));
  // The working tree as it is (tracked and new files), committed as the copy's HEAD.
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    try {
      cpSync(join(ROOT, file), join(copy, file), { recursive: false });
    } catch {
      // deleted in the working tree but still tracked: nothing to copy
    }
  }
  linkNodeModules(ROOT, copy);
  git('init', '-q');
  // Links inside node_modules are packages of this checkout, not the copy's files: keep them out of its commits.
  writeFileSync(join(copy, '.git/info/exclude'), 'node_modules\n');
  git('add', '-A');
  git('-c', 'user.name=test', '-c', 'user.email=test@example.com', 'commit', '-qm', 'published');
}, 120_000);

afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('changing a published figure', () => {
  it('is refused with steps, and following the steps freezes the old version from git HEAD', () => {
    const figure = join(copy, 'src/figures', id, 'figure.ts');
    // An author restyles the shared code: the latest version would now draw something else.
    writeFileSync(
      figure,
      readFileSync(figure, 'utf8').replace('const OPEN_COLOR = theme.open;', 'const OPEN_COLOR = theme.ceiling;'),
    );

    expect(readFileSync(figure, 'utf8')).toContain('const OPEN_COLOR = theme.ceiling;');
    const refused = run('scripts/figures.ts');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${id}/v${latest}: figure.svg changed`);
    expect(refused.stderr).toContain(
      'add v<N+1>.ts beside it, register it in src/figures/registry.ts and run `npm run figures`',
    );

    // Following the message: add v<N+1>.ts and register it.
    const versionFile = join(copy, 'src/figures', id, `v${latest}.ts`);
    writeFileSync(
      join(dirname(versionFile), `v${next}.ts`),
      readFileSync(versionFile, 'utf8')
        .replace(`version: ${latest},`, `version: ${next},`)
        .replace(/date: '[^']*'/, "date: '2026-12-01'")
        .replace(/changes:\s*'[^']*'/, "changes: 'Open models in purple.'"),
    );
    const registry = join(copy, 'src/figures/registry.ts');
    const camel = 'openClosedCompute';
    writeFileSync(
      registry,
      readFileSync(registry, 'utf8')
        .replace(
          `import ${camel}V${latest} from './${id}/v${latest}.ts';`,
          `import ${camel}V${latest} from './${id}/v${latest}.ts';\nimport ${camel}V${next} from './${id}/v${next}.ts';`,
        )
        .replace(`  ${camel}V${latest},\n`, `  ${camel}V${latest},\n  ${camel}V${next},\n`),
    );

    const published = run('scripts/figures.ts');
    expect(published.stderr).toBe('');
    expect(published.status).toBe(0);
    expect(published.stdout).toContain(`froze ${id}/v${latest} (superseded) from git HEAD`);
    const lock = JSON.parse(readFileSync(join(copy, 'src/figures/figures.lock.json'), 'utf8'));
    const frozenDir = join(copy, 'src/figures/frozen', id, `v${latest}`);
    for (const file of ['figure.svg', 'data.csv'] as const) {
      expect(sha256(readFileSync(join(frozenDir, file), 'utf8'))).toBe(lock.figures[`${id}/v${latest}`].outputs[file]);
    }
    expect(readFileSync(join(frozenDir, 'figure.svg'), 'utf8')).not.toContain('#aa3377');
    expect(lock.figures[`${id}/v${latest}`].frozen).toBe(true);
    expect(lock.figures[`${id}/v${next}`].frozen).toBe(false);

    // And it is settled: a second run changes nothing.
    const again = run('scripts/figures.ts');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('figures.lock.json: unchanged');
  }, 240_000);
});
