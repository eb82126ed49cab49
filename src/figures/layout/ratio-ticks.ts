/**
 * Ticks for a log axis of ratios that start at 1 and may reach 10²⁴: numbers a reader can read at any setting.
 * Plot's '~s' format wrote SI prefixes there ("100E", "1P", "10G" on meek-horizon-gap at its sliders' ends, which
 * read as units, not as times), and its minor ticks drew unlabelled grid lines between the labelled ones.
 * Within one decade the integers, within two 1-2-5, beyond that powers of ten, at most six of them.
 *
 * @example ratioTicks(4.7) // [1, 2, 3, 4]
 * @example ratioTicks(28) // [1, 2, 5, 10, 20]
 * @example ratioTicks(1.2e24) // [1, 1e5, 1e10, 1e15, 1e20]
 */
const MOST_DECADE_TICKS = 6;

export function ratioTicks(max: number): number[] {
  if (!(max > 1)) return [1];
  if (max <= 10) return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].filter((t) => t <= max);
  if (max <= 100) return [1, 2, 5, 10, 20, 50, 100].filter((t) => t <= max);
  const decades = Math.floor(Math.log10(max));
  const every = Math.ceil((decades + 1) / MOST_DECADE_TICKS);
  const ticks: number[] = [];
  for (let exponent = 0; exponent <= decades; exponent += every) ticks.push(10 ** exponent);
  return ticks;
}
