import type { APIRoute } from 'astro';
import { figureVersions } from '../../../../figures/registry.ts';
import type { AnyFigureSpec } from '../../../../figures/spec.ts';
import { figureParamsFile } from '../../../../lib/figure-files.ts';

export function getStaticPaths() {
  return figureVersions.map((spec) => ({ params: { id: spec.id, version: `v${spec.version}` }, props: { spec } }));
}

export const GET: APIRoute<{ spec: AnyFigureSpec }> = ({ props, site }) =>
  new Response(figureParamsFile(props.spec, site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
