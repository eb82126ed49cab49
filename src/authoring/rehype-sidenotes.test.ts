import { describe, expect, it } from 'vitest';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeSidenotes, { WITH_SIDENOTE } from './rehype-sidenotes.ts';

const html = (markdown: string) =>
  String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSidenotes)
      .use(rehypeStringify)
      .processSync(markdown),
  );

describe('rehypeSidenotes', () => {
  it('copies a note beside its reference and marks the paragraph that holds it, nested or not', () => {
    const out = html(
      'A claim.[^a] Plain.\n\n*Stressed[^b]* text.\n\nNo note here.\n\n[^a]: The note.\n[^b]: Another.\n',
    );
    const paragraphs = [...out.matchAll(/<p( class="([^"]*)")?>(.*?)<\/p>/gs)];
    expect(paragraphs[0]![3]).toContain('<span class="sidenote" role="note"><span class="sidenote-number">1.</span>');
    expect(paragraphs.map((p) => p[2]?.split(' ').includes(WITH_SIDENOTE) ?? false).slice(0, 3)).toEqual([
      true,
      true,
      false,
    ]);
    // The notes section's own paragraphs hold the notes, not sidenotes.
    expect(out).toContain('<h2 class="notes-heading"');
  });
});
