/**
 * WCAG 2 contrast between two colours, for the theme's tests and the figure-state browser test.
 * Source: WCAG 2.2, "relative luminance" and "contrast ratio" (https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio).
 *
 * @example contrastRatio('#000', '#fff') // 21
 */

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  readonly r: number;
  readonly g: number;
  readonly b: number;
  readonly a: number;
}

/**
 * Parses #rgb, #rgba, #rrggbb, #rrggbbaa and rgb()/rgba() as a browser's getComputedStyle writes them
 * ("rgb(29, 95, 166)", "rgba(0, 0, 0, 0.5)", "rgb(29 95 166 / 0.5)"); undefined for anything else.
 *
 * @example parseColour('rgb(29, 95, 166)') // { r: 29, g: 95, b: 166, a: 1 }
 */
export function parseColour(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3,8})$/.exec(value)?.[1];
  if (hex && [3, 4, 6, 8].includes(hex.length)) {
    const digits = hex.length <= 4 ? [...hex].map((c) => c + c) : (hex.match(/../g) ?? []);
    const [r = 0, g = 0, b = 0, a = 255] = digits.map((pair) => parseInt(pair, 16));
    return { r, g, b, a: a / 255 };
  }
  const fn = /^rgba?\(([^)]*)\)$/.exec(value)?.[1];
  if (fn === undefined) return undefined;
  const parts = fn.split(/[\s,/]+/).filter(Boolean);
  if (parts.length < 3) return undefined;
  const [r, g, b] = parts.slice(0, 3).map(Number);
  const alphaText = parts[3];
  const a =
    alphaText === undefined ? 1 : alphaText.endsWith('%') ? Number(alphaText.slice(0, -1)) / 100 : Number(alphaText);
  if ([r, g, b, a].some((n) => n === undefined || !Number.isFinite(n))) return undefined;
  return { r: r!, g: g!, b: b!, a };
}

/** `top` drawn over the opaque `bottom` with `top`'s alpha times `opacity`. */
export function composite(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top.a * opacity;
  const mix = (t: number, u: number) => t * a + u * (1 - a);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of an opaque colour. */
export function luminance(colour: Rgba): number {
  return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b);
}

/** Contrast ratio (1 to 21) of two colours; a translucent `foreground` is first composited on `background`. */
export function contrastRatio(foreground: string | Rgba, background: string | Rgba): number {
  const parse = (c: string | Rgba) => {
    const parsed = typeof c === 'string' ? parseColour(c) : c;
    if (!parsed) throw new Error(`contrastRatio: cannot read the colour ${String(c)}`);
    return parsed;
  };
  const back = parse(background);
  const front = composite(parse(foreground), back);
  const [light, dark] = [luminance(front), luminance(back)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
