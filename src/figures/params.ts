/**
 * A figure's parameter values, one number per key: what its sliders set, its URL carries and its model reads.
 * Its own file so that modules the spec builds on (the uncertainty band) can name it without importing the spec.
 *
 * @example
 * const p: Params<'g_i' | 'g_h'> = { g_i: 3.57, g_h: 1.4 };
 */
export type Params<K extends string = string> = Readonly<Record<K, number>>;
