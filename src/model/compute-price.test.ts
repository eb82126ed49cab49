import { expect, it } from 'vitest';
import { H100_2025, flopPerDollar } from './compute-price.ts';

it('buys about 7.1e17 FLOP per dollar on a rented H100 at 40% utilisation', () => {
  expect(flopPerDollar(H100_2025)).toBeCloseTo((989e12 * 0.4 * 3600) / 2, 0);
  expect(flopPerDollar(H100_2025) / 1e17).toBeCloseTo(7.12, 2);
});
