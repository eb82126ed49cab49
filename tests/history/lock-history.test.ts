/**
 * Published lock entries are checked against git history: on this repository,
 * on a clone where a frozen file was forged together with its lock entry (and
 * committed, so the files agree with the lock), and on a shallow clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockHistoryCheck } from '../../src/history/history-check.ts';
import { sha256 } from '../../src/history/provenance.ts';
import { ROOT } from '../../src/figures/publishing/lock-files.ts';
import { linkNodeModules } from '../support/linked-node-modules.ts';

const work = mkdtempSync(join(tmpdir(), 'lock-history-'));
const clone = join(work, 'clone');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  });

beforeAll(() => {
  // This repository's history, plus its working tree committed on top (what an author is about to push).
  git(work, 'clone', '-q', '--no-hardlinks', ROOT, clone);
  for (const line of git(ROOT, 'status', '--porcelain', '-z', '--untracked-files=all').split('\0').filter(Boolean)) {
    const file = line.slice(3);
    if (existsSync(join(ROOT, file))) {
      execFileSync('mkdir', ['-p', dirname(join(clone, file))]);
      cpSync(join(ROOT, file), join(clone, file));
    } else rmSync(join(clone, file), { force: true });
  }
  git(clone, 'add', '-A');
  git(clone, 'commit', '-q', '--allow-empty', '-m', 'working tree');
  linkNodeModules(ROOT, clone);
  writeFileSync(join(clone, '.git/info/exclude'), 'node_modules\n');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lock entries against git history', { timeout: 120_000 }, () => {
  it('this repository: every published entry is as the commit that published it wrote it', () => {
    const { problems, note } = lockHistoryCheck(ROOT);
    expect(problems, problems.join('\n')).toEqual([]);
    expect(note).toMatch(/^lock entries agree with the \d+ commits|^shallow clone: /);
  });

  it('refuses a frozen file forged together with its lock entry, naming the entry and the commit that published it', () => {
    const csv = join(clone, 'src/figures/frozen/meek-loss-gap/v1/data.csv');
    const lockFile = join(clone, 'src/figures/figures.lock.json');
    const published = git(clone, 'log', '--reverse', '--format=%H', '--', 'src/figures/figures.lock.json')
      .split('\n')
      .find((commit) => git(clone, 'show', `${commit}:src/figures/figures.lock.json`).includes('"meek-loss-gap/v1"'))!;
    const forged = readFileSync(csv, 'utf8').replace(/\n$/, ',\n');
    const lock = JSON.parse(readFileSync(lockFile, 'utf8')) as {
      figures: Record<string, { outputs: Record<string, string> }>;
    };
    const before = lock.figures['meek-loss-gap/v1']!.outputs['data.csv']!;
    lock.figures['meek-loss-gap/v1']!.outputs['data.csv'] = sha256(forged);
    writeFileSync(csv, forged);
    writeFileSync(lockFile, `${JSON.stringify(lock, null, 2)}\n`);
    git(clone, 'commit', '-qam', 'quietly');

    const run = spawnSync(process.execPath, ['scripts/check-history.ts'], { cwd: clone, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const date = git(clone, 'show', '-s', '--format=%cs', published).trim();
    const subject = git(clone, 'show', '-s', '--format=%s', published).trim();
    expect(run.stderr.trim().split('\n')).toEqual([
      `✗ src/figures/figures.lock.json: figure version meek-loss-gap/v1 has outputs.data.csv ${sha256(forged).slice(0, 12)}…, but commit ${published.slice(0, 10)} (${date}, "${subject}") published it as ${before.slice(0, 12)}…. A published version never changes: restore the entry and its files (\`git show ${published.slice(0, 10)}:src/figures/figures.lock.json\`), or publish a new version (a commit not yet pushed may instead be folded into the one it changes: \`git rebase -i\`).`,
    ]);
  });

  it('works on a shallow clone, saying how far back it read', () => {
    const shallow = join(work, 'shallow');
    git(work, 'clone', '-q', '--depth', '3', `file://${clone}`, shallow);
    const { problems, note } = lockHistoryCheck(shallow);
    // The forgery above is two commits deep: still in reach, so still refused.
    expect(problems).toHaveLength(1);
    expect(note).toMatch(
      /^shallow clone: lock entries were checked against history back to commit [0-9a-f]{10} \(\d{4}-\d\d-\d\d\) only; `git fetch --unshallow` lets the check read all of it$/,
    );
  });

  it('says so outside a repository', () => {
    expect(lockHistoryCheck(tmpdir())).toEqual({
      problems: [],
      note: 'not a git repository: lock entries were not checked against history (a clone checks them)',
    });
  });
});
