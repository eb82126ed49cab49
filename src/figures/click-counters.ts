/**
 * Keys that sites and mail tools add to a shared link to count its clicks (Google Analytics' utm_*, Facebook's
 * fbclid, Google's gclid and dclid, Microsoft's msclkid, Mailchimp's mc_cid and mc_eid): not settings of a view, so
 * a figure ignores them without a notice, which every reader arriving from such a link would otherwise meet.
 *
 * @example isClickCounter('utm_source') // true
 */
const CLICK_COUNTER = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid)$/;

export function isClickCounter(key: string): boolean {
  return CLICK_COUNTER.test(key);
}
