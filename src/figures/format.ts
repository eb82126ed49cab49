/** Number formatting shared by sliders, tables, alt text and prose. */

/** A number to `digits` significant digits, grouped for reading: 1,070 · 0.155 · 3.6. */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '–';
  return new Intl.NumberFormat('en-US', { maximumSignificantDigits: digits }).format(value);
}

/** A dollar amount in compact form: $1K, $2.5M, $10B. */
export function formatUsd(value: number): string {
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
}

/** A parameter value with its unit, as shown beside a slider. */
export function formatParam(value: number, unit: string): string {
  if (unit === 'US$') return formatUsd(value);
  if (unit.startsWith('×')) return `${formatNumber(value)}${unit}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}
