import { describe, expect, it } from 'vitest';
import { formatCell } from './format.ts';
import { csvToTable, tableToCsv } from './csv.ts';

const columns = ['year', 'loss'].map((name) => ({ name, label: name, unit: '', description: name, digits: 3 }));

it('round-trips numeric rows with full precision', () => {
  const rows = [
    { year: 2025, loss: 2.326962860962461 },
    { year: 2025.25, loss: 1e-17 },
  ];
  const csv = tableToCsv(columns, rows);
  expect(csv).toBe('year,loss\n2025,2.326962860962461\n2025.25,1e-17\n');
  expect(csvToTable(csv)).toEqual(rows);
});

describe('label columns', () => {
  const columns = [
    { name: 'device', label: 'Device', unit: '', description: 'Device name.', digits: 0, type: 'text' as const },
    { name: 'flop', label: 'FLOP/s', unit: 'FLOP/s', description: 'Peak.', digits: 3 },
  ];

  it('quotes a label only when it needs it, and reads it back as text', () => {
    const rows = [
      { device: 'RTX 4090', flop: 8.26e13 },
      { device: 'Mac Studio, M2 "Ultra"', flop: 2.7e13 },
      { device: '2048', flop: 1 },
    ];
    const csv = tableToCsv(columns, rows);
    expect(csv).toBe('device,flop\nRTX 4090,82600000000000\n"Mac Studio, M2 ""Ultra""",27000000000000\n2048,1\n');
    expect(csvToTable(csv, columns)).toEqual(rows);
  });

  it('marks a label that starts like a spreadsheet formula as text; numbers stay numbers', () => {
    const rows = [
      { device: '=HYPERLINK("http://x.example","x")', flop: -3.5 },
      { device: '@SUM(A1)', flop: 1 },
      { device: '-2', flop: 2 },
    ];
    expect(tableToCsv(columns, rows)).toBe(
      `device,flop\n"'=HYPERLINK(""http://x.example"",""x"")",-3.5\n'@SUM(A1),1\n-2,2\n`,
    );
  });

  it('formats a label cell as it is', () => {
    expect(formatCell('RTX 4090', columns[0]!)).toBe('RTX 4090');
    expect(formatCell(undefined, columns[1]!)).toBe('–');
  });
});
