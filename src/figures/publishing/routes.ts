/** Static paths shared by every per-version figure route (/figures/<id>/v<N>/...). */
import { figureVersions } from '../registry.ts';
import type { AnyFigureSpec } from '../spec.ts';

export interface FigureVersionProps {
  spec: AnyFigureSpec;
}

export function figureVersionPaths() {
  return figureVersions.map((spec) => ({
    params: { id: spec.id, version: `v${spec.version}` },
    props: { spec } satisfies FigureVersionProps,
  }));
}
