/**
 * A link's query as a whole page reads it, before any figure does: the limits that keep a hostile link cheap, and
 * what to say about keys that nothing on the page reads. url-state.ts reads one figure's parameters from the same
 * pairs; the page's notice (components/page-query.ts) says these once for the page.
 *
 * Every text quoted from the URL goes through `quote` (link-text.ts): made printable, cut short and marked as the
 * link's, so the notice shows it apart from the site's words. Notices are plain strings, never markup.
 *
 * @example plainNotice(unknownKeysNotice(['g_l'])) // 'Ignored the link’s unknown parameter “g_l”.'
 */
import { isClickCounter } from './click-counters.ts';
import { quote } from './link-text.ts';

/** Longest query read; the rest is dropped with a notice. */
export const MAX_QUERY_LENGTH = 2048;
/** Most distinct keys read; later keys are dropped with a notice. */
export const MAX_KEYS = 32;
/** Most keys named in a notice that lists keys. */
const MAX_NAMED = 5;

/**
 * The query's pairs, within the limits, and notices for what the limits dropped.
 *
 * @example boundedPairs('?a=1&a=2').pairs // [['a', '1'], ['a', '2']]
 */
export function boundedPairs(query: string | URLSearchParams): { pairs: [string, string][]; notices: string[] } {
  const notices: string[] = [];
  let text = typeof query === 'string' ? query : query.toString();
  if (text.length > MAX_QUERY_LENGTH) {
    notices.push(
      `The link’s settings are ${text.length} characters long; only the first ${MAX_QUERY_LENGTH} were read.`,
    );
    text = text.slice(0, MAX_QUERY_LENGTH);
  }
  const pairs: [string, string][] = [];
  const keys = new Set<string>();
  let droppedKeys = 0;
  for (const [key, value] of new URLSearchParams(text)) {
    if (!keys.has(key)) {
      if (keys.size >= MAX_KEYS) {
        droppedKeys++;
        continue;
      }
      keys.add(key);
    }
    pairs.push([key, value]);
  }
  if (droppedKeys > 0) notices.push(`The link names more than ${MAX_KEYS} settings; ${droppedKeys} more were ignored.`);
  return { pairs, notices };
}

/** The distinct keys of `pairs` that `known` lacks, click counters (utm_source…) left out: they are no setting. */
export function unreadKeys(pairs: readonly (readonly [string, string])[], known: ReadonlySet<string>): string[] {
  return [...new Set(pairs.map(([key]) => key))].filter((key) => !known.has(key) && !isClickCounter(key));
}

/** The first few keys quoted, and how many more: `“a”, “b” and 3 more`. */
function namedKeys(keys: readonly string[]): string {
  const named = keys.slice(0, MAX_NAMED).map(quote);
  const more = keys.length - named.length;
  if (more > 0) return `${named.join(', ')} and ${more} more`;
  return named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : (named[0] ?? '');
}

/**
 * One notice for keys no figure on the page reads, or undefined when there are none.
 *
 * @example plainNotice(unknownKeysNotice(['a', 'b'])) // 'Ignored 2 unknown parameters in the link: “a” and “b”.'
 */
export function unknownKeysNotice(keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  if (keys.length === 1) return `Ignored the link’s unknown parameter ${quote(keys[0]!)}.`;
  return `Ignored ${keys.length} unknown parameters in the link: ${namedKeys(keys)}.`;
}

/**
 * The one sentence for a page that reads no setting (the home page, /parameters/, a dataset's page), or undefined
 * when the link carries none (click counters only).
 *
 * @example plainNotice(noSettingsNotice(['g_i'])) // 'This page has no settings to change, so it ignored the link’s parameter “g_i”.'
 */
export function noSettingsNotice(keys: readonly string[]): string | undefined {
  if (keys.length === 0) return undefined;
  const named = keys.length === 1 ? 'parameter' : 'parameters';
  return `This page has no settings to change, so it ignored the link’s ${named} ${namedKeys(keys)}.`;
}
