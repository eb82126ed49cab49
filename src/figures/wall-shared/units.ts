/**
 * A quantity in its unit for prose, singular when it prints as exactly one: "1 point", "0.5 points", "16 months".
 *
 * @example inUnit(1, 'point', 'points') // '1 point'
 * @example inUnit(16.3, 'month', 'months') // '16 months'
 */
import { formatNumber } from '../format.ts';

export function inUnit(value: number, one: string, many: string): string {
  const text = formatNumber(value, 2);
  return `${text} ${text === '1' ? one : many}`;
}

export const points = (v: number) => inUnit(v, 'point', 'points');
export const months = (v: number) => inUnit(v, 'month', 'months');
