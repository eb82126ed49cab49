/**
 * The pages the benchmark measures: every HTML page built into dist/ (essays,
 * figure permalinks with their frozen versions and embeds, data, parameters,
 * about, index, 404 …), in a stable order, and the essays Lighthouse must cover.
 */
import { builtPages, essayPaths } from '../../tests/support/site-pages.ts';

export function pagesToMeasure(only?: RegExp): string[] {
  return builtPages().filter((path) => !only || only.test(path));
}

/**
 * Pages whose figures' redraw is timed: every essay (where figures sharing a
 * key redraw together) and every version's permalink (each live figure on its
 * own). The latest alias and the embed draw the same figure with the same code,
 * and timing them again would only multiply the run on a shared machine.
 */
export const timesRedraw = (path: string): boolean =>
  /^\/essays\/[^/]+\/$/.test(path) || /^\/figures\/[^/]+\/v\d+\/$/.test(path);

/** Every essay, by its /essays/<slug>/ path. */
export function essayPages(): string[] {
  return essayPaths();
}
