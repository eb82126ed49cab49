/** No cell of a CSV the site writes starts a spreadsheet formula. */
import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './spreadsheet-safe.ts';

describe('spreadsheetSafe', () => {
  it.each(['=1+2', '=HYPERLINK("http://x.example","click")', '+A1', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1', '-'])(
    'marks %j as text',
    (cell) => expect(spreadsheetSafe(cell)).toBe(`'${cell}`),
  );

  it.each(['-3.2', '+4', '-1e-7', 'GPT-4', 'Llama 3.1 405B', '', "'quoted"])('leaves %j as it is', (cell) =>
    expect(spreadsheetSafe(cell)).toBe(cell),
  );
});
