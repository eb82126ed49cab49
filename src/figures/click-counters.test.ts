/** Click counters are told apart from settings by their exact names. */
import { describe, expect, it } from 'vitest';
import { isClickCounter } from './click-counters.ts';

describe('isClickCounter', () => {
  it.each(['utm_source', 'utm_medium', 'utm_campaign', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mc_cid', 'mc_eid'])(
    '%s counts clicks',
    (key) => expect(isClickCounter(key)).toBe(true),
  );

  it.each(['utm', 'g_i', 'fbclid2', 'xutm_source', '__proto__', ''])('%j is no click counter', (key) =>
    expect(isClickCounter(key)).toBe(false),
  );
});
