/**
 * The shared model: pure functions, no DOM, no Astro, no I/O.
 * Every number in an essay and every figure comes from here or from a cited dataset.
 */
export * from './growth.ts';
export * from './chinchilla.ts';
export * from './power-law-loss.ts';
export * from './compute-price.ts';
export * from './trajectories.ts';
export * from './meek-models.ts';
export * from './meek-head-start.ts';
export * from './benchmark-sigmoid.ts';
export * from './multi-step-tasks.ts';
export * from './inference-meek.ts';
export * from './task-horizon.ts';
export * from './capability-wall.ts';
export * from './cost-incentives.ts';
export * from './bet-targets.ts';
export * from './edge.ts';
export * from './bibliography.ts';
export * from './parameters/index.ts';
export * from './sampling.ts';
export * from './monte-carlo.ts';
export * from './meek-uncertainty.ts';
export * from './sensitivity.ts';
export * from './inverse.ts';
