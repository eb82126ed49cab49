import { describe, expect, it } from 'vitest';
import { LABEL_PLACES, placeDataLabels, placeLabels, type LabelFrame } from './edge-labels.ts';

const frame: LabelFrame = { width: 320, height: 300, marginTop: 20, marginRight: 10, marginBottom: 30, marginLeft: 40 };

describe('edge labels', () => {
  it('places a lone label to the right of its dot', () => {
    expect(placeLabels([{ x: 100, y: 100, text: 'RTX 3090' }], frame)).toEqual([LABEL_PLACES[0]]);
  });

  it('moves a label that would overlap another, and drops one with no free place', () => {
    // Five dots on top of each other: right, then left, above and below, and the fifth has no room.
    const pile = [0, 1, 2, 3, 4].map((i) => ({ x: 150, y: 150, text: `machine ${i}` }));
    const places = placeLabels(pile, frame);
    expect(places.slice(0, 4)).toEqual(LABEL_PLACES);
    expect(places[4]).toBeNull();
  });

  it('keeps labels inside the drawing and off the axes', () => {
    // A dot at the right edge cannot take a label to its right; one at the left margin not to its left.
    expect(placeLabels([{ x: 305, y: 150, text: 'Mac Studio M3 Ultra' }], frame)[0]).toEqual(LABEL_PLACES[1]);
    expect(placeLabels([{ x: 45, y: 150, text: 'RTX 3090' }], frame)[0]).toEqual(LABEL_PLACES[0]);
    // Too long for either side or for the middle of a phone's drawing: dropped.
    expect(placeLabels([{ x: 160, y: 150, text: 'x'.repeat(60) }], frame)[0]).toBeNull();
  });

  it('follows the places a label asks for, and lets a line label be crossed by other labels’ dots', () => {
    const key = {
      x: 40,
      y: 20,
      text: '● NVIDIA',
      dot: false,
      places: [{ dx: 6, dy: 8, textAnchor: 'start' as const }],
    };
    expect(placeLabels([key], frame)).toEqual([key.places[0]]);
  });

  it('keeps more labels on a wide drawing than on a phone', () => {
    const spec: LabelFrame = {
      width: 640,
      height: 400,
      marginTop: 28,
      marginRight: 16,
      marginBottom: 40,
      marginLeft: 48,
    };
    // A 30-character label near the right: beside its dot on a desktop, nowhere on a phone.
    const points = [{ x: 2028, y: 2025, text: 'A machine with a very long name' }];
    const scale = { domain: [2020, 2030] as [number, number], type: 'linear' as const };
    const placed = (width: number) => placeDataLabels(points, spec, scale, scale, width).filter(Boolean).length;
    expect(placed(320)).toBeLessThan(placed(640));
  });
});
