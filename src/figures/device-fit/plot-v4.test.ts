/**
 * device-fit v4 tells every machine apart (plot-v4.ts): over the states a reader reaches, at the widths a page
 * draws it, no two dots of different makers overlap and every machine is in some name; its description says
 * "1 token/s" where v3 said "1 tokens/s". The drawing itself is read in the browser (figure-legibility.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { frameAt, toPixels, type AxisScale } from '../layout/frame.ts';
import { labelOf } from '../edge-data.ts';
import { drawnMachines, sharedName } from './plot-v4.ts';

const spec = getFigure('device-fit');
const data = figureDataFromDisk(spec);
const states = reachableStates([spec], {}, { steps: 4, random: 24, seed: 8 });
const FRAME = { width: 640, height: 400, marginTop: 28, marginRight: 24, marginBottom: 40, marginLeft: 56 };
const X: AxisScale = { domain: [5e9, 3e12], type: 'log' };
const Y: AxisScale = { domain: [0.2, 1e4], type: 'log' };

describe('device-fit v4', () => {
  it('is the latest version', () => expect(spec.version).toBe(4));

  it.each([338, 390, 640])('keeps dots of different makers apart and every machine in a name at %i px', (width) => {
    const frame = frameAt(FRAME, width);
    for (const state of states) {
      const rows = spec.table(figureParams(spec, state.params), data);
      const drawn = drawnMachines(rows, FRAME, X, Y, width, () => 0);
      const px = drawn.map((m) => ({
        vendor: m.vendor,
        x: toPixels(m.x, X, frame.marginLeft, frame.width - frame.marginRight),
        y: toPixels(m.y, Y, frame.height - frame.marginBottom, frame.marginTop),
      }));
      for (const [i, a] of px.entries())
        for (const b of px.slice(i + 1))
          if (a.vendor !== b.vendor) expect(Math.hypot(a.x - b.x, a.y - b.y), state.label).toBeGreaterThanOrEqual(8.9);
      expect(drawn.flatMap((m) => m.names).sort()).toEqual(rows.map(labelOf).sort());
    }
  });

  it('says machines of one maker at one point once, Macs by their chips', () => {
    expect(sharedName(['RTX 3090', 'RTX 4090'])).toBe('RTX 3090 / 4090');
    expect(sharedName(['MacBook Pro M4 Max', 'Mac Studio M4 Max'])).toBe('M4 Max ×2');
    expect(sharedName(['Mac Studio M3 Ultra'])).toBe('M3 Ultra');
    expect(sharedName(['Mac Studio M2 Ultra', 'Mac Studio M3 Ultra'])).toBe('M2 / M3 Ultra');
  });

  it('says a speed of 1 in the singular in its description', () => {
    const texts = states.map((state) => {
      const params = figureParams(spec, state.params);
      return spec.alt(params, spec.table(params, data));
    });
    expect(texts.some((text) => /(?<![\d.,])1 token\/s/.test(text))).toBe(true);
    expect(texts.filter((text) => /(?<![\d.,])1 tokens\b/.test(text))).toEqual([]);
  });
});
