import { describe, expect, it } from 'vitest';
import { defaultParams } from '../spec.ts';
import { meekCases, within } from './cases.ts';
import { describeLossGap } from './describe.ts';
import v4 from './v4.ts';

const base = defaultParams(v4);
const at = (over: Partial<typeof base>) => {
  const params = { ...base, ...over };
  const rows = v4.table(params, {});
  const option = (name: string) => v4.cases![name]!.compute(params, rows);
  return { params, rows, option };
};

describe('meek-loss-gap v4 cases', () => {
  it('tells the four shapes of the gap apart', () => {
    expect(at({}).option('peakShape')).toBe('peaks');
    expect(at({ g_h: 1, g_a: 1 }).option('peakShape')).toBe('never');
    expect(at({ lead: 1e6 }).option('peakShape')).toBe('shrinking');
    // Slow shared progress and a small exponent push the peak past the figure's twenty years.
    expect(at({ g_h: 1, g_a: 1.02, alpha: 0.05 }).option('peakShape')).toBe('later');
  });

  it('knows when no head start makes the gap shrink, and when $1B is less than the meek budget', () => {
    expect(at({}).option('headStartThreshold')).toBe('exists');
    expect(at({ g_h: 1, g_a: 1 }).option('headStartThreshold')).toBe('none');
    expect(at({}).option('billionHeadStart')).toBe('ahead');
    expect(at({ budget: 1e10 }).option('billionHeadStart')).toBe('behind');
  });

  it('says where the frontier leaves the fitted range and whether it ends beyond it', () => {
    expect(at({}).option('fitExit')).toBe('during');
    expect(at({}).option('fitAtEnd')).toBe('beyond');
    expect(at({ lead: 1e6 }).option('fitExit')).toBe('atStart');
    expect(at({ g_i: 1.1, g_h: 1, g_a: 1 }).option('fitExit')).toBe('after');
    expect(at({ g_i: 1.1, g_h: 1, g_a: 1 }).option('fitAtEnd')).toBe('inside');
  });

  it('places the meek actor against the regulatory threshold', () => {
    expect(at({}).option('meekThreshold')).toBe('during');
    expect(at({ budget: 1e10 }).option('meekThreshold')).toBe('atStart');
    expect(at({ g_h: 1, g_a: 1 }).option('meekThreshold')).toBe('after');
  });

  it('says whether a few pages tell the models apart at the end', () => {
    expect(at({}).option('tellApart')).toBe('short');
    expect(at({ alpha: 0.4, budget: 1e10 }).option('tellApart')).toBe('long');
  });

  it('only ever returns a declared option', () => {
    for (const over of [{}, { g_h: 1, g_a: 1 }, { lead: 1e7 }, { g_i: 10, alpha: 0.4 }, { g_i: 1.1, alpha: 0.05 }])
      for (const [name, definition] of Object.entries(meekCases('paper-start')))
        expect(definition.options).toContain(at(over).option(name));
  });

  it('places years before, inside or after the figure', () => {
    expect(within(-1)).toBe('atStart');
    expect(within(0)).toBe('atStart');
    expect(within(3.3)).toBe('during');
    expect(within(25)).toBe('after');
    expect(within(Infinity)).toBe('after');
  });
});

describe('meek-loss-gap v4 description', () => {
  it('reads as whole sentences in every case, with plain years', () => {
    for (const over of [{}, { g_h: 1, g_a: 1 }, { lead: 1e6 }, { g_h: 1, g_a: 1.02, alpha: 0.05 }]) {
      const { params, rows } = at(over);
      const text = describeLossGap(params, rows, 'paper-start');
      expect(text).not.toMatch(/NaN|∞|Infinity|undefined|\d,\d{3}\b(?! )|\b(\w+) \1\b/);
      expect(text).toMatch(/\.$/);
    }
    expect(describeLossGap(at({}).params, at({}).rows, 'paper-start')).toMatch(
      /peaks in 2028 at 0\.15 nats per token.*turns dotted in 2026/,
    );
  });

  it('says from v9 that the fitted range is the runs the law is known to have been fitted on, in each exit case', () => {
    const says = (over: Parameters<typeof at>[0], fitKnown: boolean) =>
      describeLossGap(at(over).params, at(over).rows, 'paper-start', fitKnown).split('. ').at(-1);
    expect(says({}, false)).toBe(
      'The frontier’s line turns dotted in 2026, where its compute passes the largest run the loss law was fitted on.',
    );
    expect(says({}, true)).toBe(
      'The frontier’s line turns dotted in 2026, where its compute passes the largest run the loss law is known to have been fitted on.',
    );
    expect(says({ lead: 1e6 }, true)).toMatch(
      /^The frontier starts beyond the largest run the loss law is known to have been fitted on/,
    );
  });
});
