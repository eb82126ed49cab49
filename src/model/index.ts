/**
 * The shared model: pure functions, no DOM, no Astro, no I/O.
 * Every number in an essay and every figure comes from here or from a cited dataset.
 */
export * from './growth.ts';
export * from './chinchilla.ts';
export * from './power-law-loss.ts';
export * from './compute-price.ts';
export * from './meek-models.ts';
