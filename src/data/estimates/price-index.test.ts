import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseMonthlyIndex, toRealDollars } from './price-index.ts';

describe('price index', () => {
  it('reads both FRED header styles and rejects malformed lines, naming them', () => {
    expect(parseMonthlyIndex('DATE,CPIAUCSL\n2015-05-01,237.001\n').get('2015-05')).toBe(237.001);
    expect(parseMonthlyIndex('"Date","CPIAUCSL"\r\n2021-12-01,280.887\r\n').get('2021-12')).toBe(280.887);
    expect(() => parseMonthlyIndex('DATE,X\n2021-12-15,1\n', 'x.csv')).toThrow(/x\.csv, line 2/);
    expect(() => parseMonthlyIndex('DATE,X\n2021-12-01,.\n')).toThrow(/line 2/);
  });

  it('deflates to the base month and refuses months it does not have', () => {
    const index = new Map([
      ['2006-01', 199.3],
      ['2021-12', 280.887],
    ]);
    expect(toRealDollars(199.3, '2006-01-20', '2021-12', index)).toBeCloseTo(280.887, 9);
    expect(toRealDollars(50, '2021-12-31', '2021-12', index)).toBe(50);
    expect(() => toRealDollars(1, '2024-01-01', '2021-12', index)).toThrow(/2024-01/);
  });

  it('the committed CPI-U snapshot covers every GPU release month 2006–2021', () => {
    const text = readFileSync('data/raw/fred-cpi/CPIAUCSL.csv', 'utf8');
    expect(createHash('sha256').update(text).digest('hex')).toBe(
      '0f0dd61a6bd9803019fd58d6370351dab4272407a92fe6210fdb5ae59086101d',
    );
    const cpi = parseMonthlyIndex(text, 'CPIAUCSL.csv');
    for (let year = 2006; year <= 2021; year++)
      for (let month = 1; month <= 12; month++) expect(cpi.has(`${year}-${String(month).padStart(2, '0')}`)).toBe(true);
    // Prices rose about 41% from January 2006 to December 2021.
    expect(cpi.get('2021-12')! / cpi.get('2006-01')!).toBeCloseTo(1.409, 3);
  });
});
