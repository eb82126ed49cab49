/**
 * A figure for unit tests of prose and cases: one slider, g (growth, 1 to 3 in steps of 0.5, default 2), no data,
 * and the values and cases the test gives. Its id names it in the fixture page's data-figure-value and
 * data-figure-case attributes.
 * @example growthFigure('sight', { cases: { shape: { label: 'Shape', options: ['a', 'b'], compute: () => 'a' } } })
 */
import { defineFigure, type AnyFigureSpec, type FigureSpec } from '../../src/figures/spec.ts';

export function growthFigure(id: string, parts: Partial<Pick<FigureSpec<'g'>, 'values' | 'cases'>>): AnyFigureSpec {
  return defineFigure<'g'>({
    id,
    version: 1,
    date: '2026-12-06',
    changes: 'First version.',
    title: 'Fixture',
    caption: 'Fixture.',
    params: {
      g: {
        label: 'Growth',
        symbol: 'g',
        unit: '×/yr',
        description: 'Growth.',
        default: 2,
        min: 1,
        max: 3,
        step: 0.5,
        scale: 'linear',
        source: 'Fixture',
      },
    },
    constants: [],
    datasets: [],
    columns: [],
    values: parts.values ?? {},
    cases: parts.cases,
    table: () => [],
    plot: () => ({ marks: [] }),
    alt: () => 'Fixture.',
  }) as AnyFigureSpec;
}
