import { describe, expect, it } from 'vitest';
import { contentsOf } from './contents.ts';

describe('contentsOf', () => {
  it('nests subsections under their section and keeps the order', () => {
    const outline = contentsOf([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Too deep' },
      { depth: 3, slug: 'one-b', text: 'One B' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
    expect(outline.map((s) => [s.slug, s.children.map((c) => c.slug)])).toEqual([
      ['one', ['one-a', 'one-b']],
      ['two', []],
    ]);
  });
  it('leaves out a subsection that comes before any section', () => {
    expect(contentsOf([{ depth: 3, slug: 'orphan', text: 'Orphan' }])).toEqual([]);
  });
});
