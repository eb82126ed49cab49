/**
 * A figure's short title: the few words above its headline that say what the chart is ("Loss gap"), as a chart's
 * label in a newspaper or Our World in Data does. Page chrome, not figure output: a spec's `title` is the
 * one-line takeaway it was written as ("The frontier’s lead in loss rises, peaks, then fades") and stays what its
 * citation and files name, so no published version changes. Each short title is the figure's id in words.
 *
 * @example shortTitle('meek-loss-gap') // 'Loss gap'
 */
const SHORT_TITLES: Readonly<Record<string, string>> = {
  'budget-frontier': 'Training budgets',
  'device-fit': 'What a home machine runs',
  'device-frontier': 'Home machines and the frontier',
  'meek-capability-gap': 'Benchmark gap',
  'meek-gap-band': 'Loss gap, over the ranges',
  'meek-horizon-gap': 'Task-horizon gap',
  'meek-inference-gap': 'Inference gap',
  'meek-loss-gap': 'Loss gap',
  'memo-costs': 'The memo’s costs',
  'open-bets': 'An open lab’s bets',
  'open-closed-benchmark-lag': 'Benchmark lag',
  'open-closed-compute': 'Compute lag',
  'over-training': 'Over-training',
  'wall-capability-curve': 'Capability curve',
  'wall-gap-lag': 'Gap and lag',
  'wall-glut': 'Wall or glut',
};

/** The short title of figure `id`, or undefined for a figure that has none yet (its label then says only "Figure N"). */
export function shortTitle(id: string): string | undefined {
  return SHORT_TITLES[id];
}

/** Every figure id with a short title (for the test that keeps the list in step with the registry). */
export const SHORT_TITLE_IDS: readonly string[] = Object.keys(SHORT_TITLES);
