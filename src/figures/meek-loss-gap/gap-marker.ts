/**
 * Text the meek-models figures write over their lines, and the marker they put where the gap between the two
 * actors is widest: a rule across the gap with a label beside it. meek-loss-gap and meek-capability-gap each
 * wrote this block out (a known duplicate); one function now draws it for both, with the same output.
 *
 * Text is in the ink colour on a halo of the background, so it reads over the lines in both themes. Given a
 * LabelLayout (src/figures/layout/direct-labels.ts), a label is placed through it: kept inside the plot and
 * clear of the labels placed before it at the width the figure is drawn, so it can no longer run off the edge
 * or over the axes on a phone (issue 19). Without one the label is drawn exactly where its options say, as the
 * published versions drew it.
 *
 * @example
 *   const layout = new LabelLayout();
 *   marks: [...gapMarker([2031], { y1: 1.8, y2: 2.1 }, { text: () => 'Gap peaks in 2031', dx: 4 }, layout)]
 */
import * as Plot from '@observablehq/plot';
import type { LabelLayout } from '../layout/direct-labels.ts';
import { theme } from '../theme.ts';

/** Ink on a halo of the background, the style of every annotation of the meek-models figures. */
export const HALO = { fill: theme.ink, stroke: theme.background, strokeWidth: 3, paintOrder: 'stroke' } as const;

/** A haloed text mark, placed through `layout` when there is one; `options` may override the halo's fill. */
export function haloText<T>(data: readonly T[], options: Plot.TextOptions, layout?: LabelLayout): Plot.Markish {
  const styled: Plot.TextOptions = { ...HALO, ...options };
  return Plot.text(data, layout ? layout.place(styled) : styled);
}

/** Where the marker's rule runs: from y1 to y2 (values, or columns of `at`), at x (default: `at` itself). */
interface RuleAt {
  readonly x?: Plot.ChannelValueSpec;
  readonly y1: Plot.ChannelValueSpec;
  readonly y2: Plot.ChannelValueSpec;
}

/** A rule across the gap at `at` and a haloed label (its position and text in `label`). */
export function gapMarker<T>(
  at: readonly T[],
  rule: RuleAt,
  label: Plot.TextOptions,
  layout?: LabelLayout,
): Plot.Markish[] {
  return [Plot.ruleX(at, { ...rule, stroke: theme.ink, strokeWidth: 1.5 }), haloText(at, label, layout)];
}
