/** Essay frontmatter: a bad field stops the build with the field named. */
import { describe, expect, it } from 'vitest';
import { essaySchema } from '../../src/schemas/essay.ts';

const valid = {
  title: 'Meek models shall inherit the earth',
  description: 'Diminishing returns to compute let low-budget models converge on the frontier.',
  authors: ['Open & Closed'],
  published: '2026-11-22',
};

describe('essaySchema', () => {
  it('accepts valid frontmatter and fills defaults', () => {
    const essay = essaySchema.parse(valid);
    expect(essay.published).toEqual(new Date('2026-11-22'));
    expect(essay.draft).toBe(false);
    expect(essay.order).toBe(100);
  });

  it.each([
    ['title', { title: '' }],
    ['authors', { authors: [] }],
    ['published', { published: 'not a date' }],
    ['description', { description: 'short' }],
    ['draft', { draft: 'yes' }],
  ])('names the field %s when it is invalid', (field, change) => {
    const result = essaySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
