import { describe, expect, it } from 'vitest';
import { figureUses } from './figure-uses.ts';

describe('figureUses', () => {
  it('lists every embedded figure with its label, whatever the attribute order', () => {
    const body = [
      'Text with <FigureValue figure="other" value="x" /> in it.',
      '<Figure id="meek-loss-gap" label="fig-gap" />',
      '<Figure label="fig-band" params={{ g_i: 2.4 }} id="meek-gap-band" />',
    ].join('\n');
    expect(figureUses(body)).toEqual([
      { id: 'meek-loss-gap', label: 'fig-gap', version: undefined },
      { id: 'meek-gap-band', label: 'fig-band', version: undefined },
    ]);
  });
  it('reads a pinned version and tolerates a figure without a label', () => {
    expect(figureUses("<Figure id='x' version={2} />")).toEqual([{ id: 'x', label: undefined, version: 2 }]);
  });
  it('ignores FigureValue and FigureCases elements', () => {
    expect(figureUses('<FigureValue figure="a" value="b" /><FigureCases figure="a" case="c">')).toEqual([]);
  });
});
