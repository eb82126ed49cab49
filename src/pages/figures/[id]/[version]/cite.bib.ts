import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { figureVersionCitation } from '../../../../citations/figure.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(`${figureVersionCitation(props.spec).bibtex}\n`, {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
