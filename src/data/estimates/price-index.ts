/**
 * Nominal dollars to constant ("real") dollars with a monthly price index:
 * real = nominal × index(base month) / index(month of the price). The index
 * the estimates use is the US CPI-U (BLS, FRED series CPIAUCSL; see
 * data/raw/fred-cpi/PROVENANCE.md for why not the producer price index
 * PCU518210518210 that Cottier et al. use for cloud costs).
 */

/** Month ("YYYY-MM") → index value. */
export type MonthlyIndex = ReadonlyMap<string, number>;

/**
 * Reads a FRED CSV export (header `DATE,<SERIES>` or `"Date","<SERIES>"`, one
 * row per month, dates YYYY-MM-01). Throws, naming the line, on anything else.
 *
 * @example parseMonthlyIndex('"Date","CPIAUCSL"\n2021-12-01,280.887\n').get('2021-12') // 280.887
 */
export function parseMonthlyIndex(text: string, file = 'price index'): MonthlyIndex {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const index = new Map<string, number>();
  lines.slice(1).forEach((line, i) => {
    const [date = '', value = ''] = line.split(',').map((cell) => cell.replace(/"/g, '').trim());
    const number = Number(value);
    if (!/^\d{4}-\d{2}-01$/.test(date) || value === '' || !(number > 0))
      throw new Error(`${file}, line ${i + 2}: expected "YYYY-MM-01,<positive number>", got "${line}"`);
    index.set(date.slice(0, 7), number);
  });
  return index;
}

/**
 * `usd` paid on `date` (YYYY-MM-DD) in dollars of `baseMonth` (YYYY-MM).
 * Throws when the index lacks either month, rather than guessing.
 *
 * @example toRealDollars(100, '2020-06-15', '2021-12', new Map([['2020-06', 200], ['2021-12', 220]])) // 110
 */
export function toRealDollars(usd: number, date: string, baseMonth: string, index: MonthlyIndex): number {
  const month = date.slice(0, 7);
  const then = index.get(month);
  const base = index.get(baseMonth);
  if (then === undefined) throw new RangeError(`price index has no value for ${month}`);
  if (base === undefined) throw new RangeError(`price index has no value for the base month ${baseMonth}`);
  return (usd * base) / then;
}
