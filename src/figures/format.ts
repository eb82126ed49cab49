/** Number formatting shared by sliders, tables, alt text and prose. */

// Constructing an Intl.NumberFormat costs far more than using one, and a redraw formats dozens of
// numbers: keep one formatter per set of options.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat('en-US', options);
    formatters.set(key, cached);
  }
  return cached;
}

const SUPERSCRIPT: Record<string, string> = {
  '-': '⁻',
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
};

/**
 * A number to `digits` significant digits, grouped for reading: 1,070 · 0.155 · 3.6;
 * very large or small magnitudes in scientific notation: 7.12×10¹⁷.
 */
export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : '–';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3)) {
    const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e');
    const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
    return `${trimmed}×10${[...exponent.replace('+', '')].map((c) => SUPERSCRIPT[c] ?? c).join('')}`;
  }
  return formatter({ maximumSignificantDigits: digits }).format(value);
}

/** A calendar year, never grouped: 2025, not 2,025. */
export function formatYear(value: number): string {
  return Number.isInteger(value) ? String(value) : formatNumber(value, 6).replace(/,/g, '');
}

/** A dollar amount in compact form: $1K, $2.5M, $10B. */
export function formatUsd(value: number): string {
  return formatter({ style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }).format(
    value,
  );
}

/** A parameter value with its unit, as shown beside a slider (and spoken: aria-valuetext). */
export function formatParam(value: number, unit: string): string {
  if (unit === 'US$') return formatUsd(value);
  if (unit === 'year' || unit === 'calendar year') return formatYear(value);
  if (unit === '×') return `${formatter({ notation: 'compact', maximumSignificantDigits: 3 }).format(value)}×`;
  if (unit.startsWith('×')) return `${formatNumber(value)}${unit}`;
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** A table cell: text labels as they are, calendar years plain, other numbers to the column's significant digits. */
export function formatCell(value: number | string | undefined, column: { unit: string; digits: number }): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '–';
  return column.unit === 'calendar year' || column.unit === 'year'
    ? formatYear(value)
    : formatNumber(value, column.digits);
}
