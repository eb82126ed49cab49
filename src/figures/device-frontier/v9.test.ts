/** device-frontier v9: no machine's dot with its middle under another maker's; elsewhere v8's drawing. */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { reachableStates } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { defaultParams, type Params, type TableRow } from '../spec.ts';
import { labelOf } from '../edge-data.ts';
import { nestedRadius } from '../nested-dots.ts';
import { LONE_RADIUS, pointOf } from './machine-dots.ts';
import { sideBySide, type Pixels } from './side-by-side.ts';
import { NAMED_V7 } from './machine-names.ts';
import { DEVICE } from './frontier.ts';

const v8 = getFigure('device-frontier', 8);
const v9 = getFigure('device-frontier', 9);
const data = figureDataFromDisk(v9);
type Mark = { ariaLabel?: string; data?: TableRow[] };
/** Every machine dot drawn: its name, release year as drawn and frontier year. */
const dotsAt = (spec: typeof v9, params: Params, width: number) =>
  (spec.plot(params, spec.table(params, data), undefined, { width }).marks as Mark[])
    .filter((m) => m.ariaLabel === 'dot')
    .flatMap((m) => m.data!)
    .filter((r) => r.series === DEVICE)
    .map((r) => `${labelOf(r)} ${r.year} ${r.matched_year}`);
const states = reachableStates([v9], {}, { steps: 2, random: 4, seed: 19 }).map((s) => s.params);
/** A 338 px drawing's scales (a 390 px phone's column), as plot.ts sets them: 48 px left, 16 right, 2019.5–2031.5. */
const phone: Pixels = {
  x: (year) => 48 + ((year - 2019.5) / 12) * (338 - 64),
  y: (matched) => 300 - ((matched - 2018) / 14) * 272,
  left: 48,
  right: 322,
};

describe('device-frontier v9', () => {
  it('draws v8’s dots where none covers another’s middle: 1280 px wide, in every state', () => {
    for (const params of states) expect(dotsAt(v9, params, 1280)).toEqual(dotsAt(v8, params, 1280));
  });

  it('keeps every dot’s middle clear of dots of another maker, in every state on a phone', () => {
    for (const params of states) {
      const machines = v9.table(params, data).filter((r) => r.series === DEVICE);
      const moved = sideBySide(machines, phone, NAMED_V7);
      const points = new Map<string, TableRow[]>();
      for (const m of moved) points.set(pointOf(m), [...(points.get(pointOf(m)) ?? []), m]);
      const dots = [...points.values()].map((rows) => ({
        x: phone.x(rows[0]!.year!),
        y: phone.y(rows[0]!.matched_year!),
        r: new Set(rows.map((m) => m.vendor)).size > 1 ? nestedRadius(0) : LONE_RADIUS,
        outside: Math.min(...rows.map((m) => m.vendor!)),
      }));
      for (const a of dots)
        for (const b of dots)
          if (a !== b && a.outside !== b.outside)
            expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(Math.max(a.r, b.r) + 1 - 1e-9);
    }
  });

  it('moves the M3 Ultra’s dot out from under the shared point on a phone at 10¹¹ tokens, and nothing else', () => {
    const params = { ...defaultParams(v9), training_tokens: 1e11 };
    const machines = v9.table(params, data).filter((r) => r.series === DEVICE);
    const moved = sideBySide(machines, phone, NAMED_V7);
    const changed = moved.filter((m, i) => m.year !== machines[i]!.year).map(labelOf);
    expect(changed).toEqual([expect.stringContaining('M3 Ultra')]);
    expect(moved.map((m) => m.matched_year)).toEqual(machines.map((m) => m.matched_year));
  });
});
