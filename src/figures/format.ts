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

/** Units that mean a calendar year: values shown as years, never grouped. */
export const YEAR_UNITS: readonly string[] = ['year', 'calendar year'];

/** A slider's range and unit, as a parameter definition declares them. */
interface SliderUnit {
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** A parameter with choices is shown by the name of its value (ParamDefinition.choices). */
  readonly choices?: readonly { readonly value: number; readonly label: string }[];
}

/**
 * The unit a parameter's values are read in: its own, or 'year' for a unitless slider over whole calendar years.
 * open-closed-benchmark-lag's t₀ (2019–2025, step 1) declares no unit and read "2,019" beside its slider: the
 * readout path, not each figure, decides that such a value is a year (issue 19: the same bug came back in new
 * figures after one was patched). No count a figure slides over lies between 1800 and 2200 with a whole step.
 *
 * @example readoutUnit({ unit: '', min: 2019, max: 2025, step: 1 }) // 'year'
 */
export function readoutUnit(def: SliderUnit): string {
  if (def.unit !== '') return def.unit;
  const calendar = def.min >= 1800 && def.max <= 2200 && Number.isInteger(def.step) && def.step >= 1;
  return calendar ? 'year' : '';
}

/** A dollar amount in compact form: $1K, $2.5M, $10B. */
export function formatUsd(value: number): string {
  return formatter({ style: 'currency', currency: 'USD', notation: 'compact', maximumSignificantDigits: 3 }).format(
    value,
  );
}

/** Plural nouns a unit may start with; the wall's catalogue showed "the slider runs from 0 points/yr to 1 points/yr". */
const COUNTED_NOUN = /^(points|months|years|steps|runs|tokens|parameters|orders|nats|draws|bits|machines)(?![\w-])/;

/**
 * A unit as read after a number: its first noun singular after exactly "1" ("1 point/yr", "1 order of magnitude
 * of effective compute"), as it is.
 *
 * @example unitAfter('1', 'points/yr') // 'point/yr'
 * @example unitAfter('1.5', 'points/yr') // 'points/yr'
 */
export function unitAfter(number: string, unit: string): string {
  return number === '1' ? unit.replace(COUNTED_NOUN, (noun) => noun.slice(0, -1)) : unit;
}

/**
 * A quantity for prose, to `digits` significant digits, its unit singular when it prints as exactly one.
 *
 * @example quantity(1, 'years') // '1 year'
 * @example quantity(6.43, 'tokens/s') // '6.4 tokens/s'
 */
export function quantity(value: number, unit: string, digits = 2): string {
  const number = formatNumber(value, digits);
  return `${number} ${unitAfter(number, unit)}`;
}

/** A parameter value with its unit, as shown beside a slider (and spoken: aria-valuetext). */
export function formatParam(value: number, unit: string): string {
  if (unit === 'US$') return formatUsd(value);
  if (YEAR_UNITS.includes(unit)) return formatYear(value);
  if (unit === '×') return `${formatter({ notation: 'compact', maximumSignificantDigits: 3 }).format(value)}×`;
  if (unit.startsWith('×')) return `${formatNumber(value)}${unit}`;
  return unit ? quantity(value, unit, 3) : formatNumber(value);
}

/**
 * A parameter's value as shown beside its slider, in tables and in sentences: formatParam in its readout unit, or
 * the name of its value for a parameter with choices.
 *
 * @example formatParamOf({ unit: '', min: 2019, max: 2025, step: 1 }, 2020) // '2020'
 * @example formatParamOf({ ...onOff, choices: [{ value: 0, label: 'Fitted trend' }, …] }, 0) // 'Fitted trend'
 */
export function formatParamOf(def: SliderUnit, value: number): string {
  return def.choices?.find((choice) => choice.value === value)?.label ?? formatParam(value, readoutUnit(def));
}

/**
 * A parameter's range as the permalink's table gives it: "0.1 to 0.4", or for a parameter with choices its named
 * values ("the most expensive run or the fitted trend"), not its ends written as two names joined by "to".
 */
export function formatRangeOf(def: SliderUnit): string {
  const names = def.choices?.map((choice) => choice.label);
  if (names) return `${names.slice(0, -1).join(', ')} or ${names.at(-1)}`;
  return `${formatParamOf(def, def.min)} to ${formatParamOf(def, def.max)}`;
}

/** A coded column's unit: every entry a whole number and its name ("0 NVIDIA, 1 Apple, −1 projection"). */
const CODE_ENTRY = /^([−-]?\d+) (\S.*)$/;

/**
 * The names of a coded column's values, read from its unit, or undefined for a unit that is not a list of codes.
 * device-frontier's "Series" and "Maker", device-fit's "Vendor", wall-glut's and memo-costs' columns hold a number
 * per category (data.csv stays numeric, and published files keep their bytes); the unit is their key, and the
 * reader's table shows the names it gives, not the bare codes.
 *
 * @example codeNames('0 machine, 1 projection') // Map { 0 => 'machine', 1 => 'projection' }
 */
export function codeNames(unit: string): ReadonlyMap<number, string> | undefined {
  const entries = unit.split(', ').map((entry) => CODE_ENTRY.exec(entry));
  if (entries.length < 2 || entries.some((entry) => !entry)) return undefined;
  return new Map(entries.map((entry) => [Number(entry![1]!.replace('−', '-')), entry![2]!] as const));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * A point in time given as a fractional calendar year, as a reader names it: the year when it is whole, else the
 * month it falls in. Tables read "2025.25" under "calendar year", which no reader says; 2025.25 is the start of
 * April. Float noise within a millionth of a month is dropped (2025.9999999 is January 2026).
 *
 * @example formatYearMonth(2025.25) // 'Apr 2025'
 * @example formatYearMonth(2030) // '2030'
 */
export function formatYearMonth(value: number): string {
  if (!Number.isFinite(value)) return formatNumber(value);
  const months = Math.floor(Math.round(value * 12 * 1e6) / 1e6);
  if (months % 12 === 0 && Math.abs(value * 12 - months) < 1e-6) return formatYear(months / 12);
  return `${MONTHS[((months % 12) + 12) % 12]} ${Math.floor(months / 12)}`;
}

/** A yes/no column's unit: "1 = matched" (0 is no). */
const FLAG_UNIT = /^1 = \S/;
/** An index column's key, in its description: "0–6: MMLU, BBH, GSM1k, …, SWE-bench Verified." */
const INDEX_KEY = /^(\d+)–(\d+): (.+?)\.?$/;

/** A data table's column, as formatCell reads it. */
interface CellColumn {
  readonly unit: string;
  readonly digits: number;
  readonly description?: string;
}

const codesOf = new WeakMap<CellColumn, ReadonlyMap<number, string> | null>();

/**
 * The names of a coded column's values, or undefined for a column of quantities. A column declares its codes in its
 * unit, as published versions already do (their columns are in the figure lock's inputs): a key ("0 gradual,
 * 1 glut": codeNames); "1 = matched", a yes/no column (1 yes, 0 no); or "index", with the key in its description
 * ("0–6: MMLU, BBH, …"). Read once per column: the island formats every cell again on each redraw.
 *
 * @example columnCodes({ unit: '1 = open', digits: 1 })?.get(0) // 'no'
 */
export function columnCodes(column: CellColumn): ReadonlyMap<number, string> | undefined {
  let codes = codesOf.get(column);
  if (codes === undefined) {
    codes = codeNames(column.unit) ?? flagNames(column.unit) ?? indexNames(column) ?? null;
    codesOf.set(column, codes);
  }
  return codes ?? undefined;
}

function flagNames(unit: string): ReadonlyMap<number, string> | undefined {
  return FLAG_UNIT.test(unit)
    ? new Map([
        [1, 'yes'],
        [0, 'no'],
      ])
    : undefined;
}

function indexNames(column: CellColumn): ReadonlyMap<number, string> | undefined {
  const key = column.unit === 'index' ? INDEX_KEY.exec(column.description ?? '') : null;
  if (!key) return undefined;
  const [first, last, names] = [Number(key[1]), Number(key[2]), key[3]!.split(', ')];
  return names.length === last - first + 1 ? new Map(names.map((name, i) => [first + i, name])) : undefined;
}

/**
 * A table cell: text labels as they are, a row reference by the row's name (`names`: the spec's rowNames for this
 * column), a coded column's value by its name (columnCodes), calendar years plain (a fractional one by its month:
 * formatYearMonth), other numbers to the column's significant digits. The HTML table only: data.csv keeps full
 * precision and the numbers.
 * @example formatCell(2, deviceColumn, new Map([[2, 'GeForce RTX 4090']])) // 'GeForce RTX 4090'
 */
export function formatCell(
  value: number | string | undefined,
  column: CellColumn,
  names?: ReadonlyMap<number, string>,
): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '–';
  const named = names?.get(value) ?? columnCodes(column)?.get(value);
  if (named !== undefined) return named;
  return YEAR_UNITS.includes(column.unit) ? formatYearMonth(value) : formatNumber(value, column.digits);
}
