/**
 * The one table: every built page, a column per budget, each cell its value
 * and PASS or FAIL against the budget ("—" where the budget does not apply: no
 * figure, no data fetched, no Lighthouse run), then a summary line.
 */
import { BUDGETS } from './budgets.ts';
import { kb } from './numbers.ts';

export interface PageRow {
  path: string;
  figures: number;
  eagerGzip: number;
  visibleGzip: number;
  /** Scripts once a slider of each live figure was moved and the reader paused, gzip; undefined on pages without one. */
  moverGzip?: number;
  /** Data fetched by the page's figures, gzip; undefined when it fetched none. */
  dataGzip?: number;
  /** The slowest live figure's redraw p95 on this page; undefined without live sliders or where not timed (aliases, embeds). */
  redrawP95?: number;
  /** Input → every figure sharing the moved key redrawn, p95, the page's slowest; undefined where no figure shares a key. */
  followersP95?: number;
  /** The worst layout shift over the screens measured. */
  cls: number;
  clsScreen: string;
  lighthouse?: { performance: number; accessibility: number; lcpMs: number };
}

interface Column {
  key: string;
  title: string;
  budget: string;
  /** What the column counts, for the legend under the table. */
  counts: string;
  /** The cell's text and whether it passes, or undefined where the budget does not apply. */
  cell(row: PageRow): { text: string; pass: boolean } | undefined;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export const COLUMNS: readonly Column[] = [
  {
    key: 'eager',
    title: 'read JS',
    budget: `≤ ${kb(BUDGETS.eagerGzip)}`,
    counts:
      'every script a reader who only reads fetches (load, every figure scrolled into view, no pointer, key or touch), inline ones included',
    cell: (row) => ({ text: kb(row.eagerGzip), pass: row.eagerGzip <= BUDGETS.eagerGzip }),
  },
  {
    key: 'visible',
    title: 'visible JS',
    budget: `≤ ${kb(BUDGETS.visibleGzip)}`,
    counts:
      'read JS and every script loaded once each figure has been used (the mouse over it, a control focused) and is live',
    cell: (row) => ({ text: kb(row.visibleGzip), pass: row.visibleGzip <= BUDGETS.visibleGzip }),
  },
  {
    key: 'moved',
    title: 'mover JS',
    budget: `≤ ${kb(BUDGETS.moverGzip)}`,
    counts:
      "visible JS and what loads once a slider of each live figure is moved one step and the reader pauses (checked claims, Believe boxes, the band's Web Worker); — on pages without a live figure",
    cell: (row) =>
      row.moverGzip === undefined ? undefined : { text: kb(row.moverGzip), pass: row.moverGzip <= BUDGETS.moverGzip },
  },
  {
    key: 'data',
    title: 'data',
    budget: `≤ ${kb(BUDGETS.dataGzip)}`,
    counts: "the JSON and CSV the page's figures fetch",
    cell: (row) =>
      row.dataGzip === undefined ? undefined : { text: kb(row.dataGzip), pass: row.dataGzip <= BUDGETS.dataGzip },
  },
  {
    key: 'redraw',
    title: 'redraw p95',
    budget: `≤ ${BUDGETS.redrawP95Ms} ms`,
    counts: "slider input → the moved figure redrawn, the page's slowest live figure",
    cell: (row) =>
      row.redrawP95 === undefined ? undefined : { text: ms(row.redrawP95), pass: row.redrawP95 <= BUDGETS.redrawP95Ms },
  },
  {
    key: 'followers',
    title: 'followers p95',
    budget: `≤ ${BUDGETS.followersP95Ms} ms`,
    counts: 'slider input → every figure sharing the moved key redrawn too',
    cell: (row) =>
      row.followersP95 === undefined
        ? undefined
        : { text: ms(row.followersP95), pass: row.followersP95 <= BUDGETS.followersP95Ms },
  },
  {
    key: 'cls',
    title: 'CLS (worst)',
    budget: `= ${BUDGETS.cls}`,
    counts: 'layout shift over the visit up to every figure live, the worst of the four screens',
    cell: (row) => ({ text: row.cls === 0 ? '0' : row.cls.toFixed(4), pass: row.cls <= BUDGETS.cls }),
  },
  {
    key: 'lcp',
    title: 'LCP (LH)',
    budget: `≤ ${(BUDGETS.lcpMs / 1000).toFixed(1)} s`,
    counts: "Lighthouse's largest contentful paint, mobile preset, median of the runs",
    cell: (row) =>
      row.lighthouse && {
        text: `${(row.lighthouse.lcpMs / 1000).toFixed(2)} s`,
        pass: row.lighthouse.lcpMs <= BUDGETS.lcpMs,
      },
  },
  {
    key: 'lhPerformance',
    title: 'LH perf',
    budget: `≥ ${BUDGETS.lighthousePerformance}`,
    counts: "Lighthouse's performance score, mobile preset, median of the runs",
    cell: (row) =>
      row.lighthouse && {
        text: String(row.lighthouse.performance),
        pass: row.lighthouse.performance >= BUDGETS.lighthousePerformance,
      },
  },
  {
    key: 'lhAccessibility',
    title: 'LH a11y',
    budget: `= ${BUDGETS.lighthouseAccessibility}`,
    counts: "Lighthouse's accessibility score, median of the runs",
    cell: (row) =>
      row.lighthouse && {
        text: String(row.lighthouse.accessibility),
        pass: row.lighthouse.accessibility >= BUDGETS.lighthouseAccessibility,
      },
  },
];

const CELL = 15;
const cellText = (cell: { text: string; pass: boolean } | undefined) =>
  (cell ? `${cell.text} ${cell.pass ? 'PASS' : 'FAIL'}` : '—').padStart(CELL);

export interface TableSummary {
  cells: number;
  pass: number;
  fail: number;
  failsByColumn: Record<string, number>;
}

export function summarise(rows: readonly PageRow[]): TableSummary {
  const failsByColumn: Record<string, number> = {};
  let cells = 0;
  let pass = 0;
  for (const column of COLUMNS) {
    failsByColumn[column.key] = 0;
    for (const row of rows) {
      const cell = column.cell(row);
      if (!cell) continue;
      cells++;
      if (cell.pass) pass++;
      else failsByColumn[column.key]!++;
    }
  }
  return { cells, pass, fail: cells - pass, failsByColumn };
}

/** Under the table: what each column counts. */
export function legendLines(): string[] {
  return ['Columns:', ...COLUMNS.map((column) => `  ${column.title}: ${column.counts}.`)];
}

/** The table as lines of text. */
export function formatTable(rows: readonly PageRow[]): string[] {
  const width = Math.max(4, ...rows.map((row) => row.path.length));
  const header = (first: string, second: string, pick: (column: Column) => string) =>
    `${first.padEnd(width)} ${second.padStart(4)} ${COLUMNS.map((column) => pick(column).padStart(CELL)).join(' ')}`;
  const rule = '─'.repeat(width + 6 + COLUMNS.length * (CELL + 1));
  return [
    rule,
    header('page', 'figs', (column) => column.title),
    header('budget', '', (column) => column.budget),
    rule,
    ...rows.map(
      (row) =>
        `${row.path.padEnd(width)} ${String(row.figures).padStart(4)} ${COLUMNS.map((column) => cellText(column.cell(row))).join(' ')}`,
    ),
    rule,
  ];
}

export function summaryLine(rows: readonly PageRow[], buildMs: number | undefined): string {
  const summary = summarise(rows);
  const fails = COLUMNS.map((column) => `${column.title} ${summary.failsByColumn[column.key]}`).join(', ');
  const build =
    buildMs === undefined
      ? 'clean build not measured (--no-build)'
      : `clean build ${(buildMs / 1000).toFixed(1)} s ${buildMs <= BUDGETS.buildMs ? 'PASS' : 'FAIL'} (≤ ${BUDGETS.buildMs / 1000} s)`;
  return (
    `Summary: ${rows.length} pages, ${summary.cells} budget cells: ${summary.pass} PASS, ${summary.fail} FAIL ` +
    `(FAIL by column: ${fails}); ${build}.`
  );
}
