import { describe, expect, it } from 'vitest';
import { frameAt, toPixels, type LabelFrame } from './frame.ts';

describe('a drawing’s frame before Plot draws it', () => {
  it('maps data to pixels as Plot’s linear and log scales do', () => {
    expect(toPixels(2025, { domain: [2020, 2030], type: 'linear' }, 0, 100)).toBe(50);
    expect(toPixels(100, { domain: [10, 1000], type: 'log' }, 0, 100)).toBeCloseTo(50, 10);
    expect(toPixels(2020, { domain: [2020, 2030], type: 'linear' }, 200, 0)).toBe(200);
  });

  it('gives a narrower drawing more than its share of height, as render.ts does', () => {
    const spec: LabelFrame = {
      width: 640,
      height: 400,
      marginTop: 28,
      marginRight: 16,
      marginBottom: 40,
      marginLeft: 48,
    };
    expect(frameAt(spec, 640).height).toBe(400);
    expect(frameAt(spec, 1280).height).toBe(800);
    expect(frameAt(spec, 320).height).toBeCloseTo(400 * 0.775, 9);
    expect(frameAt(spec, 320).marginLeft).toBe(48);
  });
});
