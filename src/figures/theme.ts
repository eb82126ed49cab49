/**
 * Every colour a figure may use, by role: a figure spec names `theme.frontier`, never `'#1d5fa6'`.
 *
 * Each token is a CSS custom property with the light value as its fallback, `var(--fig-frontier, #1d5fa6)`:
 *  - On a page, src/styles/global.css defines `--fig-frontier: light-dark(#1d5fa6, #79b4ee)`, so the drawing
 *    follows the reader's theme (a test keeps those values equal to THEME_COLOURS below).
 *  - The published file (figure.svg) and its PNG are for slides and print, where nothing resolves a custom
 *    property: resvg draws `fill="var(…)"` black (tried: resvg-js 2, the pixel is 0,0,0), and Inkscape and
 *    LaTeX's SVG packages do not read CSS variables either. So render.ts writes the light value into the file
 *    (resolveThemeColours) and png.ts resolves any token left in an SVG it is given. A file has no site theme
 *    to follow, and a light drawing on its white page is what slides and papers need; a `prefers-color-scheme`
 *    <style> in the file would also darken a figure pasted on a white slide.
 *
 * Token light values are the colours the figures used as literals before, so a figure that moves to tokens
 * keeps its published file's bytes where it used those exact colours. Dark values keep at least 3:1 against
 * the dark background (theme.test.ts), so a token may colour text as well as marks.
 *
 * Use `background` for text halos (Plot's text `stroke`) and for hollow marks that must hide what is behind
 * them; a mark that is only hollow takes `fill: 'none'`. Tokens are constants and ordinal ranges: a continuous
 * colour scale cannot interpolate between custom properties.
 *
 * @example Plot.text(labels, { fill: theme.ink, stroke: theme.background, strokeWidth: 3 })
 * @example Plot.lineY(rows, { x: 'year', y: 'open', stroke: theme.open })
 */

/** One colour role: its custom property (without `--fig-`), light value and dark value. */
export interface ThemeColour {
  readonly light: string;
  readonly dark: string;
  /** What a figure uses it for. */
  readonly role: string;
}

/** The colour roles; the light values of ink, mutedInk and background are the site's --fg, --muted and --bg. */
export const THEME_COLOURS = {
  frontier: { light: '#1d5fa6', dark: '#79b4ee', role: 'the closed frontier: lines, dots and their labels' },
  open: { light: '#c8641b', dark: '#f0a35e', role: 'open models' },
  meek: { light: '#c8641b', dark: '#f0a35e', role: 'the meek model (the open side of the meek essay)' },
  ceiling: { light: '#6b6b6b', dark: '#a3a3ab', role: 'a ceiling or limit that bounds the other series' },
  highlight: { light: '#7a3aa8', dark: '#c39be6', role: 'a marked event or measured gap (glut start, gap)' },
  ink: { light: '#1b1b1f', dark: '#e8e6e1', role: 'text and the main neutral line (a median, an annotation)' },
  mutedInk: { light: '#595964', dark: '#a9a8b2', role: 'secondary text and neutral marks' },
  reference: { light: '#8a8a8a', dark: '#7d7d88', role: 'reference lines and quiet marks (chance, 1×), not text' },
  background: { light: '#fdfcf9', dark: '#15161a', role: 'text halos and fills that hide what is behind them' },
  nvidia: { light: '#3f7f1f', dark: '#8fcf6a', role: 'NVIDIA devices' },
  apple: { light: '#555555', dark: '#b4b4bc', role: 'Apple devices' },
  amd: { light: '#b0281a', dark: '#f07a6a', role: 'AMD and Framework devices' },
  category1: { light: '#1d5fa6', dark: '#79b4ee', role: 'the first of up to seven categories (benchmarks)' },
  category2: { light: '#3a9a5b', dark: '#6fcf8f', role: 'category 2' },
  category3: { light: '#8c6d31', dark: '#d0ad6a', role: 'category 3' },
  category4: { light: '#7a3aa8', dark: '#c39be6', role: 'category 4' },
  category5: { light: '#c8641b', dark: '#f0a35e', role: 'category 5' },
  category6: { light: '#b2304a', dark: '#f07a8f', role: 'category 6' },
  category7: { light: '#2a8a9a', dark: '#5fc8d8', role: 'category 7' },
} as const satisfies Record<string, ThemeColour>;

export type ThemeColourName = keyof typeof THEME_COLOURS;

/** The custom property behind a token: frontier → --fig-frontier, mutedInk → --fig-muted-ink. */
export function themeProperty(name: ThemeColourName): string {
  return `--fig-${name.replace(/[A-Z0-9]+/g, (part) => `-${part.toLowerCase()}`)}`;
}

/** The value a figure spec uses for a colour role. */
function token(name: ThemeColourName): string {
  return `var(${themeProperty(name)}, ${THEME_COLOURS[name].light})`;
}

/** Colour tokens for figure specs, one per role in THEME_COLOURS. */
export const theme = Object.fromEntries(
  (Object.keys(THEME_COLOURS) as ThemeColourName[]).map((name) => [name, token(name)]),
) as { readonly [K in ThemeColourName]: string };

/** The seven categorical tokens in order, for an ordinal colour range. */
export const categories: readonly string[] = [
  theme.category1,
  theme.category2,
  theme.category3,
  theme.category4,
  theme.category5,
  theme.category6,
  theme.category7,
];

// A figure token: `var(--fig-name, #light)`; the light value is the fallback.
const TOKEN = /var\(\s*--fig-[a-z0-9-]+\s*,\s*(#[0-9a-fA-F]{3,8})\s*\)/g;

/**
 * Markup with every figure token replaced by its light value, for consumers that cannot resolve CSS custom
 * properties (resvg, the published figure.svg).
 *
 * @example resolveThemeTokens('<path stroke="var(--fig-open, #c8641b)"/>') // '<path stroke="#c8641b"/>'
 */
export function resolveThemeTokens(markup: string): string {
  return markup.replace(TOKEN, '$1');
}

/** Resolves the tokens in every attribute of an element and its descendants (the published file's drawing). */
export function resolveThemeColours(root: Element): void {
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      if (attribute.value.includes('var(--fig-'))
        element.setAttribute(attribute.name, resolveThemeTokens(attribute.value));
    }
  }
}
