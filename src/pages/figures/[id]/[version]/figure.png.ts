import type { APIRoute } from 'astro';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { svgToPng } from '../../../../figures/publishing/png.ts';
import { figureArtifacts } from '../../../../figures/publishing/served-files.ts';

export const getStaticPaths = figureVersionPaths;

export const GET: APIRoute<FigureVersionProps> = ({ props }) =>
  new Response(svgToPng(figureArtifacts(props.spec)['figure.svg']) as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png' },
  });
