/** The rules of dots-named.ts, on drawings written out by hand (device-fit v3's faults, as a phone showed them). */
import { describe, expect, it } from 'vitest';
import { dotNamesIn, dotNamesLost, dotsHidden, namesBesideOthers } from './dots-named.ts';
import type { DotMark, TextBox } from './read-drawing.ts';

const MUTED = 'rgb(89, 89, 100)';
const GREEN = 'rgb(60, 140, 40)';
const RED = 'rgb(220, 80, 60)';
const text = (label: string, fill: string, left: number, top: number, more: Partial<TextBox> = {}): TextBox => ({
  text: label,
  left,
  top,
  right: left + 60,
  bottom: top + 14,
  fill,
  opacity: 1,
  halo: 'none',
  ...more,
});
const dot = (id: number, colour: string, x: number, y: number, hidden = false): DotMark => ({
  id,
  of: 3,
  x,
  y,
  r: 5,
  colour,
  hidden,
});

describe('dots named one by one', () => {
  it('fails a dot hidden under another colour’s, and a name that stands by the dot that hides its own', () => {
    // DGX Spark (green) under the Ryzen (red), "DGX Spark" to their left.
    const drawing = {
      texts: [text('DGX Spark', GREEN, 30, 93)],
      dots: [dot(0, GREEN, 100, 100, true), dot(1, RED, 100, 101), dot(2, GREEN, 200, 20)],
      neutralColours: [MUTED],
    };
    expect(dotsHidden(drawing)).toEqual([`a dot in ${GREEN} is hidden under a dot of another colour`]);
    expect(namesBesideOthers(drawing)).toEqual([
      `text "DGX Spark" stands by a dot in ${RED}, nearer it than any dot of its colour`,
    ]);
    // A grey reference dot names nothing: under another it is left to the drawing.
    expect(dotsHidden({ ...drawing, dots: [dot(0, MUTED, 100, 100, true), dot(1, RED, 100, 101)] })).toEqual([]);
  });

  it('passes coinciding dots drawn so both show, each name by its own colour', () => {
    const drawing = {
      texts: [text('DGX Spark', GREEN, 108, 86), text('Ryzen AI Max+ 395', RED, 108, 100)],
      dots: [dot(0, GREEN, 100, 96), dot(1, RED, 100, 104), dot(2, GREEN, 200, 20)],
      neutralColours: [MUTED],
    };
    expect(dotsHidden(drawing)).toEqual([]);
    expect(namesBesideOthers(drawing)).toEqual([]);
    expect(dotNamesIn(drawing).dots.map((d) => d.name)).toEqual(['DGX Spark', 'Ryzen AI Max+ 395', undefined]);
  });

  it('takes a leader’s end for the dot it names, and leaves a key’s entries and notes out', () => {
    const drawing = {
      texts: [
        text('RTX 3090', GREEN, 300, 300, { near: { dots: 2, dot: 150, leader: true, leaderTo: { x: 201, y: 21 } } }),
        text('● NVIDIA', GREEN, 95, 80),
        text('Ryzen', MUTED, 95, 96),
      ],
      dots: [dot(0, GREEN, 100, 96), dot(1, RED, 100, 104), dot(2, GREEN, 200, 20)],
      neutralColours: [MUTED],
    };
    expect(dotNamesIn(drawing).dots.map((d) => d.name)).toEqual([undefined, undefined, 'RTX 3090']);
    expect(namesBesideOthers(drawing)).toEqual([]);
  });

  it('fails a dot named in one state and not in another, unless that drawing says names are left out', () => {
    const dots = [dot(0, GREEN, 100, 100), dot(1, RED, 100, 140), dot(2, GREEN, 200, 20)];
    const named = dotNamesIn({ texts: [text('RTX 4090', GREEN, 108, 93)], dots, neutralColours: [MUTED] });
    const unnamed = dotNamesIn({ texts: [], dots, neutralColours: [MUTED] });
    const said = dotNamesIn({ texts: [text('2 machines not named', MUTED, 0, 0)], dots, neutralColours: [MUTED] });
    expect(
      dotNamesLost([
        { where: 'start', ...named },
        { where: 'all at max', ...unnamed },
      ]),
    ).toEqual([`dot 1 of 3 in ${GREEN} is named "RTX 4090" at start, and has no name at all at max`]);
    expect(
      dotNamesLost([
        { where: 'start', ...named },
        { where: 'all at max', ...said },
      ]),
    ).toEqual([]);
  });

  it('takes a text by a line of its colour for the line’s name, not a dot’s', () => {
    const dots = [dot(0, GREEN, 100, 100), dot(1, RED, 100, 140), dot(2, GREEN, 200, 20)];
    const budget = text('Budget $10M', GREEN, 108, 93, { near: { dots: 2, dot: 3, line: 4, leader: false } });
    expect(dotNamesIn({ texts: [budget], dots }).dots.map((d) => d.name)).toEqual([undefined, undefined, undefined]);
  });

  it('compares a dot only with drawings of as many dots, and leaves scatters out', () => {
    const named = dotNamesIn({ texts: [text('RTX 4090', GREEN, 108, 93)], dots: [dot(0, GREEN, 100, 100)] });
    const more = dotNamesIn({ texts: [], dots: [{ ...dot(0, GREEN, 100, 100), of: 4 }] });
    expect(
      dotNamesLost([
        { where: 'a', ...named },
        { where: 'b', ...more },
      ]),
    ).toEqual([]);
    const scatter = Array.from({ length: 13 }, (_, i) => dot(i, RED, 10 * i, 50, i === 0));
    expect(dotsHidden({ texts: [], dots: scatter })).toEqual([]);
  });
});
