/**
 * Column types for dataset schemas. Each helper returns a zod schema that
 * decodes one CSV cell and carries the column's documentation (type, unit,
 * description) as zod metadata, so one schema is the validator, the
 * metadata.json and the page's column table.
 */
import * as z from 'zod';

export interface ColumnMeta {
  /** What the column holds, in a sentence. */
  readonly description: string;
  /** Unit of measurement, or "" when none applies. */
  readonly unit?: string;
}

export type ColumnType = 'number' | 'integer' | 'string' | 'date' | 'boolean' | 'enum';

const meta = (type: ColumnType, m: ColumnMeta, optional: boolean) => ({
  type,
  unit: m.unit ?? '',
  description: m.description,
  optional,
});

const blankToUndefined = (cell: unknown) => (cell === '' ? undefined : cell);

/** A finite number; `min` is inclusive. Blank cells are allowed only when optional. */
export function numberColumn(m: ColumnMeta, options: { min?: number; optional?: boolean } = {}) {
  let number = z.number({ error: 'expected a number' }).refine(Number.isFinite, 'expected a finite number');
  if (options.min !== undefined) number = number.refine((n) => n >= options.min!, `must be ≥ ${options.min}`);
  const decoded = z.preprocess(
    (cell) =>
      cell === '' || cell === undefined
        ? undefined
        : /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(String(cell))
          ? Number(cell)
          : cell,
    options.optional ? number.optional() : number,
  );
  return decoded.meta({
    ...meta('number', m, options.optional ?? false),
    ...(options.min === undefined ? {} : { min: options.min }),
  });
}

/** Non-empty text (surrounding whitespace is an error: it hides duplicates). */
export function stringColumn(m: ColumnMeta, options: { optional?: boolean } = {}) {
  const text = z
    .string()
    .min(1, 'must not be empty')
    .refine((s) => s === s.trim(), 'has leading or trailing whitespace');
  return z
    .preprocess(blankToUndefined, options.optional ? text.optional() : text)
    .meta(meta('string', m, options.optional ?? false));
}

/** A calendar date written YYYY-MM-DD that exists. */
export function dateColumn(m: ColumnMeta, options: { optional?: boolean } = {}) {
  const date = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
    .refine((s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
    }, 'is not a real calendar date');
  return z
    .preprocess(blankToUndefined, options.optional ? date.optional() : date)
    .meta(meta('date', m, options.optional ?? false));
}

/** true or false. */
export function booleanColumn(m: ColumnMeta) {
  return z
    .preprocess(
      (cell) => (cell === 'true' ? true : cell === 'false' ? false : cell),
      z.boolean({ error: 'expected true or false' }),
    )
    .meta(meta('boolean', m, false));
}

/** One of a fixed set of values. */
export function enumColumn<const T extends readonly [string, ...string[]]>(values: T, m: ColumnMeta) {
  return z.enum(values, { error: `expected one of ${values.join(', ')}` }).meta({ ...meta('enum', m, false), values });
}

export interface ColumnDescription {
  readonly name: string;
  readonly type: ColumnType;
  readonly unit: string;
  readonly description: string;
  readonly optional: boolean;
  readonly values?: readonly string[];
  /** Smallest allowed value of a number column. */
  readonly min?: number;
}

/** The documentation of every column of a schema, in order. */
export function describeColumns(schema: z.ZodObject): ColumnDescription[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const m = (field as z.ZodType).meta() as Omit<ColumnDescription, 'name'> | undefined;
    if (!m) throw new Error(`Column "${name}" has no metadata: build it with the helpers in src/data/columns.ts`);
    return { name, ...m };
  });
}

/** A schema rebuilt from published column documentation, to validate any published version with the rules it was published under. */
export function schemaFromColumns(columns: readonly ColumnDescription[]): z.ZodObject {
  const shape = Object.fromEntries(
    columns.map((c) => {
      const m = { description: c.description, unit: c.unit };
      const optional = { optional: c.optional };
      switch (c.type) {
        case 'number':
        case 'integer':
          return [c.name, numberColumn(m, { ...optional, ...(c.min === undefined ? {} : { min: c.min }) })];
        case 'date':
          return [c.name, dateColumn(m, optional)];
        case 'boolean':
          return [c.name, booleanColumn(m)];
        case 'enum':
          return [c.name, enumColumn((c.values ?? ['']) as [string, ...string[]], m)];
        default:
          return [c.name, stringColumn(m, optional)];
      }
    }),
  );
  return z.object(shape);
}
