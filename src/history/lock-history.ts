/**
 * Lock entries are checked against git history, so a published file cannot
 * be rewritten quietly together with its lock entry. An entry is published by
 * the first commit whose lock holds it; from then on:
 * - a dataset version's entry (data/versions.lock.json: the sha256 of its
 *   metadata.json, which lists every file's sha256) never changes and never goes;
 * - a figure version's entry (src/figures/figures.lock.json) never goes, and its
 *   IMMUTABLE fields never change: `date`, `outputs` (figure.svg, data.csv),
 *   `frozen` once true, and each `frozenFiles` hash once recorded. Its `inputs`
 *   (parameters, datasets, model) are RE-DERIVABLE: they describe the code that
 *   draws it today and are re-recorded by `npm run figures` when that code moves
 *   without changing the output (the per-figure model hash of 2026-12-06 rewrote
 *   every `inputs.model` this way, and so did 2026-12-07's, which took the numbers
 *   only essays report out of the registry module figures import).
 * Pure: the caller passes the committed versions of each lock (./git.ts).
 */
import type { Amendment } from './amendments.ts';
import type { CommittedFile } from './git.ts';

/** An immutable field of a lock entry, as a path ("outputs.figure.svg") and its value. */
type Fields = ReadonlyMap<string, string>;

/** The immutable fields of a figure lock record (see the file comment); set-once fields only when set. */
export function immutableFigureFields(record: unknown): Fields {
  const r = (record ?? {}) as {
    date?: unknown;
    outputs?: Record<string, unknown>;
    frozen?: unknown;
    frozenFiles?: Record<string, unknown>;
  };
  const fields = new Map<string, string>();
  fields.set('date', String(r.date));
  for (const [file, hash] of Object.entries(r.outputs ?? {})) fields.set(`outputs.${file}`, String(hash));
  if (r.frozen === true) fields.set('frozen', 'true');
  for (const [file, hash] of Object.entries(r.frozenFiles ?? {})) fields.set(`frozenFiles.${file}`, String(hash));
  return fields;
}

/** How one lock file names its entries and their immutable fields. */
export interface LockKind {
  /** The lock's path in the repository, for messages. */
  readonly path: string;
  /** What an entry is, for messages ("dataset version", "figure version"). */
  readonly noun: string;
  /** Entry key → immutable fields, from the lock's text. */
  readonly entries: (text: string) => ReadonlyMap<string, Fields>;
}

export const DATASET_LOCK: LockKind = {
  path: 'data/versions.lock.json',
  noun: 'dataset version',
  entries: (text) =>
    new Map(
      Object.entries(JSON.parse(text) as Record<string, unknown>).map(([key, hash]) => [
        key,
        new Map([['metadata.json sha256', String(hash)]]),
      ]),
    ),
};

export const FIGURE_LOCK: LockKind = {
  path: 'src/figures/figures.lock.json',
  noun: 'figure version',
  entries: (text) =>
    new Map(
      Object.entries((JSON.parse(text) as { figures?: Record<string, unknown> }).figures ?? {}).map(([key, record]) => [
        key,
        immutableFigureFields(record),
      ]),
    ),
};

function safeEntries(kind: LockKind, text: string): ReadonlyMap<string, Fields> | undefined {
  try {
    return kind.entries(text);
  } catch {
    return undefined;
  }
}

const short = (value: string) => (/^[0-9a-f]{64}$/.test(value) ? `${value.slice(0, 12)}…` : value);
const where = (c: CommittedFile) => `commit ${c.commit.slice(0, 10)} (${c.date}, "${c.subject}")`;

/**
 * Problems with the lock as it is now (`current`, the working tree's text) against every committed
 * version of it (`history`, oldest first): a published entry that changed one of its immutable
 * fields or vanished, each naming the entry and the commit that published it. An amendment
 * (./amendments.ts) makes its value the published one; it must match its commit when history has it,
 * and `complete` (not a shallow clone) history must have it. A withdrawn commit (amendments.ts WITHDRAWN: it
 * could not be built) published nothing and is read past; complete history must have it too.
 * @example lockHistoryProblems(FIGURE_LOCK, readFileSync(FIGURE_LOCK.path, 'utf8'), fileHistory(root, FIGURE_LOCK.path).versions) // []
 */
export function lockHistoryProblems(
  kind: LockKind,
  current: string,
  history: readonly CommittedFile[],
  amendments: readonly Amendment[] = [],
  complete = true,
  withdrawn: readonly string[] = [],
): string[] {
  // The first value of every field, and the commit that set it.
  const published = new Map<string, { commit: CommittedFile; fields: Map<string, [string, CommittedFile]> }>();
  for (const version of history) {
    if (withdrawn.includes(version.commit)) continue; // a commit that could not build published nothing
    const entries = safeEntries(kind, version.text);
    if (entries === undefined) continue; // a commit whose lock did not parse published nothing
    for (const [key, fields] of entries) {
      const entry = published.get(key) ?? { commit: version, fields: new Map() };
      published.set(key, entry);
      for (const [field, value] of fields) if (!entry.fields.has(field)) entry.fields.set(field, [value, version]);
    }
  }
  const problems: string[] = [];
  for (const commit of withdrawn)
    if (complete && !history.some((version) => version.commit === commit))
      problems.push(
        `src/history/amendments.ts: withdrawn commit ${commit.slice(0, 10)} is not in the history of ${kind.path}; a withdrawal names a commit that changed the lock.`,
      );
  for (const amendment of amendments.filter((a) => a.lock === kind.path)) {
    const at = history.find((version) => version.commit === amendment.commit);
    const there = at === undefined ? undefined : safeEntries(kind, at.text)?.get(amendment.entry)?.get(amendment.field);
    if ((at !== undefined && there !== amendment.value) || (at === undefined && complete)) {
      problems.push(
        `src/history/amendments.ts: ${amendment.entry} ${amendment.field}: commit ${amendment.commit.slice(0, 10)} ${at === undefined ? 'is not in the history of ' + kind.path : `does not hold ${short(amendment.value)} in ${kind.path}`}; an amendment names the commit that wrote its value.`,
      );
      continue;
    }
    const entry = published.get(amendment.entry);
    if (entry !== undefined)
      entry.fields.set(amendment.field, [
        amendment.value,
        at ?? { commit: amendment.commit, date: 'date unknown', subject: 'an amendment', text: '' },
      ]);
  }
  const now = kind.entries(current);
  for (const [key, { commit, fields }] of published) {
    const fieldsNow = now.get(key);
    if (fieldsNow === undefined) {
      problems.push(
        `${kind.path}: ${kind.noun} ${key} is gone, but ${where(commit)} published it; a published version stays forever: restore its entry and files from that commit.`,
      );
      continue;
    }
    for (const [field, [value, setBy]] of fields) {
      const valueNow = fieldsNow.get(field);
      if (valueNow === value) continue;
      problems.push(
        `${kind.path}: ${kind.noun} ${key} has ${field} ${valueNow === undefined ? 'removed' : short(valueNow)}, but ${where(setBy)} published it as ${short(value)}${setBy === commit ? '' : ` (the version itself was published by ${where(commit)})`}. A published version never changes: restore the entry and its files (\`git show ${setBy.commit.slice(0, 10)}:${kind.path}\`), or publish a new version (a commit not yet pushed may instead be folded into the one it changes: \`git rebase -i\`).`,
      );
    }
  }
  return problems;
}
