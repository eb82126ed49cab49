/**
 * The figure registry with a named case added to meek-loss-gap's latest version, for tests of live prose
 * machinery before any published spec declares `cases`: `vi.mock('…/registry.ts', registryWithCases)`.
 * peakShape: 'peaks' when the gap has a finite peak, 'never' when it keeps widening (gₕ = gₐ = 1).
 */
import type { AnyFigureSpec, AnyTableRow, Params } from '../../../src/figures/spec.ts';

type Registry = typeof import('../../../src/figures/registry.ts');

export const PEAK_SHAPE = {
  label: 'Whether the gap peaks',
  options: ['peaks', 'never'],
  compute: (spec: AnyFigureSpec) => (p: Params, rows: readonly AnyTableRow[]) =>
    Number.isFinite(spec.values.peakYearsAfterStart!.compute(p, rows)) ? 'peaks' : 'never',
} as const;

export async function registryWithCases(importOriginal: () => Promise<Registry>): Promise<Registry> {
  const real = await importOriginal();
  const latest = real.getFigure('meek-loss-gap');
  const withCases: AnyFigureSpec = {
    ...latest,
    cases: { peakShape: { label: PEAK_SHAPE.label, options: PEAK_SHAPE.options, compute: PEAK_SHAPE.compute(latest) } },
  };
  const figureVersions = real.figureVersions.map((spec) => (spec === latest ? withCases : spec));
  const versionsOf = (id: string) =>
    figureVersions.filter((spec) => spec.id === id).sort((a, b) => a.version - b.version);
  return {
    ...real,
    figureVersions,
    versionsOf,
    getFigure: (id: string, version?: number) => {
      const versions = versionsOf(id);
      const spec = version === undefined ? versions.at(-1) : versions.find((v) => v.version === version);
      if (!spec) throw new Error(`No figure "${id}"`);
      return spec;
    },
  };
}
