import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { viewCitationTemplate } from '../../../../figures/view-citation-template.ts';

export const getStaticPaths = figureVersionPaths;

/** Templates for "Cite this view" (components/view-citation.ts fills them in the browser). */
export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(`${JSON.stringify(viewCitationTemplate(props.spec))}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
