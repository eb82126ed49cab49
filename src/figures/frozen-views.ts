/**
 * Frozen versions and reader views. A superseded version serves its frozen
 * bytes. It can still draw a reader's view (`/figures/x/v1/?g_i=4`) only when
 * its spec, run today, reproduces those bytes exactly at its defaults: then
 * the code is proven to be the code that drew it, and it stays live. Otherwise
 * the page says this version cannot show that view and links to the same view
 * on the latest version (live-figure.ts, `frozenView`).
 */
import type { AnyFigureSpec } from './spec.ts';
import { figureArtifacts, isFrozen, renderedNow } from './publishing/served-files.ts';

const cache = new Map<string, boolean>();

/** Whether a frozen version's spec, rendered now at its defaults, gives its frozen SVG and CSV byte for byte. */
export function reproducesFrozen(spec: AnyFigureSpec): boolean {
  if (!isFrozen(spec)) return false;
  const key = `${spec.id}/v${spec.version}`;
  let result = cache.get(key);
  if (result === undefined) {
    const frozen = figureArtifacts(spec);
    const now = renderedNow(spec);
    result = now['figure.svg'] === frozen['figure.svg'] && now['data.csv'] === frozen['data.csv'];
    cache.set(key, result);
  }
  return result;
}
