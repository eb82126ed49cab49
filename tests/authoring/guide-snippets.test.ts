/**
 * The guide cannot drift from the code: every MDX example in
 * docs/authoring.md goes through the essay pipeline the build uses (citations,
 * figures, presets, values, cases, claims, cross-references, maths), and
 * Prettier leaves each one as written (each sits between prettier-ignore-start
 * and -end: Prettier's Markdown formatter would put a blank line before an
 * equation label, which then no longer labels its equation).
 */
import { readFileSync } from 'node:fs';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { compileEssay } from './pipeline.ts';

const GUIDE = 'docs/authoring.md';
const text = readFileSync(GUIDE, 'utf8');

/** Every ```mdx block, with the line it starts on and whether Prettier is told to leave it alone. */
function mdxBlocks(markdown: string) {
  return [...markdown.matchAll(/(<!-- prettier-ignore-start -->\n)?```mdx\n([\s\S]*?)```/g)].map((match) => ({
    line: markdown.slice(0, match.index).split('\n').length + (match[1] ? 1 : 0),
    ignored: match[1] !== undefined,
    code: match[2]!,
  }));
}

const blocks = mdxBlocks(text);

describe(`every MDX example in ${GUIDE}`, () => {
  it('is found', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(9);
  });

  it.each(blocks.map((block) => [`line ${block.line}`, block] as const))(
    'builds: %s',
    async (_, block) => {
      // An example is a piece of an essay body: compiled as one, under the guide's own name.
      await expect(compileEssay(`${GUIDE}:${block.line}.mdx`, block.code)).resolves.toBeDefined();
    },
    30_000,
  );

  it('is left as written by Prettier', async () => {
    expect(blocks.filter((block) => !block.ignored).map((block) => `line ${block.line}`)).toEqual([]);
    const formatted = await prettier.format(text, { ...(await prettier.resolveConfig(GUIDE)), filepath: GUIDE });
    expect(mdxBlocks(formatted).map((block) => block.code)).toEqual(blocks.map((block) => block.code));
  }, 60_000);

  it('labels the equation in the cross-reference example (no blank line after $$)', async () => {
    const example = blocks.find((block) => block.code.includes('{#eq-peak}'))!;
    const { code } = await compileEssay(`${GUIDE}.mdx`, example.code);
    expect(code).toMatch(/href: "#eq-peak"[^}]*children: "Equation 1"|#eq-peak[\s\S]*Equation 1/);
  });
});
