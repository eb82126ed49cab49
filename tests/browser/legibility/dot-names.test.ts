/** The rule of dot-names.ts, on drawings written out by hand. */
import { describe, expect, it } from 'vitest';
import { DOT_NAME_PX, LEGEND_PX, SCATTER, dotNamesAway } from './dot-names.ts';
import type { TextBox } from './read-drawing.ts';

const MUTED = 'rgb(89, 89, 100)';
const ORANGE = 'rgb(200, 100, 20)';
const text = (label: string, fill: string, more: Partial<TextBox> = {}): TextBox => ({
  text: label,
  left: 0,
  top: 0,
  right: 10,
  bottom: 10,
  fill,
  opacity: 1,
  halo: 'none',
  ...more,
});

describe('dot names away from their dots', () => {
  it('passes a name by its dot, and one joined to it by a leader however far', () => {
    const texts = [
      text('8B on 1.5×10¹³', ORANGE, { near: { dots: 1, dot: 6, leader: false } }),
      text('400B on 1×10¹⁵', ORANGE, { near: { dots: 1, dot: 52, leader: true } }),
      text('edge', ORANGE, { near: { dots: 1, dot: DOT_NAME_PX, leader: false } }),
    ];
    expect(dotNamesAway({ texts })).toEqual([]);
  });

  it('fails a name farther than DOT_NAME_PX from every dot of its colour with no leader', () => {
    const texts = [text('400B on 1×10¹⁵', ORANGE, { near: { dots: 1, dot: 52.4, leader: false } })];
    expect(dotNamesAway({ texts })).toEqual([
      'text "400B on 1×10¹⁵" stands 52 px from the nearest dot of its colour, with no leader',
    ]);
  });

  it('fails a name far from its dot that a line of its colour passes at a distance (over-training v5)', () => {
    const texts = [text('400B on 1×10¹⁵', ORANGE, { near: { dots: 1, dot: 76, line: 63, leader: false } })];
    expect(dotNamesAway({ texts })).toHaveLength(1);
  });

  it('leaves out a line’s name, a key or title far from every mark, notes, axes and faint text', () => {
    const far = { dots: 1, dot: 50, leader: false };
    const texts = [
      text('Open record', ORANGE, { near: { ...far, line: 12 } }),
      text('Closed record', ORANGE, { near: { dots: 1, dot: LEGEND_PX + 1, leader: false } }),
      text('● NVIDIA', ORANGE, { near: far }),
      text('Open weights', ORANGE, { near: { ...far, dots: SCATTER + 1 } }),
      text('▼ 9 machines', MUTED, { near: far }),
      text('2030', ORANGE, { axis: true, near: far }),
      text('tint', ORANGE, { opacity: 0.3, near: far }),
      text('no marks of its colour', ORANGE),
    ];
    expect(dotNamesAway({ texts, neutralColours: [MUTED] })).toEqual([]);
  });
});
