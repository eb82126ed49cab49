/**
 * The site's CSS is written without nesting: the build ships it as written (no lowering), and Chromium before 112,
 * Safari before 16.5 and Firefox before 117 drop a style rule with nested rules in it whole, not only the nested
 * part. essay-containment.css was nested once, and in those browsers lost the rule that lays each held-back essay
 * block out for good. This reads every stylesheet and every <style> of a component and fails on a style rule
 * opened inside another style rule (at-rules such as @media may hold style rules; style rules may not).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Where a style rule opens inside another style rule: line numbers, 1-based. */
export function nestedRules(css: string): number[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const open: ('style' | 'at')[] = [];
  const found: number[] = [];
  let prelude = '';
  let line = 1;
  let quote: string | undefined;
  for (const char of text) {
    if (char === '\n') line++;
    if (quote) {
      if (char === quote) quote = undefined;
      prelude += char;
      continue;
    }
    if (char === '"' || char === "'") quote = char;
    if (char === '{') {
      const kind = prelude.trim().startsWith('@') ? 'at' : 'style';
      if (kind === 'style' && open.includes('style')) found.push(line);
      open.push(kind);
      prelude = '';
    } else if (char === '}') {
      open.pop();
      prelude = '';
    } else if (char === ';') prelude = '';
    else prelude += char;
  }
  return found;
}

function filesUnder(directory: string, extensions: readonly string[]): string[] {
  return readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.some((extension) => entry.name.endsWith(extension)))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('nestedRules', () => {
  it('finds a style rule inside a style rule, with & or without, and passes at-rules', () => {
    expect(nestedRules('a { color: red; &.b { color: blue; } }')).toEqual([1]);
    expect(nestedRules('a {\n  color: red;\n  .b {\n    color: blue;\n  }\n}')).toEqual([3]);
    expect(nestedRules('@media screen { a { color: red } @supports (x: y) { b { c: d } } }')).toEqual([]);
    expect(nestedRules('a { content: "{"; } /* b { c { } } */ d { e: f }')).toEqual([]);
  });
});

describe('the site’s CSS', () => {
  it('nests no style rule', () => {
    const sheets = filesUnder('src', ['.css']).map((file) => ({ file, css: readFileSync(file, 'utf8') }));
    const styles = filesUnder('src', ['.astro']).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => ({
        file,
        css: match[1]!,
      })),
    );
    expect(sheets.length, 'stylesheets found').toBeGreaterThanOrEqual(5);
    const nested = [...sheets, ...styles].flatMap(({ file, css }) => nestedRules(css).map((line) => `${file}:${line}`));
    expect(nested).toEqual([]);
  });
});
