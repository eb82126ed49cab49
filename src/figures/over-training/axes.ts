/**
 * The axes every version of over-training draws (plot.ts for v1–v3, plot-v4.ts from v4): training tokens per
 * parameter on a log scale against the frontier year a model matches.
 * @example overTrainingAxes(640).x // { type: 'log', label: 'Training tokens per parameter →', … }
 */
import type * as Plot from '@observablehq/plot';
import { formatNumber } from '../format.ts';
import { frameAt } from '../layout/frame.ts';
import { yearAxis } from '../layout/year-axis.ts';
import { FRAME, X, Y } from './trend.ts';

export function overTrainingAxes(width: number): Pick<Plot.PlotOptions, 'x' | 'y'> {
  return {
    x: {
      type: 'log',
      label: 'Training tokens per parameter →',
      domain: [...X.domain],
      tickFormat: (d: number) => formatNumber(d, 1),
    },
    y: {
      ...yearAxis(Y.domain, { width: 3 * (frameAt(FRAME, width).height - FRAME.marginTop - FRAME.marginBottom) }),
      label: '↑ Frontier year matched',
      grid: true,
    },
  };
}
