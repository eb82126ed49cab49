import type { APIRoute } from 'astro';
import { figureVersions } from '../../../../figures/registry.ts';
import type { AnyFigureSpec } from '../../../../figures/spec.ts';
import { figureSvgFile } from '../../../../lib/figure-files.ts';

export function getStaticPaths() {
  return figureVersions.map((spec) => ({ params: { id: spec.id, version: `v${spec.version}` }, props: { spec } }));
}

export const GET: APIRoute<{ spec: AnyFigureSpec }> = ({ props }) =>
  new Response(figureSvgFile(props.spec), { headers: { 'Content-Type': 'image/svg+xml' } });
