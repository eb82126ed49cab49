/**
 * The feeds and their stable addresses: essays (new essays and new versions)
 * and figure versions, each as RSS 2.0 and Atom. Every page announces them
 * in its <head> (src/layouts/Base.astro) so feed readers find them.
 */
export interface FeedLink {
  readonly path: string;
  readonly type: 'application/rss+xml' | 'application/atom+xml';
  readonly title: string;
}

export const ESSAYS_RSS = '/feed.xml';
export const ESSAYS_ATOM = '/atom.xml';
export const FIGURES_RSS = '/figures/feed.xml';
export const FIGURES_ATOM = '/figures/atom.xml';

export const FEEDS: readonly FeedLink[] = [
  { path: ESSAYS_RSS, type: 'application/rss+xml', title: 'Open & Closed: essays (RSS)' },
  { path: ESSAYS_ATOM, type: 'application/atom+xml', title: 'Open & Closed: essays (Atom)' },
  { path: FIGURES_RSS, type: 'application/rss+xml', title: 'Open & Closed: figure versions (RSS)' },
  { path: FIGURES_ATOM, type: 'application/atom+xml', title: 'Open & Closed: figure versions (Atom)' },
];
