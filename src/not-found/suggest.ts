/**
 * A suggestion for an address that is not on the site: the page the reader
 * probably meant. Pure, run in the browser on the 404 page against the list of
 * pages the build wrote into it.
 *   /figures/meek-loss-gap/v9/   -> /figures/meek-loss-gap/ (no version 9; the latest)
 *   /figures/meek-los-gap/v2/    -> /figures/meek-loss-gap/v2/ (a typo in the name)
 *   /essays/meek-model           -> /essays/meek-models/
 *   /figures/meek-loss-gap/v08/  -> /figures/meek-loss-gap/v8/
 */

export interface Suggestion {
  readonly href: string;
  /** One sentence saying why, for the reader. */
  readonly reason: string;
}

/** Levenshtein distance, for short strings (slugs and paths). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** A lower-case path with one trailing slash and without index.html, e.g. "/essays/meek-models/". */
export function normalisePath(pathname: string): string {
  let path = pathname;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    // A malformed escape: keep the path as it came.
  }
  path = path
    .toLowerCase()
    .replace(/\/index\.html?$/, '/')
    .replace(/\/{2,}/g, '/');
  return path.endsWith('/') ? path : `${path}/`;
}

const tolerance = (word: string) => Math.max(2, Math.floor(word.length / 4));

function closest(word: string, options: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const distance = editDistance(word, option);
    if (distance < bestDistance || (distance === bestDistance && best !== undefined && option < best)) {
      best = option;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= tolerance(word) ? best : undefined;
}

const SECTIONS: Record<string, string> = { essays: 'essay', figures: 'figure', data: 'dataset' };

export function suggest(pathname: string, knownPaths: readonly string[]): Suggestion | undefined {
  const path = normalisePath(pathname);
  const known = new Set(knownPaths);
  // Hosts match addresses exactly, so "/Essays/Meek-Models" or "//essays/meek-models" is a 404 of a page that exists.
  if (known.has(path)) return pathname === path ? undefined : { href: path, reason: 'This is its exact address.' };
  const [section, slug, version] = path.split('/').filter(Boolean);
  const sectionName = section ? closest(section, Object.keys(SECTIONS)) : undefined;
  if (sectionName && slug) {
    const prefix = `/${sectionName}/`;
    const slugs = [...new Set(knownPaths.filter((p) => p.startsWith(prefix)).map((p) => p.split('/')[2]!))].filter(
      Boolean,
    );
    const name = slugs.includes(slug) ? slug : closest(slug, slugs);
    if (name) {
      const what = SECTIONS[sectionName]!;
      const base = `${prefix}${name}/`;
      // "v08", "v8.0" and "8" mean v8: a version is a whole number (an address with v8 exists or it does not). The
      // reason quotes it back, so only up to four digits count: a link's 300 digits were a wall of them on the page.
      const number = version?.match(/^v?0*(\d{1,4})(?:\.0+)?$/)?.[1];
      const asked = number === undefined ? undefined : `v${number}`;
      const versioned = asked ? `${base}${asked}/` : undefined;
      if (versioned && known.has(versioned))
        return { href: versioned, reason: `The ${what} is “${name}”; this is ${asked} of it.` };
      const versions = knownPaths
        .filter((p) => new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}v\\d+/$`).test(p))
        .map((p) => p.split('/')[3]!);
      if (versioned && versions.length > 0)
        return {
          href: base,
          reason: `The ${what} “${name}” has no ${asked}; it has ${versions.join(', ')}. This address shows the latest.`,
        };
      if (known.has(base))
        return {
          href: base,
          reason: name === slug ? `The ${what} “${name}” is here.` : `The closest ${what} name is “${name}”.`,
        };
    }
  }
  const nearest = closest(path, knownPaths);
  return nearest ? { href: nearest, reason: 'The closest address on this site.' } : undefined;
}
