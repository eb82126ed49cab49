import type { APIRoute } from 'astro';
import { figurePath } from '../../../../figures/paths.ts';
import { figureVersionPaths, type FigureVersionProps } from '../../../../figures/publishing/routes.ts';
import { SITE } from '../../../../site.ts';
import { attributeText } from '../../../../security/attribute-text.ts';

export const getStaticPaths = figureVersionPaths;

/** Embed size in CSS pixels: the figure (640 × 380) plus its controls and caption. */
const WIDTH = 680;
const HEIGHT = 720;

/** oEmbed 1.0 "rich" response (https://oembed.com/), discovered from the permalink page. */
export const GET: APIRoute<FigureVersionProps> = ({ props: { spec } }) => {
  const base = new URL(figurePath(spec), SITE.url).href;
  const title = `${spec.title} (${SITE.title}, figure ${spec.id} v${spec.version})`;
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE.title,
    provider_url: new URL('/', SITE.url).href,
    width: WIDTH,
    height: HEIGHT,
    html: `<iframe src="${base}embed/" width="${WIDTH}" height="${HEIGHT}" title="${attributeText(title)}" loading="lazy" style="border:0;max-width:100%"></iframe>`,
    thumbnail_url: `${base}figure.png`,
    thumbnail_width: 1920,
    thumbnail_height: 1140,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed' } });
};
