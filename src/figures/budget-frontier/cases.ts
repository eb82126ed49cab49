/**
 * budget-frontier's cases (v2 on): the essay's live sentences choose their wording by these, so a year or a
 * growth rate is only ever shown where it is finite (spec.ts FigureCase).
 */
import { flipPoint } from '../../model/inverse.ts';
import type { FigureCase } from '../spec.ts';
import { BY_YEAR, anchorOf, lagMonths, reachYear, type Key } from './anchor.ts';

export const budgetFrontierCases: Record<string, FigureCase<Key>> = {
  costFalls: {
    label: 'Whether the cost of a capability already reached falls (gₕ·gₐ above 1)',
    options: ['falls', 'flat'],
    compute: (p) => (p.g_h * p.g_a > 1 ? 'falls' : 'flat'),
  },
  algorithmicNeed: {
    label: `What algorithmic progress the budget needs to reach the capability by ${BY_YEAR}`,
    options: ['none', 'some', 'beyond'],
    compute: (p, rows) => {
      const late = (ga: number) => reachYear(anchorOf(rows), { ...p, g_a: ga }, p.budget, p.capability_year) - BY_YEAR;
      if (late(1) <= 0) return 'none';
      return flipPoint(late, 1, 100) === undefined ? 'beyond' : 'some';
    },
  },
  capabilityByTarget: {
    label: `Whether the budget reaches any frontier from 2000 on by ${BY_YEAR}`,
    options: ['some', 'none'],
    compute: (p, rows) =>
      flipPoint((y) => reachYear(anchorOf(rows), p, p.budget, y) - BY_YEAR, 2000, BY_YEAR) === undefined
        ? 'none'
        : 'some',
  },
  lagIn2030: {
    label: 'Whether the budget trails the moving frontier in 2030',
    options: ['trails', 'level'],
    compute: (p, rows) => (lagMonths(anchorOf(rows), p, p.budget, 2030) > 0 ? 'trails' : 'level'),
  },
};
