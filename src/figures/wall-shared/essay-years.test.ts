/**
 * The wall essay types its race's years about 50 times: "in 2025 and in 2035", "a quarter of its 2025 size",
 * "before 2045". They are the code's: the race starts in START_YEAR, the gap-lag and glut figures ask about their
 * target year, wall-capability-curve draws its later curve in its later year, and the race ends HORIZON_YEARS on;
 * "a quarter" is CLOSED_SHARE. A new start year or target would leave the essay saying one year and the figures
 * showing another, so this test reads the essay and fails when any typed year is not one of the code's, apart from
 * the few that report a source or a dataset (listed below with their words, so each is read, not skipped).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../registry.ts';
import { TARGET_YEAR } from '../wall-gap-lag/figure.ts';
import { CLOSED_SHARE, HORIZON_YEARS, START_YEAR } from './race.ts';

const SOURCE = readFileSync('src/content/essays/peak-capabilities-wall.mdx', 'utf8');
/** The essay as a reader meets it: body only, tags and citation keys out, one space between words. */
const ESSAY = SOURCE.split('---')
  .slice(2)
  .join('---')
  .replace(/\[@[^\]]*\]/g, '')
  .replace(/<[^>]*>/g, '')
  .replace(/\s+/g, ' ');

/** Years about sources or data, not the race: each with the words it stands in. */
const NOT_THE_RACE = [
  /behind in (2024), in both training compute/, // Epoch AI's 2024 finding
  /and in (2026), on its composite capability index/, // Epoch AI's 2026 index
  /evaluations to late (2025), as published/, // the benchmark-lag dataset's last records
  /records set since the start of (2025) it is/, // a DataClaim's window (tied by data-claim-window.test.ts)
  /a record set in the autumn of (2025) cannot/, // why the newest records' lags are short
  /the frontier of (2030) is not served by the frontier of (2029)\./, // an example of a moving target
];

/** The year in a value's label: "Gap in 2035, gradual wall" → 2035. */
const labelYear = (figure: string, value: string) =>
  Number(/\b(\d{4})\b/.exec(getFigure(figure).values[value]!.label)![1]);

describe('the wall’s typed years are its figures’', () => {
  const race = new Set([START_YEAR, TARGET_YEAR, START_YEAR + HORIZON_YEARS].map(String));

  it('the figures ask about the same later year', () => {
    expect(labelYear('wall-capability-curve', 'gapLater')).toBe(TARGET_YEAR);
    expect(labelYear('wall-glut', 'gapGradualTarget')).toBe(TARGET_YEAR);
    expect(labelYear('wall-gap-lag', 'gapTarget')).toBe(TARGET_YEAR);
  });

  it('every typed year is the race’s start, its target or its end, or a source’s', () => {
    let text = ESSAY;
    for (const pattern of NOT_THE_RACE) {
      expect(pattern.test(text), `the essay no longer says ${pattern}`).toBe(true);
      text = text.replace(pattern, '…');
    }
    const typed = [...text.matchAll(/\b(1[89]\d\d|20\d\d)\b/g)].map((m) => m[1]!);
    expect(typed.length).toBeGreaterThanOrEqual(40);
    expect(typed.filter((y) => !race.has(y))).toEqual([]);
    for (const year of race) expect(typed).toContain(year);
  });

  it('each year plays its part: the start, the year asked about, the end', () => {
    const all = (pattern: RegExp) => [...ESSAY.matchAll(pattern)].flatMap((m) => m.slice(1).filter(Boolean));
    const pairs = [...ESSAY.matchAll(/\bin (\d{4}),? (?:and|to|but only)\b[^.]{0,30}? in (\d{4})\b/g)];
    expect(pairs.length).toBeGreaterThanOrEqual(10);
    expect(new Set(pairs.map((m) => `${m[1]}–${m[2]}`))).toEqual(new Set([`${START_YEAR}–${TARGET_YEAR}`]));
    const starts = all(/of its (\d{4}) size|than it was in (\d{4})|below the (\d{4}) frontier/g);
    expect(starts.length).toBeGreaterThanOrEqual(5);
    expect(new Set(starts)).toEqual(new Set([String(START_YEAR)]));
    const targets = all(/\bby (\d{4})\b|after (\d{4})\b|gap in (\d{4})\b|ahead: in (\d{4})\b/g);
    expect(targets.length).toBeGreaterThanOrEqual(6);
    expect(new Set(targets)).toEqual(new Set([String(TARGET_YEAR)]));
    const ends = all(/before (\d{4})\b|still widening in (\d{4})\b/g);
    expect(ends.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ends)).toEqual(new Set([String(START_YEAR + HORIZON_YEARS)]));
  });

  it('“a quarter of its size” is the closing share', () => {
    const shares = [...ESSAY.matchAll(/falls? to (a quarter|a third|half|a tenth) of its/g)].map((m) => m[1]);
    expect(shares.length).toBeGreaterThanOrEqual(3);
    const SHARES: Record<string, number> = { 'a quarter': 0.25, 'a third': 1 / 3, half: 0.5, 'a tenth': 0.1 };
    expect(new Set(shares.map((s) => SHARES[s!]))).toEqual(new Set([CLOSED_SHARE]));
  });
});
