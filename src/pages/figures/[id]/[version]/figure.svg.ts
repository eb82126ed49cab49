import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../lib/figure-routes.ts';
import { figureArtifacts } from '../../../../lib/site-figures.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(figureArtifacts(props.spec)['figure.svg'], { headers: { 'Content-Type': 'image/svg+xml' } });
