/**
 * Published lock entries that were rewritten before their history was checked
 * (lock-history.ts, 2026-12-06), accepted as they stand. All were made on
 * 2026-11-23, the day those versions were added, while the first figures and
 * datasets were merged from parallel branches. Append only: a line here is a
 * deliberate, reviewed exception, never a quiet rewrite; each names the lock,
 * the entry, the immutable field, the value it holds since, the commit that
 * wrote that value (checked against history when the clone has it) and why.
 */

/** One accepted rewrite of a published lock entry's immutable field. */
export interface Amendment {
  /** The lock file, as in lock-history.ts (DATASET_LOCK.path or FIGURE_LOCK.path). */
  readonly lock: string;
  /** The entry ("estimates v2", "wall-glut/v1"). */
  readonly entry: string;
  /** The immutable field ("outputs.data.csv", "metadata.json sha256"). */
  readonly field: string;
  /** The value it holds since the amendment. */
  readonly value: string;
  /** The commit (40 hex digits) whose lock first holds that value. */
  readonly commit: string;
  /** Why it was accepted. */
  readonly why: string;
}

export const AMENDMENTS: readonly Amendment[] = [
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'open-closed-compute/v2',
    field: 'outputs.figure.svg',
    value: '10bde38e6db266fbed1db37c66184143efdd283dfde396203c86595f8de17873',
    commit: 'c33d754cb9ae4ce87e0d9da5b24c1a1dee761c56',
    why: 're-recorded when estimates v2 was merged: v2 was still unpublished on main, developed on two branches at once',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'device-fit/v1',
    field: 'outputs.data.csv',
    value: '4b2b2f5cc7d5f95f8a37891988330e44679bbe9c6940418637b6ea1f537151e1',
    commit: '5d6f8a776494423654e6f7334b7652311baaddd4',
    why: 'row labels made non-enumerable and vendor a declared column, the day it was added',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'wall-gap-lag/v1',
    field: 'outputs.figure.svg',
    value: '603175440368cc99f6a85d78ced1bf1c4f0b4232e8666d6157715baf43742e18',
    commit: '1f501a9e2aad4c858284276fd773a77bda3f642a',
    why: 're-recorded at a merge of the compute-lag parameter from estimates v2, the day it was added',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'memo-costs/v1',
    field: 'outputs.figure.svg',
    value: '5dbbc924ff9b043b16648e9a630f7966843f7974ee795306b07aab6741bdcbb9',
    commit: '85d5bf84fa2c0aeac11f16c987690e0cc7afd5e3',
    why: 'memo line drawn without Plot for lighter islands, the day it was added',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'open-closed-benchmark-lag/v1',
    field: 'outputs.figure.svg',
    value: 'e12ea25eed9a9a793f9d4c19455baaeb8ed56a99a480d4b4e22a05fac38a7fe5',
    commit: '3de4ec1b45e23c4a18c35781a88a2a85d2ed5bef',
    why: 'median counts unmatched records as still running (Kaplan–Meier), the day it was added',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'wall-gap-lag/v1',
    field: 'outputs.data.csv',
    value: 'e1acb2d91cfd1a9b0149a2988e006855dd9dd438a8355a75331ae1f84c5f0b1e',
    commit: 'b826070cbee55575036d5390be8dbe8a1aca9f47',
    why: 'the lag search moves forward instead of restarting, the day it was added',
  },
  {
    lock: 'src/figures/figures.lock.json',
    entry: 'wall-glut/v1',
    field: 'outputs.data.csv',
    value: '51e970791b042b1aa71614c064e6ef70ebd5c6622e33cfa31d315dc27e28595b',
    commit: 'b826070cbee55575036d5390be8dbe8a1aca9f47',
    why: 'the lag search moves forward instead of restarting, the day it was added',
  },
  {
    lock: 'data/versions.lock.json',
    entry: 'estimates v2',
    field: 'metadata.json sha256',
    value: '155716dffaad54098352dc731506c7b521af2fde5da7f07efb9f4db2cc806784',
    commit: '14ad46b3c559f8931270e134329ccc8a100708e0',
    why: 'rebuilt the day it was added: source title as Epoch AI prints it; table column widths',
  },
];

/**
 * A commit whose lock published nothing, because the commit itself could not be built: nothing it recorded was
 * ever served, so the history check reads past it (as it reads past a lock that does not parse). Append only,
 * each with the lock, the commit (40 hex digits) and why it could not have been served.
 */
export interface WithdrawnCommit {
  readonly lock: string;
  readonly commit: string;
  readonly why: string;
}

export const WITHDRAWN: readonly WithdrawnCommit[] = [
  {
    lock: 'src/figures/figures.lock.json',
    commit: '1c86e886e61d7db8472d0b8a73ca94edade64014',
    why:
      'a meek essay change that carried an unfinished open-bets v4 by mistake: its lock froze open-bets v3 and ' +
      'recorded a v4, but its registry imported open-bets/v4.ts, which the commit did not contain, so it could not ' +
      'build; b1ad8f6 took the draft back 20 minutes later, before any build or deployment',
  },
];
