/**
 * Reading the repository's history with the git command line: a file at
 * HEAD, and every committed version of a file, oldest first. What has been
 * committed is what has been published (a lock entry at git HEAD is no longer
 * a draft), so these are the facts the history checks stand on. Node only.
 */
import { execFileSync } from 'node:child_process';

/** One committed version of a file. */
export interface CommittedFile {
  /** The commit, 40 hex digits. */
  readonly commit: string;
  /** Its committer date, YYYY-MM-DD. */
  readonly date: string;
  /** Its subject line. */
  readonly subject: string;
  /** The file's text at that commit. */
  readonly text: string;
}

/** What git holds of a file's history. */
export interface FileHistory {
  /** Every commit on HEAD's history that changed the file, oldest first, with the file's text. */
  readonly versions: readonly CommittedFile[];
  /** True when the clone is shallow: commits before its cut-off are missing. */
  readonly shallow: boolean;
}

function git(root: string, args: readonly string[], input?: string): string {
  return execFileSync('git', args, {
    cwd: root,
    encoding: 'utf8',
    input,
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Whether `root` is inside a git work tree with at least one commit. */
export function hasGitHistory(root: string): boolean {
  try {
    git(root, ['rev-parse', '--verify', '-q', 'HEAD']);
    return true;
  } catch {
    return false;
  }
}

/** A file's text at git HEAD, or undefined when HEAD has no such file (or there is no repository). */
export function fileAtHead(root: string, path: string): string | undefined {
  try {
    return git(root, ['show', `HEAD:${path}`]);
  } catch {
    return undefined;
  }
}

/**
 * Every committed version of `path` on HEAD's history, oldest first (read in one `git cat-file --batch`),
 * or undefined outside a repository.
 */
export function fileHistory(root: string, path: string): FileHistory | undefined {
  if (!hasGitHistory(root)) return undefined;
  const shallow = git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true';
  const log = git(root, ['log', '--reverse', '--format=%H%x09%cs%x09%s', 'HEAD', '--', path])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit = '', date = '', ...subject] = line.split('\t');
      return { commit, date, subject: subject.join('\t') };
    });
  if (log.length === 0) return { versions: [], shallow };
  const batch = execFileSync('git', ['cat-file', '--batch'], {
    cwd: root,
    input: log.map(({ commit }) => `${commit}:${path}\n`).join(''),
    maxBuffer: 512 * 1024 * 1024,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const versions: CommittedFile[] = [];
  let offset = 0;
  for (const entry of log) {
    const end = batch.indexOf(10, offset);
    const header = batch.subarray(offset, end).toString('utf8');
    offset = end + 1;
    if (header.endsWith(' missing')) continue; // the commit deleted the file
    const size = Number(header.split(' ')[2]);
    versions.push({ ...entry, text: batch.subarray(offset, offset + size).toString('utf8') });
    offset += size + 1;
  }
  return { versions, shallow };
}
