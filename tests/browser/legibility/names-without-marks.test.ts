/** The rule of names-without-marks.ts, on drawings written out by hand. */
import { describe, expect, it } from 'vitest';
import { namesWithoutMarks } from './names-without-marks.ts';
import type { TextBox } from './read-drawing.ts';

const AXES = 'rgb(60, 60, 60)';
const BLUE = 'rgb(29, 95, 166)';
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

describe('names without marks', () => {
  it('passes a name whose series has a mark on show, and text in the axes’ colour', () => {
    const texts = [text('2030', AXES, { axis: true }), text('Frontier', BLUE), text('one bet a year', AXES)];
    expect(namesWithoutMarks({ texts, shownColours: [BLUE, AXES] })).toEqual([]);
  });

  it('fails a name, or a key, whose series is nowhere on show', () => {
    const texts = [text('2030', AXES, { axis: true }), text('● NVIDIA', BLUE), text('Moving target', ORANGE)];
    expect(namesWithoutMarks({ texts, shownColours: [BLUE] })).toEqual([
      `text "Moving target" names marks in ${ORANGE}, but none is on show`,
    ]);
    expect(namesWithoutMarks({ texts, shownColours: [] })).toHaveLength(2);
  });

  it('leaves out faint text, and treats near-identical colours as one', () => {
    const texts = [text('2030', AXES, { axis: true }), text('band', ORANGE, { opacity: 0.3 })];
    expect(namesWithoutMarks({ texts, shownColours: [] })).toEqual([]);
    expect(namesWithoutMarks({ texts: [text('Frontier', 'rgb(29, 95, 167)')], shownColours: [BLUE] })).toEqual([]);
  });

  it('leaves out text in the theme’s ink and muted ink: notes and reference names', () => {
    const texts = [text('Beyond the fitted range →', 'rgb(89, 89, 100)'), text('same year', 'rgb(89, 89, 100)')];
    expect(
      namesWithoutMarks({ texts, shownColours: [], neutralColours: ['rgb(27, 27, 31)', 'rgb(89, 89, 100)'] }),
    ).toEqual([]);
  });
});
