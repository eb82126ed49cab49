/**
 * Where each page's share image (Open Graph, Twitter card) is served: one PNG
 * per essay, one per figure version, one for every other page. Pure paths, so
 * pages, the image routes and the tests agree.
 */

/** Every share image is this size: the 1.91:1 card Facebook, LinkedIn and X show large. */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

export const siteImagePath = (): string => '/og/site.png';

export const essayImagePath = (slug: string): string => `/og/essays/${slug}.png`;

export const figureImagePath = (id: string, version: number): string => `/og/figures/${id}-v${version}.png`;
