/** Runs the essay pipeline (the same plugins as astro.config.mjs) on a fixture, as MDX compiles it. */
import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import remarkGfm from 'remark-gfm';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins } from '../../src/authoring/index.ts';

/** Blanks the frontmatter but keeps its lines, as Astro does, so positions match the file. */
function withoutFrontmatter(text: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(text);
  return match ? match[0].replace(/[^\n]/g, ' ') + text.slice(match[0].length) : text;
}

export async function compileEssay(path: string, text = readFileSync(path, 'utf8')) {
  const file = new VFile({ path, value: withoutFrontmatter(text) });
  const output = await compile(file, {
    remarkPlugins: [remarkGfm, ...(remarkPlugins as never[])],
    rehypePlugins: [...(rehypePlugins as never[])],
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
