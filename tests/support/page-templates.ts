/**
 * The page templates of the site: which route (src/pages) a built page comes from, so a check that is
 * costly per page (axe in four theme × width combinations) can run every page once and one page of each
 * template in all four (issue 22 §5). A figure version's pages count twice: the latest version is live
 * (island, controls), a superseded one is usually frozen, and their markup differs. Every essay counts as
 * its own template: essays are where the components differ most from page to page.
 *
 * @example
 *   templateOf('/figures/meek-loss-gap/v1/embed/')   // '/figures/<name>/v<n>/embed/ (superseded)'
 *   templatePages(['/', '/figures/', '/figures/a/', '/figures/b/'])   // ['/', '/figures/', '/figures/a/']
 */
import { figureIds, getFigure } from '../../src/figures/registry.ts';

/** The template of a page's URL path: its route with the essay, figure or dataset name and the version left out. */
export function templateOf(path: string): string {
  const version = /^\/figures\/([^/]+)\/v(\d+)\/(.*)$/.exec(path);
  if (version) {
    const [, id, number, rest] = version;
    const latest = figureIds().includes(id!) && getFigure(id!).version === Number(number);
    return `/figures/<name>/v<n>/${rest} (${latest ? 'latest' : 'superseded'})`;
  }
  if (/^\/essays\/[^/]+\/$/.test(path)) return path;
  return path.replace(/^\/(figures|data)\/[^/]+\//, '/$1/<name>/').replace(/\/v\d+\//, '/v<n>/');
}

/** The first page of each template among `pages`, in their order. */
export function templatePages(pages: readonly string[]): string[] {
  const seen = new Set<string>();
  return pages.filter((path) => {
    const template = templateOf(path);
    if (seen.has(template)) return false;
    seen.add(template);
    return true;
  });
}
