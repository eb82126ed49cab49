import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { figureArtifacts } from '../../../../figures/publishing/served-files.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(figureArtifacts(props.spec)['params.json'], {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
