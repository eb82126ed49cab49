/**
 * Quantities in the wall's units for prose, singular when they print as exactly one: "1 point", "0.5 points",
 * "16 months" (format.ts quantity).
 *
 * @example points(1) // '1 point'
 * @example months(16.3) // '16 months'
 */
import { quantity } from '../format.ts';

export const points = (v: number) => quantity(v, 'points');
export const months = (v: number) => quantity(v, 'months');
export const ordersOfMagnitude = (v: number) => quantity(v, 'orders of magnitude');
