import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../../scripts/bench/budgets.ts';
import { COLUMNS, formatTable, legendLines, summarise, type PageRow } from '../../scripts/bench/report-table.ts';

const row = (over: Partial<PageRow>): PageRow => ({
  path: '/essays/x/',
  figures: 2,
  eagerGzip: 4_000,
  visibleGzip: 90_000,
  cls: 0,
  clsScreen: '1280 light',
  ...over,
});

describe('npm run bench table: the mover column', () => {
  it('budgets what a reader who moves a slider and pauses has loaded at 100 KB, beside visible JS', () => {
    const titles = COLUMNS.map((column) => column.title);
    expect(titles.indexOf('mover JS')).toBe(titles.indexOf('visible JS') + 1);
    const mover = COLUMNS.find((column) => column.key === 'moved')!;
    expect(mover.cell(row({ moverGzip: BUDGETS.moverGzip }))).toEqual({ text: '100.0 KB', pass: true });
    expect(mover.cell(row({ moverGzip: BUDGETS.moverGzip + 1 }))?.pass).toBe(false);
    // A page without a live figure has no mover: "—", not a cell that passes.
    expect(mover.cell(row({ figures: 0, moverGzip: undefined }))).toBeUndefined();
    expect(summarise([row({ moverGzip: 103_000 })]).failsByColumn.moved).toBe(1);
    expect(formatTable([row({ moverGzip: 103_000 })]).join('\n')).toMatch(/100\.6 KB FAIL/);
  });

  it('says under the table what every column counts', () => {
    const legend = legendLines();
    for (const column of COLUMNS) expect(legend.some((line) => line.startsWith(`  ${column.title}: `))).toBe(true);
    expect(legend.find((line) => line.startsWith('  mover JS'))).toMatch(/claims.*Believe.*Web Worker/);
  });
});
