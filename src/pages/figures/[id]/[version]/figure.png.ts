import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../lib/figure-routes.ts';
import { svgToPng } from '../../../../lib/figure-png.ts';
import { figureArtifacts } from '../../../../lib/site-figures.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(svgToPng(figureArtifacts(props.spec)['figure.svg']) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png' },
  });
