/**
 * The figure lock (src/figures/figures.lock.json): per figure version, the
 * sha256 of its SVG and CSV and of its inputs. A published version's output
 * never changes; a superseded version is frozen (its files committed under
 * src/figures/frozen/) so its permalink keeps serving exactly what it served.
 */
import type { AnyFigureSpec, FigureData } from '../spec.ts';
import { figureKey } from '../paths.ts';
import {
  FROZEN_FILES,
  lockRecord,
  renderFigureArtifacts,
  type FigureArtifacts,
  type RenderContext,
} from './artifacts.ts';
import { sha256 } from '../../history/provenance.ts';

export type LockRecord = ReturnType<typeof lockRecord> & {
  frozen: boolean;
  /**
   * sha256 of the other files a frozen version serves: params.json (committed
   * beside its SVG and CSV) and figure.png (rasterised from the frozen SVG at
   * build). Recorded when first seen by `npm run figures`; checked by every build.
   */
  frozenFiles?: Partial<Record<'params.json' | 'figure.png', string>>;
};

export interface FigureLock {
  readonly lockfileVersion: 1;
  readonly figures: Record<string, LockRecord>;
}

export const EMPTY_LOCK: FigureLock = { lockfileVersion: 1, figures: {} };

/** Reads frozen files of a version: returns undefined when the version is not frozen. */
export type FrozenReader = (key: string) => FigureArtifacts | undefined;

export interface LockCheck {
  /** Problems that mean a published figure changed or the lock is out of date. */
  readonly problems: string[];
  /** The lock as it should be written (only meaningful when no output changed). */
  readonly lock: FigureLock;
  /** Versions that must be frozen now (superseded, not yet frozen), with their files. */
  readonly toFreeze: Record<string, FigureArtifacts>;
  /**
   * Superseded versions that are not frozen yet and that today's code no longer draws as
   * published: `npm run figures` freezes them from the code at git HEAD (freeze-from-git.ts),
   * after checking that those bytes are the ones the lock records.
   */
  readonly toFreezeFromHistory: string[];
}

/** What to do when a version's output changed: the steps `npm run figures` then completes. */
export const PUBLISH_HINT =
  'Restore the code that drew it, or publish a new version: add v<N+1>.ts beside it, register it in src/figures/registry.ts and run `npm run figures` (it freezes this version from the committed code at git HEAD).';

/** A registered version the lock has never recorded: where it is defined and what to run. */
export function notInLockMessage(key: string): string {
  const [id, version] = key.split('/');
  return `Figure ${key} (src/figures/${id}/${version}.ts) is not in src/figures/figures.lock.json: run \`npm run figures\` to record it and its snapshot.`;
}

/**
 * Compares every registered version with the lock.
 * - The latest version of each figure is rendered; its SVG and CSV must hash as recorded.
 * - A superseded version must be frozen; its frozen files must hash as recorded.
 * - A locked version missing from the registry is an error: published versions stay.
 * Input changes with identical output are recorded (the lock names the code that drew it).
 * - A draft (a version `isPublished` says no to: not in the lock at git HEAD) is rendered and
 *   recorded afresh every time, frozen or not, and may leave the registry: nobody has cited it yet.
 */
export function checkFigureLock(
  specs: readonly AnyFigureSpec[],
  lock: FigureLock,
  readFrozen: FrozenReader,
  context: RenderContext,
  dataFor: (spec: AnyFigureSpec) => FigureData = () => ({}),
  isPublished: (key: string) => boolean = () => true,
): LockCheck {
  const problems: string[] = [];
  const figures: Record<string, LockRecord> = {};
  const toFreeze: Record<string, FigureArtifacts> = {};
  const toFreezeFromHistory: string[] = [];
  const latest = new Map<string, number>();
  for (const spec of specs) latest.set(spec.id, Math.max(latest.get(spec.id) ?? 0, spec.version));

  for (const spec of specs) {
    const key = figureKey(spec);
    const draft = !isPublished(key);
    const recorded = draft ? undefined : lock.figures[key];
    const frozen = draft ? undefined : readFrozen(key);
    const isLatest = latest.get(spec.id) === spec.version;

    if (frozen) {
      if (!recorded) {
        problems.push(`${key} has frozen files but no lock entry.`);
        continue;
      }
      for (const file of ['figure.svg', 'data.csv'] as const) {
        if (sha256(frozen[file]) !== recorded.outputs[file]) {
          problems.push(
            `${key}: frozen ${file} does not match its lock entry. Frozen files must never change; restore them from git.`,
          );
        }
      }
      const params = recorded.frozenFiles?.['params.json'];
      if (params !== undefined && sha256(frozen['params.json']) !== params)
        problems.push(
          `${key}: frozen params.json does not match its lock entry. Frozen files must never change; restore them from git.`,
        );
      figures[key] = {
        ...recorded,
        frozen: true,
        frozenFiles: { ...recorded.frozenFiles, 'params.json': params ?? sha256(frozen['params.json']) },
      };
      continue;
    }

    if (recorded?.frozen) {
      // Frozen files are the published record; today's code cannot stand in for them, even where it
      // still draws the same picture (git holds them: restoring is the author's call, not the build's).
      problems.push(
        `${key} was published frozen, but src/figures/frozen/${key}/ is gone: a published version is served forever; restore it from git.`,
      );
      figures[key] = recorded;
      continue;
    }
    const artifacts = renderFigureArtifacts(spec, context, dataFor(spec));
    const record = lockRecord(spec, artifacts, context.modelSha256Of(spec));
    const changed =
      recorded !== undefined &&
      (['figure.svg', 'data.csv'] as const).some((file) => record.outputs[file] !== recorded.outputs[file]);
    if (changed && !isLatest) {
      // Superseded by a newer version: what it published lives on in git, not in today's code.
      toFreezeFromHistory.push(key);
      figures[key] = { ...recorded, frozen: true };
      continue;
    }
    if (recorded) {
      for (const file of ['figure.svg', 'data.csv'] as const) {
        if (record.outputs[file] !== recorded.outputs[file]) {
          problems.push(
            `${key}: ${file} changed (sha256 ${recorded.outputs[file].slice(0, 12)}… → ${record.outputs[file].slice(0, 12)}…). ${PUBLISH_HINT}`,
          );
        }
      }
    }
    const frozenNow = !isLatest;
    if (frozenNow) toFreeze[key] = artifacts;
    figures[key] = {
      ...record,
      frozen: frozenNow,
      ...(frozenNow ? { frozenFiles: { 'params.json': sha256(artifacts['params.json']) } } : {}),
    };
  }

  for (const key of Object.keys(lock.figures)) {
    if (!(key in figures) && isPublished(key))
      problems.push(`${key} is in the lock but not in the registry. Published versions stay: restore it.`);
  }
  return { problems, lock: { lockfileVersion: 1, figures: sortKeys(figures) }, toFreeze, toFreezeFromHistory };
}

/** Whether two locks record the same thing. */
export function sameLock(a: FigureLock, b: FigureLock): boolean {
  return serializeLock(a) === serializeLock(b);
}

export function serializeLock(lock: FigureLock): string {
  return `${JSON.stringify({ lockfileVersion: lock.lockfileVersion, figures: sortKeys(lock.figures) }, null, 2)}\n`;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

export { FROZEN_FILES };
