/** The legibility checks on hand-made drawings: each finds what it should and nothing else. */
import { describe, expect, it } from 'vitest';
import { clippedText, faintColours, fixedLightFills, overlappingText, textAtEdge } from './problems.ts';
import type { TextBox } from './read-drawing.ts';
import { dotsTouchingText, labelsOverMarks } from './over-marks.ts';
import type { Crossing } from './read-crossings.ts';

const text = (t: string, left: number, top: number, width = 30, height = 14): TextBox => ({
  text: t,
  left,
  top,
  right: left + width,
  bottom: top + height,
  fill: 'rgb(27, 27, 31)',
  opacity: 1,
  halo: 'none',
});
const svg = { left: 0, top: 0, right: 320, bottom: 200 };

describe('overlappingText', () => {
  it('finds "2045" run into "2025" and leaves neighbours alone', () => {
    expect(overlappingText([text('2045', 100, 180), text('2025', 120, 180)])).toEqual(['text "2045" overlaps "2025"']);
    expect(overlappingText([text('2045', 100, 180), text('2050', 140, 180)])).toEqual([]);
    // Two lines of labels 12 px apart: their glyph boxes share 2 px and do not collide.
    expect(overlappingText([text('a', 10, 10), text('b', 10, 22)])).toEqual([]);
  });
});

describe('clippedText', () => {
  it('finds "gap 0.45 in 203" cut off at the right edge', () => {
    expect(clippedText([text('gap 0.45 in 2030', 300, 50, 90)], svg)).toEqual([
      'text "gap 0.45 in 2030" is cut off by the drawing\'s edge',
    ]);
    expect(clippedText([text('inside', 10, 10)], svg)).toEqual([]);
  });
});

describe('textAtEdge', () => {
  it('finds "2026" ending 0.8 px inside the right edge, and leaves text 2 px in and text cut off alone', () => {
    expect(textAtEdge([text('2026', 289.2, 180)], svg)).toEqual(['text "2026" touches the drawing\'s right edge']);
    expect(textAtEdge([text('2020', 0.5, 180)], svg)).toEqual(['text "2020" touches the drawing\'s left edge']);
    expect(textAtEdge([text('2026', 288, 180), text('2020', 2, 180)], svg)).toEqual([]);
    // Past the edge by more than EDGE_PX it is cut off: clippedText says so, once.
    expect(textAtEdge([text('gap 0.45 in 2030', 300, 50, 90)], svg)).toEqual([]);
  });
});

describe('faintColours', () => {
  const reading = (fill: string, halo = 'none', marks: { mark: string; colour: string; opacity: number }[] = []) => ({
    theme: 'dark' as const,
    texts: [{ ...text('median', 10, 10), fill, halo }],
    marks,
    svg,
    background: 'rgb(21, 22, 26)',
    prose: [],
  });

  it('finds #222 text and a white halo on the dark background', () => {
    expect(faintColours(reading('rgb(34, 34, 34)'))).toEqual([
      expect.stringMatching(/^dark: text "median" has contrast 1\.\d\d:1/),
    ]);
    expect(faintColours(reading('rgb(232, 230, 225)', 'rgb(255, 255, 255)'))).toEqual([
      expect.stringMatching(/halo of "median".*stands out/),
    ]);
    expect(faintColours(reading('rgb(232, 230, 225)', 'rgb(21, 22, 26)'))).toEqual([]);
  });

  it('finds a #222 line on the dark background, and leaves faint tints alone', () => {
    expect(
      faintColours(reading('rgb(232, 230, 225)', 'none', [{ mark: 'line', colour: 'rgb(34, 34, 34)', opacity: 1 }])),
    ).toEqual([expect.stringMatching(/^dark: line mark in rgb\(34, 34, 34\) has contrast/)]);
    expect(
      faintColours(reading('rgb(232, 230, 225)', 'none', [{ mark: 'area', colour: 'rgb(34, 34, 34)', opacity: 0.2 }])),
    ).toEqual([]);
  });
});

describe('fixedLightFills', () => {
  const drawing = (background: string, colour: string) => ({
    texts: [],
    marks: [{ mark: 'dot', colour, opacity: 1 }],
    svg,
    background,
    prose: [],
  });

  it('finds a hollow dot filled white, which glows in the dark theme', () => {
    expect(
      fixedLightFills(
        drawing('rgb(253, 252, 249)', 'rgb(255, 255, 255)'),
        drawing('rgb(21, 22, 26)', 'rgb(255, 255, 255)'),
      ),
    ).toEqual([expect.stringMatching(/^dark: dot mark filled rgb\(255, 255, 255\)/)]);
  });

  it('leaves a knockout in the background colour of each theme alone, and faintColours skips it', () => {
    const light = drawing('rgb(253, 252, 249)', 'rgb(253, 252, 249)');
    const dark = drawing('rgb(21, 22, 26)', 'rgb(21, 22, 26)');
    expect(fixedLightFills(light, dark)).toEqual([]);
    expect(faintColours({ theme: 'dark', ...dark })).toEqual([]);
  });
});

describe('labelsOverMarks', () => {
  const back = 'rgb(253, 252, 249)';
  const frontier = 'rgb(31, 95, 168)';
  const meek = 'rgb(191, 87, 0)';
  const crossing = (over: Partial<Crossing> = {}): Crossing => ({
    text: 'Frontier',
    fill: frontier,
    halo: back,
    haloWidth: 3,
    inkHeight: 9,
    mark: 'line',
    stroke: meek,
    strokeOpacity: 1,
    fillColour: 'none',
    fillOpacity: 1,
    length: 40,
    covered: 0,
    above: false,
    ...over,
  });

  it('finds a dot of another colour reaching into the ink, however little of it it covers', () => {
    const dot = { mark: 'dot', stroke: 'none', fillColour: meek, length: 0, covered: 0 };
    expect(dotsTouchingText([crossing({ ...dot, into: 5 })], back)).toEqual([
      `text "Frontier" touches a dot filled ${meek}`,
    ]);
    // Just grazing the ink box, a faint dot, or a dot of the text's own colour: not a collision.
    expect(dotsTouchingText([crossing({ ...dot, into: 0.8 })], back)).toEqual([]);
    expect(dotsTouchingText([crossing({ ...dot, into: 5, fillOpacity: 0.3 })], back)).toEqual([]);
    expect(dotsTouchingText([crossing({ ...dot, into: 5, fillColour: frontier })], back)).toEqual([]);
  });

  it("finds a line's name written along the other line, halo or not", () => {
    expect(labelsOverMarks([crossing()], back)).toEqual([expect.stringMatching(/^text "Frontier" lies along a line/)]);
    expect(labelsOverMarks([crossing({ halo: 'none', haloWidth: 0, length: 8 })], back)).toEqual([
      expect.stringMatching(/crossed by a line mark .*no background halo/),
    ]);
  });

  it('lets a halo mend a short, steep crossing, but not one drawn over the text or a translucent halo', () => {
    expect(labelsOverMarks([crossing({ length: 12 })], back)).toEqual([]);
    expect(labelsOverMarks([crossing({ length: 12, above: true })], back)).toEqual([
      expect.stringMatching(/drawn over it$/),
    ]);
    expect(labelsOverMarks([crossing({ length: 12, halo: 'rgba(253, 252, 249, 0.6)' })], back)).toHaveLength(1);
    expect(labelsOverMarks([crossing({ length: 12, halo: 'rgb(255, 0, 0)' })], back)).toHaveLength(1);
  });

  it('leaves a label on its own line, a tint and a touch alone; finds one on a solid fill of another colour', () => {
    expect(labelsOverMarks([crossing({ stroke: frontier })], back)).toEqual([]);
    expect(labelsOverMarks([crossing({ strokeOpacity: 0.3 })], back)).toEqual([]);
    expect(labelsOverMarks([crossing({ length: 1 })], back)).toEqual([]);
    const area = { mark: 'area', stroke: 'none', length: 0, fillColour: meek };
    expect(labelsOverMarks([crossing({ ...area, covered: 0.5, fillOpacity: 0.2 })], back)).toEqual([]);
    expect(labelsOverMarks([crossing({ ...area, covered: 0.5 })], back)).toEqual([
      expect.stringMatching(/^text "Frontier" sits on an area mark filled/),
    ]);
  });

  it('finds a leader line in any text, its own colour too, and leaves one that only touches a text alone', () => {
    const leader = { mark: 'leader', length: 6 };
    expect(labelsOverMarks([crossing({ ...leader, stroke: frontier })], back)).toEqual([
      `text "Frontier" is crossed by a leader line in ${frontier}`,
    ]);
    expect(labelsOverMarks([crossing({ ...leader, length: 12 })], back)).toEqual([
      `text "Frontier" is crossed by a leader line in ${meek}`,
    ]);
    expect(labelsOverMarks([crossing({ ...leader, stroke: frontier, length: 1 })], back)).toEqual([]);
    // The same crossing by a data line of the text's own colour is its own series: no collision.
    expect(labelsOverMarks([crossing({ stroke: frontier, length: 6 })], back)).toEqual([]);
  });
});
