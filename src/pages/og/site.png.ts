/** The share card of every page that has no card of its own (src/social/). */
import type { APIRoute } from 'astro';
import { siteCard } from '../../social/card.ts';
import { CARD_SITE, pngResponse } from '../../social/render.ts';
import { SITE } from '../../site.ts';

export const GET: APIRoute = () => pngResponse(siteCard(CARD_SITE, SITE.tagline));
