/** Addresses of figure versions: shared by pages, build scripts and the browser. */
import type { AnyFigureSpec } from './spec.ts';

type VersionRef = Pick<AnyFigureSpec, 'id' | 'version'>;

/** Path of a figure version's permalink, e.g. /figures/meek-loss-gap/v1/. */
export function figurePath(spec: VersionRef): string {
  return `/figures/${spec.id}/v${spec.version}/`;
}

/** Key of a figure version in the lock and the frozen store, e.g. "meek-loss-gap/v1". */
export function figureKey(spec: VersionRef): string {
  return `${spec.id}/v${spec.version}`;
}
