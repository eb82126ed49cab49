import { expect, it } from 'vitest';
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
