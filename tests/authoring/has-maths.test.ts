/** remark-has-maths: the essay template links KaTeX's stylesheet only when an essay has maths (src/markdown/katex-sheet.ts). */
import { describe, expect, it } from 'vitest';
import { compileEssay } from './pipeline.ts';

const hasMaths = async (body: string) => {
  const { data } = await compileEssay('tests/authoring/fixtures/has-maths.mdx', `---\ntitle: t\n---\n\n${body}\n`);
  return (data as { astro?: { frontmatter?: { hasMaths?: boolean } } }).astro?.frontmatter?.hasMaths;
};

describe('whether an essay has maths', () => {
  it('is true for inline or display maths', async () => {
    expect(await hasMaths('The rate $g_C$ grows.')).toBe(true);
    expect(await hasMaths('$$\nx^2\n$$')).toBe(true);
  });

  it('is false for prose alone, even with a dollar amount', async () => {
    expect(await hasMaths('A run cost \\$1 million, and no formula.')).toBe(false);
  });
});
