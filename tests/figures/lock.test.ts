/**
 * Published figures never change: every registered version matches the figure
 * lock, superseded versions are frozen, and the lock names current inputs.
 */
import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../src/figures/registry.ts';
import type { AnyFigureSpec, TableRow } from '../../src/figures/spec.ts';
import { renderFigureArtifacts, type FigureArtifacts } from '../../src/figures/publishing/artifacts.ts';
import { EMPTY_LOCK, checkFigureLock, sameLock, type FigureLock } from '../../src/figures/publishing/lock.ts';
import {
  figureDataFromDisk,
  renderContextFromDisk,
  publishedAtHead,
  readFrozen,
  readLock,
} from '../../src/figures/publishing/lock-files.ts';

/** The toy figures below have no version file to follow imports from: their model hash is fixed. */
const context = { ...renderContextFromDisk(), modelSha256Of: () => 'a'.repeat(64) };

describe('the committed figure lock', () => {
  const result = checkFigureLock(
    figureVersions,
    readLock(),
    readFrozen,
    renderContextFromDisk(),
    figureDataFromDisk,
    publishedAtHead(),
  );

  it('matches the output of every published figure version', () => {
    expect(result.problems, result.problems.join('\n')).toEqual([]);
  });

  it('records every version, with current inputs (else run `npm run figures`)', () => {
    expect(
      sameLock(result.lock, readLock()),
      'src/figures/figures.lock.json is out of date: run `npm run figures`',
    ).toBe(true);
  });

  it('has every superseded version frozen (else run `npm run figures`)', () => {
    expect(Object.keys(result.toFreeze)).toEqual([]);
    expect(result.toFreezeFromHistory).toEqual([]);
  });
});

/** A toy figure whose output depends on `level`, to exercise the lock without touching real figures. */
function toySpec(version: number, level: number): AnyFigureSpec {
  return {
    id: 'toy',
    version,
    date: '2026-01-0' + version,
    changes: `version ${version}`,
    title: 'Toy',
    caption: 'A toy figure.',
    params: {
      k: {
        label: 'k',
        symbol: 'k',
        unit: '',
        description: 'k',
        default: 1,
        min: 0,
        max: 2,
        step: 1,
        scale: 'linear',
        source: 'test',
      },
    },
    constants: [],
    datasets: [],
    columns: [{ name: 'x', label: 'x', unit: '', description: 'x', digits: 3 }],
    values: {},
    table: () => [{ x: level }],
    plot: (_p: unknown, rows: readonly TableRow[]) => ({ marks: [], y: { domain: [0, rows[0]?.x ?? 0] } }),
    alt: () => 'toy',
  };
}

describe('checkFigureLock', () => {
  const noneFrozen = () => undefined;

  it('records a new version', () => {
    const { problems, lock } = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context);
    expect(problems).toEqual([]);
    expect(Object.keys(lock.figures)).toEqual(['toy/v1']);
    expect(lock.figures['toy/v1']?.frozen).toBe(false);
  });

  it('refuses a changed output of a published version and says what to do', () => {
    const { lock } = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context);
    const { problems } = checkFigureLock([toySpec(1, 6)], lock, noneFrozen, context);
    expect(problems.join('\n')).toMatch(/toy\/v1: figure\.svg changed .* publish a new version/);
    expect(problems.join('\n')).toMatch(/toy\/v1: data\.csv changed/);
  });

  it('re-records a draft (a version not in the lock at git HEAD) whose output changed, and its frozen files', () => {
    const draft = () => false;
    const { lock } = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context);
    const edited = checkFigureLock([toySpec(1, 6)], lock, noneFrozen, context, undefined, draft);
    expect(edited.problems).toEqual([]);
    expect(edited.lock.figures['toy/v1']?.outputs).not.toEqual(lock.figures['toy/v1']?.outputs);
    // A draft v1 superseded by a draft v2 is frozen from today's code, even over older frozen files.
    const stale = renderFigureArtifacts(toySpec(1, 5), context);
    const two = checkFigureLock([toySpec(1, 6), toySpec(2, 7)], edited.lock, () => stale, context, undefined, draft);
    expect(two.problems).toEqual([]);
    expect(two.toFreeze['toy/v1']).toEqual(renderFigureArtifacts(toySpec(1, 6), context));
    // …and a draft may leave the registry: nobody can have cited it.
    expect(checkFigureLock([], two.lock, noneFrozen, context, undefined, draft).problems).toEqual([]);
  });

  it('still refuses a changed published version beside a draft', () => {
    const { lock } = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context);
    const isPublished = (key: string) => key === 'toy/v1';
    const { problems } = checkFigureLock(
      [toySpec(1, 6), toySpec(2, 6)],
      lock,
      noneFrozen,
      context,
      undefined,
      isPublished,
    );
    expect(problems).toEqual([]); // v1 is superseded: frozen from git, not refused
    const latest = checkFigureLock([toySpec(1, 6)], lock, noneFrozen, context, undefined, isPublished);
    expect(latest.problems.join('\n')).toMatch(/toy\/v1: figure\.svg changed .* publish a new version/);
  });

  it('refuses a published version that disappeared from the registry', () => {
    const { lock } = checkFigureLock([toySpec(1, 5), toySpec(2, 6)], EMPTY_LOCK, noneFrozen, context);
    expect(checkFigureLock([toySpec(2, 6)], lock, noneFrozen, context).problems).toEqual([
      'toy/v1 is in the lock but not in the registry. Published versions stay: restore it.',
    ]);
  });

  it('records new inputs when the output is identical', () => {
    const { lock } = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context);
    const next = checkFigureLock([toySpec(1, 5)], lock, noneFrozen, {
      ...context,
      modelSha256Of: () => 'f'.repeat(64),
    });
    expect(next.problems).toEqual([]);
    expect(next.lock.figures['toy/v1']?.inputs.model).toBe('f'.repeat(64));
    expect(sameLock(next.lock, lock)).toBe(false);
  });

  it('freezes a superseded version, then serves its frozen bytes even after the code behind it changes', () => {
    const v1 = toySpec(1, 5);
    const first: FigureLock = checkFigureLock([v1], EMPTY_LOCK, noneFrozen, context).lock;
    const published = checkFigureLock([v1, toySpec(2, 7)], first, noneFrozen, context);
    expect(published.problems).toEqual([]);
    expect(Object.keys(published.toFreeze)).toEqual(['toy/v1']);
    expect(published.lock.figures['toy/v1']?.frozen).toBe(true);

    const store: Record<string, FigureArtifacts> = { ...published.toFreeze };
    const read = (key: string) => store[key];
    // The model drifts: v1's spec would now draw something else, but v1 is frozen.
    const later = checkFigureLock([toySpec(1, 99), toySpec(2, 7)], published.lock, read, context);
    expect(later.problems).toEqual([]);
    expect(store['toy/v1']).toEqual(renderFigureArtifacts(v1, context));
  });

  it('leaves a superseded version that the code no longer draws to be frozen from git, not refused', () => {
    const first = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context).lock;
    // The author changed the shared code (v1 now draws 6) and added v2: v1's published bytes live in git.
    const next = checkFigureLock([toySpec(1, 6), toySpec(2, 6)], first, noneFrozen, context);
    expect(next.problems).toEqual([]);
    expect(next.toFreezeFromHistory).toEqual(['toy/v1']);
    expect(next.toFreeze).toEqual({});
    expect(next.lock.figures['toy/v1']).toEqual({ ...first.figures['toy/v1'], frozen: true });
  });

  it('still refuses a changed latest version, saying how to publish the change', () => {
    const first = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context).lock;
    const { problems } = checkFigureLock([toySpec(1, 6)], first, noneFrozen, context);
    expect(problems[0]).toMatch(
      /add v<N\+1>\.ts beside it, register it in src\/figures\/registry\.ts and run `npm run figures`/,
    );
  });

  it('detects tampering with frozen files', () => {
    const first = checkFigureLock([toySpec(1, 5)], EMPTY_LOCK, noneFrozen, context).lock;
    const published = checkFigureLock([toySpec(1, 5), toySpec(2, 7)], first, noneFrozen, context);
    const tampered = { ...published.toFreeze['toy/v1']!, 'data.csv': 'x\n1\n' };
    const { problems } = checkFigureLock(
      [toySpec(1, 5), toySpec(2, 7)],
      published.lock,
      (key) => (key === 'toy/v1' ? tampered : undefined),
      context,
    );
    expect(problems).toEqual([
      'toy/v1: frozen data.csv does not match its lock entry. Frozen files must never change; restore them from git.',
    ]);
  });
});
