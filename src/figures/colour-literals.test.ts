/**
 * Figure specs name colours by role from theme.ts, never as literals: a literal cannot follow the reader's theme
 * (issue 19: the wall's '#222' median line vanished on the dark background, white halos and fills glowed).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIGURES = new URL('.', import.meta.url).pathname;
/** Folders under src/figures that hold machinery or frozen bytes, not figure specs. */
const NOT_SPECS = new Set(['band', 'data-slices', 'frozen', 'publishing']);

// A colour written as a string: '#333', "rgb(0 0 0)", `hsl(…)`, 'white'. Comments may name colours freely.
const LITERAL = /(['"`])\s*(#[0-9a-f]{3,8}|(?:rgba?|hsla?|hwb|oklch|oklab|lab|lch)\(.*?\)|white|black|gr[ae]y)\s*\1/gi;

/** Colour literals in TypeScript source, with their line numbers (comments left out). */
function colourLiterals(source: string): string[] {
  const found: string[] = [];
  source.split('\n').forEach((line, index) => {
    const code = line.replace(/^\s*(\*|\/\/|\/\*).*$/, '').replace(/\s\/\/.*$/, '');
    for (const match of code.matchAll(LITERAL)) found.push(`${index + 1}: ${match[0]}`);
  });
  return found;
}

function specFiles(): string[] {
  return readdirSync(FIGURES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !NOT_SPECS.has(entry.name))
    .flatMap((entry) =>
      readdirSync(join(FIGURES, entry.name), { recursive: true, encoding: 'utf8' }).map((file) =>
        join(FIGURES, entry.name, file),
      ),
    )
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => relative(FIGURES, file))
    .sort();
}

describe('colour literals', () => {
  it('are found in strings, not in comments', () => {
    expect(
      colourLiterals(`const a = '#333';\n// '#444' in a comment\n * '#555'\nstroke: "rgb(1, 2, 3)", fill: 'white'`),
    ).toEqual(["1: '#333'", '4: "rgb(1, 2, 3)"', "4: 'white'"]);
    expect(colourLiterals("fill: theme.ink, stroke: 'none', href: '#top-of-page'")).toEqual([]);
  });

  it.each(specFiles())('%s uses theme tokens only (src/figures/theme.ts)', (file) => {
    const literals = colourLiterals(readFileSync(join(FIGURES, file), 'utf8'));
    // Every figure is converted (the list of those not yet converted went from 18 files to none).
    expect(literals, `src/figures/${file}: use a token from src/figures/theme.ts`).toEqual([]);
  });

  it('finds the spec files of every figure (the check above is not vacuous)', () => {
    expect(new Set(specFiles().map((file) => file.split('/')[0])).size).toBeGreaterThanOrEqual(16);
  });
});
