import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { figureArtifacts } from '../../../../figures/publishing/served-files.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(figureArtifacts(props.spec)['figure.svg'], { headers: { 'Content-Type': 'image/svg+xml' } });
