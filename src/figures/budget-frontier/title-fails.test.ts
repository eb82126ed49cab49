import { describe, expect, it } from 'vitest';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { defaultParams, type Params } from '../spec.ts';
import { frontierBill, anchorOf, type Key } from './anchor.ts';
import spec from './v3.ts';

const data = figureDataFromDisk(spec);

describe('budget-frontier: where its title fails', () => {
  it('says so when neither hardware nor algorithms improve, and only then', () => {
    const flat = { ...defaultParams(spec), g_h: 1, g_a: 1 };
    expect(spec.titleFails!(flat, spec.table(flat, data))).toBe(
      'Neither hardware nor algorithms improve at these settings, so the capability of the 2025 frontier never gets cheaper: a budget that cannot pay for it now never will.',
    );
    const slow = { ...flat, g_a: 1.01 };
    expect(spec.titleFails!(slow, spec.table(slow, data))).toBeUndefined();
  });

  it('never needs to say the bill does not climb: it climbs in every reachable state', () => {
    for (const state of reachableStates([spec])) {
      const p = figureParams(spec, state.params) as Params<Key>;
      const anchor = anchorOf(spec.table(p, data));
      expect(frontierBill(anchor, p, 2030)).toBeGreaterThan(frontierBill(anchor, p, 2026));
    }
  });
});
