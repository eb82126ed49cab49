/**
 * The figure spec: the single definition of a figure. The same object renders
 * the SVG at build time, drives the live island in the browser, parses URL
 * state, and produces the permalink page and its downloads.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { Band, BandDefinition } from './band/band.ts';
import type { Params } from './params.ts';

/** One reader-adjustable parameter: a slider in the island, a key in the URL. Validated by `paramDefinitionSchema` (param-schema.ts). */
export interface ParamDefinition {
  /** Short label shown beside the slider, e.g. "Frontier spend growth". */
  readonly label: string;
  /** Mathematical symbol used in the essay, plain Unicode, e.g. "gᵢ". */
  readonly symbol: string;
  /** Unit in words or symbols, e.g. "×/yr", "US$". */
  readonly unit: string;
  /** One sentence on what the parameter means. */
  readonly description: string;
  /** Value used when the reader has not moved the slider. */
  readonly default: number;
  /** Smallest value the model accepts; URL values below are clamped to it. */
  readonly min: number;
  /** Largest value the model accepts; URL values above are clamped to it. */
  readonly max: number;
  /** Slider step, in the slider's own space (log10 of the value when scale is "log"). */
  readonly step: number;
  /** "log" for quantities that span orders of magnitude, such as budgets. */
  readonly scale: 'linear' | 'log';
  /** Where the default and range come from: author, year, page/table/equation. */
  readonly source: string;
  /**
   * Named values worth one click, shown as buttons beside the slider, e.g.
   * { label: 'Chinchilla', value: 0.155, source: 'Hoffmann et al. 2022' }.
   * The registry's `anchors` (src/model/parameters.ts) can be passed through.
   */
  readonly anchors?: readonly ParamAnchor[];
  /**
   * An on/off (or few-way) parameter: its values by name, shown as a group of radio buttons (a segmented control)
   * in place of a slider, and by name wherever the value is shown. They must be exactly the stops of the range
   * (min, min + step, …, max), so the URL, presets and every check over slider stops treat it as they treat a
   * slider: a link's value between them moves to the nearest, with a notice.
   * @example choices: [{ value: 1, label: 'Most expensive run' }, { value: 0, label: 'Fitted trend' }]
   */
  readonly choices?: readonly ParamChoice[];
}

/** One value of a parameter with choices, and its name on the control. */
export interface ParamChoice {
  readonly value: number;
  readonly label: string;
}

/** A named value of a parameter, with where it comes from. */
export interface ParamAnchor {
  readonly label: string;
  readonly value: number;
  readonly source: string;
}

/** A fixed assumption of a figure version: shown on its permalink, not adjustable. */
export interface ConstantDefinition {
  readonly label: string;
  readonly value: number;
  readonly unit: string;
  readonly source: string;
}

/** One column of a figure's table of plotted values (and of its data.csv). */
export interface ColumnDefinition {
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly description: string;
  /** Significant digits shown in the HTML table; data.csv keeps full precision. */
  readonly digits: number;
  /** "text" for a label column (a device name on a dot); numbers otherwise. */
  readonly type?: 'number' | 'text';
}

/** A named setting of some of a figure's parameters, e.g. a measured value against the paper's assumption. */
export interface FigurePreset<K extends string> {
  readonly label: string;
  readonly params: Partial<Params<K>>;
  readonly source: string;
}

/** A dataset a figure reads, pinned to a version. */
export interface DatasetReference {
  readonly name: string;
  readonly version: number;
}

/**
 * What a figure reads of one dataset: the live island fetches only these columns of only the
 * rows `rows` keeps (a file the build derives per figure version, src/figures/data-slices/),
 * never the whole dataset. The build checks the figure draws the same from it as from the whole.
 */
export interface DatasetSlice {
  /** Columns the figure reads, in the dataset's own names. */
  readonly columns: readonly string[];
  /** Rows the figure can ever use, whatever its parameters (all rows when omitted). */
  readonly rows?: (row: Readonly<Record<string, unknown>>) => boolean;
}

/** A named scalar the figure computes, for numbers quoted in prose. */
export interface FigureValue<K extends string, R extends AnyTableRow = TableRow> {
  readonly label: string;
  readonly compute: (params: Params<K>, rows: readonly R[]) => number;
  readonly format: (value: number) => string;
  /**
   * Where the value is no quantity in its unit (infinite because the thing never happens, negative because it lay
   * before the start), what holds instead, as a clause: checked-claim notes and Believe boxes say it in place of
   * the value (src/figures/claim-words.ts), so no reader meets "∞ years" or "-29 years". Undefined where `format`
   * applies. Essay prose chooses whole sentences by `cases` instead.
   *
   * @example otherwise: (years) => (years === Infinity ? 'the gap never stops widening' : undefined)
   */
  readonly otherwise?: (value: number) => string | undefined;
}

/**
 * A named case of a figure's state that live prose chooses its wording by: the essay writes one whole
 * sentence per option (`<FigureCases figure case>` with a `<When is>` per option), the build shows the
 * option that holds at the essay's starting state, and the island switches it as the reader moves sliders.
 *
 * @example
 * peakShape: {
 *   label: 'How the gap moves over the figure',
 *   options: ['widens', 'peaks', 'shrinking'],
 *   compute: (p, rows) => (peakYear(p) >= END ? 'widens' : peakYear(p) <= START ? 'shrinking' : 'peaks'),
 * }
 */
export interface FigureCase<K extends string, R extends AnyTableRow = TableRow> {
  /** What the case tells apart, in words (shown in build errors and the sentence catalogue's notes). */
  readonly label: string;
  /** Every option `compute` can return: short lower-case ids, e.g. 'widens' | 'peaks' | 'shrinking'. */
  readonly options: readonly string[];
  /** The option that holds at these parameters (must be one of `options`; anything else is an error). */
  readonly compute: (params: Params<K>, rows: readonly R[]) => string;
}

export type { Params } from './params.ts';
/**
 * One plotted point. Numbers by default; a spec whose table has label columns
 * (declared `type: 'text'`, e.g. a device name on a dot) uses `TableRow<number | string>`.
 */
export type TableRow<V extends number | string = number> = Readonly<Record<string, V>>;
/** A row as renderers, CSV and tables see it: numbers or text labels. */
export type AnyTableRow = TableRow<number | string>;
/** Rows of each dataset a figure declares, keyed by dataset name. */
export type FigureData = Readonly<Record<string, readonly unknown[]>>;

/**
 * What a drawing is drawn for: its width in CSS pixels, the page container's (320 to 1280) or, for the published
 * file, 640. Layout helpers (src/figures/layout/) use it to fit ticks, margins and labels to the width.
 */
export interface PlotFrame {
  readonly width: number;
}

export interface FigureSpec<K extends string = string, R extends AnyTableRow = TableRow> {
  /** Stable slug used in URLs: /figures/<id>/v<version>/. */
  readonly id: string;
  /** Positive integer; a published version's output never changes. */
  readonly version: number;
  /** ISO date this version was published. */
  readonly date: string;
  /** One line: what this version changed (for v1: what it first showed). */
  readonly changes: string;
  readonly title: string;
  /** One or two sentences shown under the figure. */
  readonly caption: string;
  readonly params: Readonly<Record<K, ParamDefinition>>;
  readonly constants: readonly ConstantDefinition[];
  /** Optional one-click settings shown as buttons under the figure, each with its source (a subset of keys). */
  readonly presets?: readonly FigurePreset<K>[];
  readonly datasets: readonly DatasetReference[];
  /** For each dataset in `datasets`, by name: what the figure reads of it (required for each). */
  readonly reads?: Readonly<Record<string, DatasetSlice>>;
  readonly columns: readonly ColumnDefinition[];
  readonly values: Readonly<Record<string, FigureValue<K, R>>>;
  /** Named cases live prose chooses whole sentences by (`<FigureCases>`); see FigureCase. */
  readonly cases?: Readonly<Record<string, FigureCase<K, R>>>;
  /** The plotted values, one row per point; also the figure's data.csv. */
  table(params: Params<K>, data: FigureData): R[];
  /**
   * Optional uncertainty band (see band/band.ts): quantiles of a series over seeded draws of
   * registry parameters. Computed at build time for the SVG, in a Web Worker when live.
   */
  readonly band?: BandDefinition<K>;
  /**
   * Plot options for these rows, without document or className (the renderer adds them).
   * `band` is the spec's uncertainty band for these parameters when it has one and it is ready; `frame` says how
   * wide the drawing is (always given by the renderer; optional so a spec may ignore it).
   */
  plot(params: Params<K>, rows: readonly R[], band?: Band, frame?: PlotFrame): PlotOptions;
  /** Text alternative describing what this state of the figure shows. */
  alt(params: Params<K>, rows: readonly R[]): string;
  /**
   * One line announced to screen readers when the reader moves a control
   * (debounced). The last sentence of `alt` when omitted.
   */
  summary?(params: Params<K>, rows: readonly R[]): string;
  /**
   * The title is a one-line takeaway written at the figure's defaults. Where the reader's settings make it false,
   * one whole sentence that says what the figure shows instead, shown under the title after "Not at your settings."
   * (src/components/figure/title-note.ts); undefined where it holds. Page text, not figure output: adding it to a
   * published version changes none of its files. Omit it only when no setting can make the title false (a test
   * over every figure's reachable states holds each title to that: tests/unit/title-holds.test.ts); else `titleHolds`.
   * @example titleFails: (p, rows) => (shape(p, rows) === 'peaks' ? undefined : 'The gap is still widening in 2045.')
   */
  titleFails?(params: Params<K>, rows: readonly R[]): string | undefined;
  /**
   * Instead of `titleFails`, for a title that claims nothing a setting can change (it names what the figure shows,
   * or says what is possible): why no setting can make it false, in a sentence a reviewer can check.
   * @example titleHolds: 'It names what the figure measures.'
   */
  readonly titleHolds?: string;
  /**
   * For a column whose numbers point at rows of a dataset (device-fit's "Device", unit "row of local-devices v1"):
   * each row's name, by column, read from the figure's data. The data table shows the name (format.ts, formatCell);
   * data.csv keeps the number, so adding it to a published version changes none of its files.
   * @example rowNames: (data) => ({ device_row: new Map(devices(data).map((d, i) => [i + 1, d.device])) })
   */
  rowNames?(data: FigureData): RowNames;
}

/** Names of the rows a row-reference column points at, by column name, then by the number in the cell. */
export type RowNames = Readonly<Record<string, ReadonlyMap<number, string>>>;

// Specs are stored side by side in the registry whatever their parameter keys.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFigureSpec = FigureSpec<any, any>;

/** Identity function that checks a spec's shape and infers its parameter keys (and row type). */
export function defineFigure<K extends string, R extends AnyTableRow = TableRow>(
  spec: FigureSpec<K, R>,
): FigureSpec<K, R> {
  return spec;
}

/** Parameter keys of a spec, in declaration order. */
export function paramKeys(spec: AnyFigureSpec): string[] {
  return Object.keys(spec.params);
}

/** The parameter values a spec uses when the reader has changed nothing. */
export function defaultParams<K extends string>(spec: FigureSpec<K>): Params<K> {
  const entries = Object.entries<ParamDefinition>(spec.params).map(([key, def]) => [key, def.default]);
  return Object.fromEntries(entries) as Params<K>;
}
