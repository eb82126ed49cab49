/**
 * Kaplan–Meier against a worked textbook example: the 6-mercaptopurine arm of
 * Freireich et al. (1963, Blood 21:699–716), weeks in remission of 21
 * leukaemia patients, 12 of them censored, the data survival texts use to
 * introduce the estimator (e.g. Klein & Moeschberger, Survival Analysis, 2003,
 * ch. 4; Kleinbaum & Klein, Survival Analysis: A Self-Learning Text, ch. 2).
 *
 * Worked by hand: S(6) = 18/21 = 0.857, S(7) = 0.857·16/17 = 0.807,
 * S(10) = ·14/15 = 0.753, S(13) = ·11/12 = 0.690, S(16) = ·10/11 = 0.627,
 * S(22) = ·6/7 = 0.538, S(23) = ·5/6 = 0.448, so the median is 23 weeks.
 * Greenwood: se(S(13)) = 0.1068, so on the log scale se = 0.1068/0.690 = 0.155
 * and the 95% band's lower edge 0.690·e^(−1.96·0.155) = 0.509 is still above
 * 1/2; at 16 weeks it is 0.627·e^(−1.96·0.182) = 0.439, so the interval starts
 * at 16. The upper edge at 23 weeks, 0.448·e^(1.96·0.300) = 0.81, never comes
 * down to 1/2: the upper end is not reached. (R: survfit(Surv(time, status) ~ 1)
 * prints median 23, 0.95LCL 16, 0.95UCL NA for these data.)
 */
import { describe, expect, it } from 'vitest';
import { kaplanMeier, kaplanMeierMedian, normalQuantile } from './kaplan-meier.ts';

const events = [6, 6, 6, 7, 10, 13, 16, 22, 23];
const censored = [6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35];
const mp6 = [...events.map((time) => ({ time, event: true })), ...censored.map((time) => ({ time, event: false }))];

describe('Kaplan–Meier on the 6-MP remission data', () => {
  const curve = kaplanMeier(mp6);

  it('steps at each distinct event time with the textbook risk sets', () => {
    expect(curve.map((s) => s.time)).toEqual([6, 7, 10, 13, 16, 22, 23]);
    expect(curve.map((s) => s.atRisk)).toEqual([21, 17, 15, 12, 11, 7, 6]);
    expect(curve.map((s) => s.events)).toEqual([3, 1, 1, 1, 1, 1, 1]);
  });

  it('gives the tabulated survival and Greenwood standard errors', () => {
    const survival = [0.857, 0.807, 0.753, 0.69, 0.627, 0.538, 0.448];
    const standardError = [0.0764, 0.0869, 0.0963, 0.1068, 0.1141, 0.1282, 0.1346];
    curve.forEach((step, i) => {
      expect(step.survival).toBeCloseTo(survival[i]!, 3);
      expect(step.survival * Math.sqrt(step.greenwood)).toBeCloseTo(standardError[i]!, 4);
    });
  });

  it('has median 23 weeks, 95% interval from 16 weeks, upper end not reached', () => {
    expect(kaplanMeierMedian(curve, 0.95)).toEqual({ median: 23, low: 16, high: Infinity, level: 0.95 });
  });
});

describe('edge cases', () => {
  it('with no censoring, the median is the ordinary sample median (odd n)', () => {
    const curve = kaplanMeier([5, 1, 4, 2, 3].map((time) => ({ time, event: true })));
    expect(kaplanMeierMedian(curve, 0.9).median).toBe(3);
  });

  it('counts S(t) = 1/2 exactly as reaching the median', () => {
    const curve = kaplanMeier([1, 2, 3, 4].map((time) => ({ time, event: true })));
    expect(curve[1]!.survival).toBe(0.5);
    expect(kaplanMeierMedian(curve, 0.9).median).toBe(2);
  });

  it('is "not reached" when fewer than half the subjects ever have the event', () => {
    const curve = kaplanMeier([
      { time: 1, event: true },
      { time: 5, event: false },
      { time: 6, event: false },
    ]);
    expect(kaplanMeierMedian(curve, 0.9)).toMatchObject({ median: Infinity, high: Infinity });
  });

  it('dropping the censored biases the median low', () => {
    const observations = [
      { time: 1, event: true },
      { time: 2, event: true },
      { time: 3, event: false },
      { time: 4, event: false },
      { time: 5, event: true },
    ];
    const withCensoring = kaplanMeierMedian(kaplanMeier(observations), 0.9).median;
    const matchedOnly = kaplanMeierMedian(kaplanMeier(observations.filter((o) => o.event)), 0.9).median;
    expect(matchedOnly).toBe(2);
    expect(withCensoring).toBe(5);
  });

  it('rejects negative or non-finite times', () => {
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: NaN, event: true }])).toThrow(RangeError);
  });

  it('uses the normal quantiles of the usual levels', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.95)).toBeCloseTo(1.644854, 6);
    expect(normalQuantile(0.005)).toBeCloseTo(-2.575829, 6);
  });
});
