/** wall-gap-lag v5: v4's figure whose description says a quantity of one in the singular. */
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { defaultParams } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';

const v4 = getFigure('wall-gap-lag', 4);
const v5 = getFigure('wall-gap-lag', 5);

describe('wall-gap-lag v5', () => {
  it('says "1 month" and "1 point"', () => {
    const params = { ...defaultParams(v5), open_lag: 1, ceiling_rise: 1 };
    const alt = v5.alt(params, v5.table(params, {}));
    expect(alt).toContain('open models 1 month behind');
    expect(alt).toContain('the ceiling rising 1 point a year');
    expect(alt).not.toMatch(/\b1 (months|points|years)\b/);
  });

  it('draws what v4 draws in every state', () => {
    for (const params of wallStates(v5, 10)) {
      const rows = v5.table(params, {});
      const strip = (o: object) => JSON.stringify(o, (k, v) => (typeof v === 'function' ? String(v) : v));
      expect(strip(v5.plot(params, rows, undefined, { width: 320 }))).toBe(
        strip(v4.plot(params, v4.table(params, {}), undefined, { width: 320 })),
      );
    }
  });
});
