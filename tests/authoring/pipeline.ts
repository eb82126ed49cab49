/** Runs the essay pipeline (the same plugins as astro.config.mjs) on a fixture, as MDX compiles it. */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import type { PluggableList } from 'unified';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../src/authoring/index.ts';

/** The frontmatter, and the body with the frontmatter blanked but its lines kept, as @astrojs/mdx does. */
export function splitFrontmatter(text: string) {
  return parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
}

export async function compileEssay(path: string, text = readFileSync(path, 'utf8')) {
  const file = new VFile({ path, value: splitFrontmatter(text).content });
  const output = await compile(file, {
    remarkPlugins: [remarkGfm, ...(remarkPlugins as PluggableList)],
    rehypePlugins: [...(rehypePlugins as PluggableList)],
    outputFormat: 'function-body',
  });
  return { code: String(output), data: output.data };
}

/** The AuthorError message a fixture stops with (fails the test when it compiles). */
export async function errorOf(path: string, text?: string): Promise<string> {
  try {
    await compileEssay(path, text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${path} compiled without error`);
}
