import { describe, expect, it } from 'vitest';
import { clipLine } from './clip-line.ts';

describe('clipLine', () => {
  it('starts a line that rises into the frame on its edge', () => {
    const rows = [
      { year: 2025, open: -2 },
      { year: 2026, open: 2 },
      { year: 2027, open: 4 },
    ];
    expect(clipLine(rows, 'year', 'open', [0, 10])).toEqual([
      { year: 2025.5, open: 0, segment: 0 },
      { year: 2026, open: 2, segment: 0 },
      { year: 2027, open: 4, segment: 0 },
    ]);
  });

  it('ends a line on the edge it leaves by and starts a new segment where it comes back', () => {
    const rows = [
      { x: 0, y: 5 },
      { x: 1, y: 15 },
      { x: 2, y: 5 },
    ];
    expect(clipLine(rows, 'x', 'y', [0, 10])).toEqual([
      { x: 0, y: 5, segment: 0 },
      { x: 0.5, y: 10, segment: 0 },
      { x: 1.5, y: 10, segment: 1 },
      { x: 2, y: 5, segment: 1 },
    ]);
  });

  it('keeps a line inside the frame as it is, and drops one wholly outside', () => {
    const rows = [
      { x: 0, y: 1 },
      { x: 1, y: 2 },
    ];
    expect(clipLine(rows, 'x', 'y', [0, 10])).toEqual(rows.map((r) => ({ ...r, segment: 0 })));
    expect(clipLine(rows, 'x', 'y', [5, 10])).toEqual([]);
  });
});
