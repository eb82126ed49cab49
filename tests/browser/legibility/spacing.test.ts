/** The spacing check on hand-made rows of text: labels that touch are found, labels a word space apart are not. */
import { describe, expect, it } from 'vitest';
import { overlappingText } from './problems.ts';
import type { TextBox } from './read-drawing.ts';
import { crowdedText, MIN_GAP_PX } from './spacing.ts';

/** A 12 px label: a box 15 px tall (the font's ascent and descent), 6.7 px a digit. */
const label = (text: string, left: number, top = 300, width = text.length * 6.7): TextBox => ({
  text,
  left,
  top,
  right: left + width,
  bottom: top + 15,
  fill: 'rgb(27, 27, 31)',
  opacity: 1,
  halo: 'none',
});
/** Year ticks `step` px apart, as Plot writes them centred under each tick. */
const ticks = (step: number) => [2018, 2019, 2020].map((year, i) => label(String(year), 40 + i * step));

describe('crowdedText', () => {
  it('finds year ticks that touch ("20182019…" on a phone), which overlappingText lets pass', () => {
    expect(crowdedText(ticks(26.8))).toEqual([
      'text "2018" runs into "2019" (under 3 px apart)',
      'text "2019" runs into "2020" (under 3 px apart)',
    ]);
    // A pixel of shared box is not an overlap (problems.ts), yet it is no gap either.
    expect(crowdedText(ticks(26))).toHaveLength(2);
    expect(overlappingText(ticks(26.8))).toEqual([]);
  });

  it('leaves ticks a word space apart alone, and what overlappingText reports', () => {
    expect(crowdedText(ticks(26.8 + MIN_GAP_PX))).toEqual([]);
    expect(crowdedText(ticks(20))).toEqual([]);
    expect(overlappingText(ticks(20))).toHaveLength(2);
  });

  it('finds a direct label run into another on its line, in either order', () => {
    expect(crowdedText([label('Closed record', 200, 100), label('open', 172, 104)])).toEqual([
      'text "open" runs into "Closed record" (under 3 px apart)',
    ]);
  });

  it('leaves rows of text stacked with no gap alone: their boxes carry air above and below the letters', () => {
    expect(crowdedText([label('Closed record', 200, 100), label('Open record', 200, 115)])).toEqual([]);
    // Offset by less than half a line, two labels side by side are on one line.
    expect(crowdedText([label('a', 100, 100), label('b', 107.7, 107)])).toHaveLength(1);
    expect(crowdedText([label('a', 100, 100), label('b', 107.7, 108)])).toEqual([]);
  });
});
