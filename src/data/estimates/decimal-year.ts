/** Dates as decimal years, for fitting trends over time. */
const MS_PER_YEAR = 365.2425 * 24 * 3600 * 1000;

/**
 * A YYYY-MM-DD date as a decimal year (Gregorian mean year).
 *
 * @example decimalYear('2024-07-02') // ≈ 2024.5
 */
export function decimalYear(date: string): number {
  return 1970 + Date.parse(`${date}T00:00:00Z`) / MS_PER_YEAR;
}
