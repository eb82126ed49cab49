/** The rule of names-kept.ts, on drawings written out by hand. */
import { describe, expect, it } from 'vitest';
import { isOffAxisNote, namesDropped, namesIn } from './names-kept.ts';
import type { TextBox } from './read-drawing.ts';

const AXES = 'rgb(60, 60, 60)';
const MUTED = 'rgb(89, 89, 100)';
const ORANGE = 'rgb(200, 100, 20)';
const BLUE = 'rgb(29, 95, 166)';
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
const state = (where: string, texts: TextBox[]) => ({
  where,
  ...namesIn({ texts: [text('2012', AXES, { axis: true }), ...texts], neutralColours: [MUTED] }),
});

describe('names kept across states', () => {
  it('reads a drawing’s series names and its off-axis note', () => {
    expect(namesIn({ texts: [text('8B on 1.5×10¹³', ORANGE), text('3B', MUTED)], neutralColours: [MUTED] })).toEqual({
      named: [{ colour: ORANGE, text: '8B on 1.5×10¹³' }],
      offAxisNote: false,
    });
    expect(namesIn({ texts: [text('▼ 0.4B on 1×10¹¹', MUTED)], neutralColours: [MUTED] }).offAxisNote).toBe(true);
  });

  it('passes a series named in every state, or said off the axis where it is not', () => {
    const states = [
      state('start', [text('8B on 1.5×10¹³', ORANGE), text('Frontier', BLUE)]),
      state('all at min', [text('▼ 0.4B on 1×10¹¹', MUTED), text('Frontier', BLUE)]),
    ];
    expect(namesDropped(states)).toEqual([]);
  });

  it('fails a state where a series named elsewhere has no name and nothing is said', () => {
    const states = [
      state('start', [text('8B on 1.5×10¹³', ORANGE)]),
      state('all at min', [text('3B', MUTED)]),
      state('all at max', []),
    ];
    expect(namesDropped(states)).toEqual([
      `no name in ${ORANGE} ("8B on 1.5×10¹³" elsewhere) and no off-axis note, at all at min and 1 more states`,
    ]);
  });

  it('takes a note by the shared arrows or "off this axis", not an axis title’s arrow at its end', () => {
    expect(isOffAxisNote('← 400B on 1×10¹¹')).toBe(true);
    expect(isOffAxisNote('Fixed target: off this axis')).toBe(true);
    expect(isOffAxisNote('Beyond the fitted range →')).toBe(false);
  });
});
