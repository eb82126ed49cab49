/**
 * The lock files checked against the repository's git history
 * (./lock-history.ts): every published dataset and figure version's entry as
 * the commit that published it wrote it. In a shallow clone, the history there
 * is checked and the note says how far back; outside a repository (a copy or a
 * tarball) nothing can be checked and the note says so. Node only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AMENDMENTS, WITHDRAWN } from './amendments.ts';
import { fileHistory, hasGitHistory } from './git.ts';
import { DATASET_LOCK, FIGURE_LOCK, lockHistoryProblems } from './lock-history.ts';

export interface LockHistoryCheck {
  /** One line per published entry that changed or vanished. */
  readonly problems: string[];
  /** What was checked: how many commits, or why less than all of history. */
  readonly note: string;
}

/** Checks data/versions.lock.json and src/figures/figures.lock.json in `root` against git history. */
export function lockHistoryCheck(root: string): LockHistoryCheck {
  if (!hasGitHistory(root))
    return {
      problems: [],
      note: 'not a git repository: lock entries were not checked against history (a clone checks them)',
    };
  const problems: string[] = [];
  let commits = 0;
  let oldest: { commit: string; date: string } | undefined;
  let shallow = false;
  for (const kind of [DATASET_LOCK, FIGURE_LOCK]) {
    const history = fileHistory(root, kind.path);
    if (history === undefined) continue;
    shallow ||= history.shallow;
    commits += history.versions.length;
    const first = history.versions[0];
    if (first !== undefined && (oldest === undefined || first.date < oldest.date)) oldest = first;
    const current = readFileSync(join(root, kind.path), 'utf8');
    const withdrawn = WITHDRAWN.filter((w) => w.lock === kind.path).map((w) => w.commit);
    problems.push(...lockHistoryProblems(kind, current, history.versions, AMENDMENTS, !history.shallow, withdrawn));
  }
  const note = shallow
    ? `shallow clone: lock entries were checked against history back to ${oldest ? `commit ${oldest.commit.slice(0, 10)} (${oldest.date})` : 'its cut-off'} only; \`git fetch --unshallow\` lets the check read all of it`
    : `lock entries agree with the ${commits} commits that changed the locks`;
  return { problems, note };
}
