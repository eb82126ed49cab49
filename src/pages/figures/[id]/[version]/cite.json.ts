import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { figureVersionCitation } from '../../../../citations/figure.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(`${figureVersionCitation(props.spec).cslJson}\n`, {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
