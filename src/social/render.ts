/** Share cards as PNG responses (build time): the card's SVG through resvg with the site's fonts. */
import { svgToPng } from '../figures/publishing/png.ts';
import { SITE } from '../site.ts';
import type { CardSite } from './card.ts';

export const CARD_SITE: CardSite = { name: SITE.title, host: new URL(SITE.url).host };

export function pngResponse(svg: string): Response {
  return new Response(svgToPng(svg, 1) as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
