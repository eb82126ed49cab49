import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/figures/layout/text-width.ts';
import v7 from '../../src/figures/open-closed-compute/v7.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureParams } from '../../src/figures/reachable-states.ts';
import { drawnLabels } from './drawn-labels.ts';

// open-closed-compute v7 on a 320 px phone from 2021: the open record's date is drawn in two lines, anchored at
// its end and its foot (translate(177.14, 112.68) less the mark's 4 and 8), its name tags in one line at the top.
const { labels } = drawnLabels(v7, { ...figureParams(v7, {}), from_year: 2021 }, figureDataFromDisk(v7), 290, 320);
const label = (start: string) => labels.find((l) => l.text.startsWith(start))!;

describe('drawnLabels', () => {
  it('reads a text of two lines as both, its box the union of their boxes', () => {
    const date = label('open record');
    expect(date.text).toBe('open record\nsince Jul 2024');
    expect(date.box.right).toBeCloseTo(173.14, 2);
    expect(date.box.bottom).toBeCloseTo(104.68, 2);
    // The longer line's width; two 1.15 em line boxes whose baselines Plot sets 1 em apart.
    expect(date.box.right - date.box.left).toBeCloseTo(textWidth('since Jul 2024', 12), 6);
    expect(date.box.bottom - date.box.top).toBeCloseTo(2.15 * 12, 6);
  });

  it('reads a lone line anchored at its top from the anchor down, one line box', () => {
    expect(label('Open weights').box).toEqual({
      left: 18,
      top: 22,
      right: 18 + textWidth('Open weights', 12),
      bottom: 22 + 1.15 * 12,
    });
  });
});
