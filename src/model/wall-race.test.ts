import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  capabilityAt,
  catchUpMonths,
  followerStartOom,
  gapClosingYears,
  simulateRace,
  type WallRace,
} from './wall-race.ts';

const race = (over: Partial<WallRace> = {}): WallRace => ({
  computeGrowth: 4.7,
  algorithmicGrowth: 2.8,
  openLagMonths: 15,
  saturation: 0,
  ceilingRise: 0,
  ...over,
});

describe('the open–closed race on the wall', () => {
  it('puts the follower the open lag’s worth of growth behind', () => {
    expect(followerStartOom(race({ openLagMonths: 12 }))).toBeCloseTo(-Math.log10(4.7 * 2.8), 12);
  });

  it('with no wall keeps gap and lag constant (log-linear capability, equal growth)', () => {
    const states = simulateRace(race(), 15);
    for (const s of states) {
      expect(s.gap).toBeCloseTo(-followerStartOom(race()), 9);
      expect(s.lagMonths).toBeCloseTo(15, 6);
    }
  });

  it('with a fixed wall closes the gap while the lag in months stays put: the two measures diverge', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.05, max: 0.3, noNaN: true }), (saturation) => {
        const states = simulateRace(race({ saturation }), 20);
        expect(states.at(-1)!.gap).toBeLessThan(states[0]!.gap);
        for (let i = 1; i < states.length; i++) expect(states[i]!.gap).toBeLessThan(states[i - 1]!.gap);
        expect(states.at(-1)!.lagMonths).toBeCloseTo(15, 4);
      }),
    );
  });

  it('keeps more of the gap when the wall rises faster', () => {
    const fixed = simulateRace(race({ saturation: 0.1 }), 15);
    const rising = simulateRace(race({ saturation: 0.1, ceilingRise: 0.5 }), 15);
    expect(rising.at(-1)!.gap).toBeGreaterThan(fixed.at(-1)!.gap);
    // A rising wall also shortens the lag: the follower meets a higher curve when it arrives.
    expect(rising.at(-1)!.lagMonths).toBeLessThan(15);
  });

  it('widens gap and lag when the leader gets the glut first, and narrows them again once the follower has it', () => {
    const glut = { startYears: 3, speedUp: 4, followerDelayYears: 3 };
    const plain = simulateRace(race({ saturation: 0.1, ceilingRise: 0.3 }), 15);
    const sudden = simulateRace(race({ saturation: 0.1, ceilingRise: 0.3, glut }), 15);
    expect(sudden[5]!.gap).toBeGreaterThan(plain[5]!.gap);
    expect(sudden[5]!.lagMonths).toBeGreaterThan(plain[5]!.lagMonths);
    expect(sudden[6]!.gap).toBeGreaterThan(sudden[10]!.gap);
  });

  it('with a negative delay gives the glut to the follower first: the gap narrows while it has it alone', () => {
    const plain = simulateRace(race({ saturation: 0.1, ceilingRise: 0.3 }), 15);
    const openFirst = simulateRace(
      race({ saturation: 0.1, ceilingRise: 0.3, glut: { startYears: 5, speedUp: 4, followerDelayYears: -3 } }),
      15,
    );
    expect(openFirst[1]!.gap).toBeCloseTo(plain[1]!.gap, 12);
    expect(openFirst[4]!.gap).toBeLessThan(plain[4]!.gap);
    expect(openFirst[4]!.lagMonths).toBeLessThan(plain[4]!.lagMonths);
  });

  it('lets the follower pull ahead with a long enough head start on the glut: the gap turns negative, the lag 0', () => {
    const states = simulateRace(race({ glut: { startYears: 5, speedUp: 10, followerDelayYears: -3 } }), 10);
    expect(states[5]!.gap).toBeLessThan(0);
    expect(states[5]!.lagMonths).toBe(0);
  });

  it('measures catch-up in months between substeps, and Infinity when never reached', () => {
    expect(catchUpMonths(Float64Array.of(0, 1, 2), 0, 0, 1 / 12)).toBe(0);
    expect(catchUpMonths(Float64Array.of(0, 1, 2), 0, 1.5, 1 / 12)).toBeCloseTo(1.5, 12);
    expect(catchUpMonths(Float64Array.of(0, 1, 2), 0, 3, 1 / 12)).toBe(Infinity);
  });

  it('finds when the gap falls to a share of its start', () => {
    const states = [
      { years: 0, gap: 1 },
      { years: 0.5, gap: 0.5 },
      { years: 1, gap: 0.2 },
    ];
    expect(gapClosingYears(states, 0.25)).toBeCloseTo(0.5 + (0.5 * 0.25) / 0.3, 12);
    expect(gapClosingYears(states.slice(0, 2), 0.25)).toBe(Infinity);
  });
});

describe('sampling the race', () => {
  it('reports quarterly states that agree with the yearly ones', () => {
    const yearly = simulateRace(race({ saturation: 0.1 }), 5);
    const quarterly = simulateRace(race({ saturation: 0.1 }), 5, 12, 4);
    expect(quarterly).toHaveLength(21);
    expect(quarterly[8]).toEqual(yearly[2]);
  });
});

describe('the closed form without a glut', () => {
  it('agrees with the simulation', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 0, max: 20 }),
        (saturation, ceilingRise, year) => {
          const r = race({ saturation, ceilingRise });
          const state = simulateRace(r, 20)[year]!;
          expect(capabilityAt(r, year, 'leader')).toBeCloseTo(state.leader, 8);
          expect(capabilityAt(r, year, 'follower')).toBeCloseTo(state.follower, 8);
        },
      ),
    );
  });
});

describe('the lag search', () => {
  it('finds the same lag as a search from scratch at every state, with or without a glut', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 36, noNaN: true }),
        fc.option(
          fc.record({
            startYears: fc.integer({ min: 1, max: 15 }),
            speedUp: fc.double({ min: 1, max: 10, noNaN: true }),
            followerDelayYears: fc.double({ min: 0, max: 15, noNaN: true }),
          }),
          { nil: undefined },
        ),
        (saturation, ceilingRise, openLagMonths, glut) => {
          const r = race({ saturation, ceilingRise, openLagMonths, ...(glut ? { glut } : {}) });
          const states = simulateRace(r, 10, 12, 4);
          // The brute force: one long run, searched from each state's substep.
          const long = simulateRace(r, 40, 12, 12);
          const follower = Float64Array.from(long, (s) => s.follower);
          for (const s of states) {
            const i = Math.round(s.years * 12);
            const brute = catchUpMonths(follower, i, s.leader, 1 / 12);
            if (Number.isFinite(s.lagMonths)) expect(s.lagMonths).toBeCloseTo(brute, 6);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('absolute capability', () => {
  it('of open models rises in every scenario the figures allow (the essay’s “open models get better in every scenario”)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 0.3, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 1.5, max: 8, noNaN: true }),
        fc.double({ min: 1, max: 36, noNaN: true }),
        (saturation, ceilingRise, algorithmicGrowth, computeGrowth, openLagMonths) => {
          const glut = { startYears: 4, speedUp: 3, followerDelayYears: 2 };
          for (const r of [
            race({ saturation, ceilingRise, algorithmicGrowth, computeGrowth, openLagMonths }),
            race({ saturation, ceilingRise, algorithmicGrowth, computeGrowth, openLagMonths, glut }),
          ]) {
            const states = simulateRace(r, 20, 12, 4);
            for (let i = 1; i < states.length; i++)
              expect(states[i]!.follower).toBeGreaterThan(states[i - 1]!.follower);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
