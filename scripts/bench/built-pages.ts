/**
 * The pages the benchmark measures: every HTML page built into dist/ (essays,
 * figure permalinks with their frozen versions and embeds, data, parameters,
 * about, index, 404 …), in a stable order, and the essays Lighthouse must cover.
 */
import { builtPages, essayPaths } from '../../tests/support/site-pages.ts';

export function pagesToMeasure(only?: RegExp): string[] {
  return builtPages().filter((path) => !only || only.test(path));
}

/** Every essay, by its /essays/<slug>/ path. */
export function essayPages(): string[] {
  return essayPaths();
}
