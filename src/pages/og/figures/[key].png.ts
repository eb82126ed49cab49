/** The share card of each figure version: its title and the figure at its defaults (src/social/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { figureVersions } from '../../../figures/registry.ts';
import type { AnyFigureSpec } from '../../../figures/spec.ts';
import { figureArtifacts } from '../../../figures/publishing/served-files.ts';
import { figureCard } from '../../../social/card.ts';
import { CARD_SITE, pngResponse } from '../../../social/render.ts';

export const getStaticPaths = (() =>
  figureVersions.map((spec) => ({
    params: { key: `${spec.id}-v${spec.version}` },
    props: { spec },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: AnyFigureSpec }> = ({ props: { spec } }) =>
  pngResponse(figureCard(CARD_SITE, spec.title, spec.version, figureArtifacts(spec)['figure.svg']));
