/**
 * A drawing's frame before Plot draws it, for a spec that decides something in pixels (tick counts, where a label
 * goes) at the width it is drawn: its size and margins, its scales' domains, and the height render.ts gives it at a
 * width (heightAt). Moved here from edge-labels.ts, whose placer only the edge figures' published versions use.
 *
 * @example
 * const plotHeight = frameAt(FRAME, 390).height - FRAME.marginTop - FRAME.marginBottom;
 * toPixels(2025, { domain: [2020, 2030], type: 'linear' }, 0, 100) // 50
 */

/** A drawing's size and margins, in pixels. */
export interface LabelFrame {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
}

/** A scale's domain and type, to map data to pixels the way Plot does. */
export interface AxisScale {
  readonly domain: readonly [number, number];
  readonly type: 'linear' | 'log';
}

/** Maps a value to pixels along [from, to], as Plot's linear and log scales do. */
export function toPixels(value: number, scale: AxisScale, from: number, to: number): number {
  const f = scale.type === 'log' ? Math.log : (v: number) => v;
  const [a, b] = scale.domain;
  return from + ((f(value) - f(a)) / (f(b) - f(a))) * (to - from);
}

/** The frame of a drawing `width` wide, in the proportions render.ts gives it (heightAt). */
export function frameAt(spec: LabelFrame, width: number): LabelFrame {
  const scale = width / spec.width;
  // render.ts heightAt: narrower than the spec, a figure keeps more than its share of height.
  const height = spec.height * (scale >= 1 ? scale : 0.55 + 0.45 * scale);
  return { ...spec, width, height };
}
