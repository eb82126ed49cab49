import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.ts';
import {
  categories,
  resolveThemeColours,
  resolveThemeTokens,
  theme,
  THEME_COLOURS,
  themeProperty,
  type ThemeColourName,
} from './theme.ts';
import { parseHTML } from 'linkedom';

const NAMES = Object.keys(THEME_COLOURS) as ThemeColourName[];
const css = readFileSync(new URL('../styles/global.css', import.meta.url), 'utf8');
/** The value global.css gives a custom property on :root (the first declaration). */
function declared(property: string): string | undefined {
  return new RegExp(`^\\s*${property}:\\s*([^;]+);`, 'm').exec(css)?.[1]?.trim();
}
const pageColours = {
  light: { '--fg': '', '--muted': '', '--bg': '' },
  dark: { '--fg': '', '--muted': '', '--bg': '' },
};
for (const property of ['--fg', '--muted', '--bg'] as const) {
  const [, light = '', dark = ''] = /light-dark\((#[0-9a-f]+),\s*(#[0-9a-f]+)\)/.exec(declared(property) ?? '') ?? [];
  pageColours.light[property] = light;
  pageColours.dark[property] = dark;
}

describe('theme tokens', () => {
  it('name a custom property with the light value as fallback', () => {
    expect(theme.frontier).toBe('var(--fig-frontier, #1d5fa6)');
    expect(theme.mutedInk).toBe('var(--fig-muted-ink, #595964)');
    expect(themeProperty('category1')).toBe('--fig-category-1');
    expect(categories).toHaveLength(7);
  });

  it.each(NAMES)('%s has the same light and dark values in global.css', (name) => {
    const value = declared(themeProperty(name));
    const { light, dark } = THEME_COLOURS[name];
    const page = { ink: '--fg', mutedInk: '--muted', background: '--bg' } as const;
    if (name in page) {
      const property = page[name as keyof typeof page];
      expect(value).toBe(`var(${property})`);
      expect([pageColours.light[property], pageColours.dark[property]]).toEqual([light, dark]);
    } else {
      expect(value).toBe(`light-dark(${light}, ${dark})`);
    }
  });

  it.each(NAMES.filter((name) => name !== 'background'))(
    '%s keeps 3:1 against the background in both themes (text may take it)',
    (name) => {
      const { light, dark } = THEME_COLOURS[name];
      expect(contrastRatio(light, THEME_COLOURS.background.light)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(dark, THEME_COLOURS.background.dark)).toBeGreaterThanOrEqual(3);
    },
  );
});

describe('resolving tokens for files', () => {
  it('writes the light value where a custom property cannot be read', () => {
    expect(resolveThemeTokens(`<path stroke="${theme.open}" fill="${theme.background}"/>`)).toBe(
      '<path stroke="#c8641b" fill="#fdfcf9"/>',
    );
    expect(resolveThemeTokens('<path stroke="var(--other, #123456)"/>')).toBe('<path stroke="var(--other, #123456)"/>');
  });

  it('resolves every attribute of a drawing', () => {
    const { document } = parseHTML(
      `<svg><g stroke="${theme.ink}"><text fill="${theme.frontier}" stroke="${theme.background}">a</text></g></svg>`,
    );
    const svg = document.querySelector('svg')!;
    resolveThemeColours(svg as unknown as Element);
    expect(svg.outerHTML).toBe('<svg><g stroke="#1b1b1f"><text fill="#1d5fa6" stroke="#fdfcf9">a</text></g></svg>');
  });
});
