import { describe, expect, it } from 'vitest';
import type { Amendment } from './amendments.ts';
import type { CommittedFile } from './git.ts';
import { DATASET_LOCK, FIGURE_LOCK, immutableFigureFields, lockHistoryProblems } from './lock-history.ts';

const hash = (c: string) => c.repeat(64);
const record = (svg: string, extra: object = {}) => ({
  date: '2026-11-23',
  outputs: { 'figure.svg': hash(svg), 'data.csv': hash('c') },
  inputs: { parameters: hash('p'), datasets: [], model: hash('m') },
  frozen: false,
  ...extra,
});
const figureLock = (figures: Record<string, object>) => JSON.stringify({ lockfileVersion: 1, figures });
const commit = (n: number, text: string, subject = `commit ${n}`): CommittedFile => ({
  commit: String(n).repeat(40),
  date: `2026-11-2${n}`,
  subject,
  text,
});

describe('immutableFigureFields', () => {
  it('keeps date, outputs, frozen once true and frozen files; leaves inputs out (re-derivable)', () => {
    const fields = immutableFigureFields(record('a', { frozen: true, frozenFiles: { 'params.json': hash('j') } }));
    expect([...fields.keys()]).toEqual([
      'date',
      'outputs.figure.svg',
      'outputs.data.csv',
      'frozen',
      'frozenFiles.params.json',
    ]);
  });
});

describe('lockHistoryProblems', () => {
  const published = commit(1, figureLock({ 'x/v1': record('a') }), 'x v1');

  it('accepts an unchanged entry, new inputs (a moved model hash) and a new draft', () => {
    const now = figureLock({ 'x/v1': { ...record('a'), inputs: { model: hash('n') } }, 'y/v1': record('b') });
    expect(lockHistoryProblems(FIGURE_LOCK, now, [published])).toEqual([]);
  });

  it('refuses a forged output hash, naming the entry, the field and the commit that published it', () => {
    expect(lockHistoryProblems(FIGURE_LOCK, figureLock({ 'x/v1': record('f') }), [published])).toEqual([
      'src/figures/figures.lock.json: figure version x/v1 has outputs.figure.svg ffffffffffff…, but commit 1111111111 (2026-11-21, "x v1") published it as aaaaaaaaaaaa…. A published version never changes: restore the entry and its files (`git show 1111111111:src/figures/figures.lock.json`), or publish a new version (a commit not yet pushed may instead be folded into the one it changes: `git rebase -i`).',
    ]);
  });

  it('refuses a forgery committed later: the first commit to hold an entry is the one that counts', () => {
    const forged = commit(2, figureLock({ 'x/v1': record('f') }), 'forged');
    expect(lockHistoryProblems(FIGURE_LOCK, forged.text, [published, forged])).toHaveLength(1);
  });

  it('refuses a vanished entry and an unfrozen or changed frozen file', () => {
    const frozen = commit(
      2,
      figureLock({ 'x/v1': record('a', { frozen: true, frozenFiles: { 'params.json': hash('j') } }) }),
    );
    expect(lockHistoryProblems(FIGURE_LOCK, figureLock({}), [published])[0]).toMatch(
      /^src\/figures\/figures\.lock\.json: figure version x\/v1 is gone, but commit 1111111111 .* published it/,
    );
    const problems = lockHistoryProblems(FIGURE_LOCK, figureLock({ 'x/v1': record('a') }), [published, frozen]);
    expect(problems.map((p) => p.split(',')[0])).toEqual([
      'src/figures/figures.lock.json: figure version x/v1 has frozen removed',
      'src/figures/figures.lock.json: figure version x/v1 has frozenFiles.params.json removed',
    ]);
    expect(problems[0]).toContain('(the version itself was published by commit 1111111111');
  });

  it('reads past a withdrawn commit (one that could not build), and refuses a withdrawal history does not have', () => {
    const draft = commit(2, figureLock({ 'x/v1': record('a', { frozen: true }), 'x/v2': record('d') }), 'draft');
    const taken = commit(3, figureLock({ 'x/v1': record('a') }), 'taken back');
    const now = taken.text;
    expect(lockHistoryProblems(FIGURE_LOCK, now, [published, draft, taken])).toHaveLength(2);
    expect(lockHistoryProblems(FIGURE_LOCK, now, [published, draft, taken], [], true, [draft.commit])).toEqual([]);
    expect(lockHistoryProblems(FIGURE_LOCK, now, [published, taken], [], true, [draft.commit])).toEqual([
      `src/history/amendments.ts: withdrawn commit ${draft.commit.slice(0, 10)} is not in the history of src/figures/figures.lock.json; a withdrawal names a commit that changed the lock.`,
    ]);
  });

  it('refuses a changed dataset version', () => {
    const data = commit(1, JSON.stringify({ 'costs v1': hash('a') }), 'costs v1');
    expect(lockHistoryProblems(DATASET_LOCK, JSON.stringify({ 'costs v1': hash('b') }), [data])[0]).toMatch(
      /^data\/versions\.lock\.json: dataset version costs v1 has metadata\.json sha256 bbbbbbbbbbbb…, but commit 1111111111/,
    );
  });

  it('accepts a change recorded as an amendment, and refuses an amendment its commit does not bear out', () => {
    const rewrite = commit(2, figureLock({ 'x/v1': record('b') }), 'rewrite');
    const amendment: Amendment = {
      lock: FIGURE_LOCK.path,
      entry: 'x/v1',
      field: 'outputs.figure.svg',
      value: hash('b'),
      commit: rewrite.commit,
      why: 'test',
    };
    expect(lockHistoryProblems(FIGURE_LOCK, rewrite.text, [published, rewrite], [amendment])).toEqual([]);
    const wrong = { ...amendment, commit: published.commit };
    expect(lockHistoryProblems(FIGURE_LOCK, rewrite.text, [published, rewrite], [wrong])[0]).toMatch(
      /^src\/history\/amendments\.ts: x\/v1 outputs\.figure\.svg: commit 1111111111 does not hold bbbbbbbbbbbb…/,
    );
    // A shallow clone may lack the amendment's commit: that alone is no problem.
    expect(lockHistoryProblems(FIGURE_LOCK, rewrite.text, [rewrite], [amendment], false)).toEqual([]);
  });
});
