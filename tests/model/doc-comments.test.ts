/**
 * Every function exported from src/model carries a doc comment with an
 * @example (simple-statistics style), and every module opens with a comment
 * naming what it models and where that comes from.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const directory = new URL('../../src/model/', import.meta.url).pathname;
// Recursive, so folders such as parameters/ are held to the same rule; each folder's index.ts is exempt.
const modules = readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
);

describe.each(modules)('src/model/%s', (file) => {
  const text = readFileSync(join(directory, file), 'utf8');

  it('opens with a module comment', () => {
    expect(text.trimStart().startsWith('/**')).toBe(true);
  });

  it('documents every exported function with an example', () => {
    const exported = [...text.matchAll(/^export function (\w+)/gm)];
    for (const match of exported) {
      const before = text.slice(0, match.index);
      const comment = before.match(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*$/);
      expect(comment, `${file}: ${match[1]} has no doc comment`).not.toBeNull();
      expect(comment![1], `${file}: ${match[1]}'s doc comment has no @example`).toContain('@example');
    }
  });
});

it('finds the model’s modules', () => {
  expect(modules.length).toBeGreaterThan(15);
});
