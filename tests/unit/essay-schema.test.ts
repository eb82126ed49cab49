/** Essay frontmatter: a bad field stops the build with the field named. */
import { describe, expect, it } from 'vitest';
import { essaySchema, isValidOrcid } from '../../src/schemas/essay.ts';

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
    ['version', { version: 0 }],
    ['authors.0.orcid', { authors: [{ name: 'Ada', orcid: '0000-0002-1825-0098' }] }],
    ['version', { version: 2 }],
    ['thesis', { thesis: 'Too short to argue.' }],
    ['thesis', { thesis: 'Meek models converge on the frontier. Here is why, and how fast it happens.' }],
  ])('names the field %s when it is invalid', (field, change) => {
    const result = essaySchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });

  it('takes a one-sentence thesis, which may contain a colon or a decimal', () => {
    const thesis = 'Returns to compute diminish: a 2.4× a year budget closes in on a frontier that spends more.';
    expect(essaySchema.parse({ ...valid, thesis }).thesis).toBe(thesis);
  });

  it('refuses unknown keys, so a misspelled draf: true cannot publish a draft', () => {
    const result = essaySchema.safeParse({ ...valid, draf: true });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['draf'] });
  });

  it('accepts authors as names or as { name, orcid, affiliation }', () => {
    const essay = essaySchema.parse({
      ...valid,
      authors: [
        'Open & Closed',
        { name: 'Josiah Carberry', orcid: '0000-0002-1825-0097', affiliation: 'Brown University' },
      ],
    });
    expect(essay.authors).toEqual([
      { name: 'Open & Closed' },
      { name: 'Josiah Carberry', orcid: '0000-0002-1825-0097', affiliation: 'Brown University' },
    ]);
    expect(essay.version).toBe(1);
    expect(essay.tags).toEqual([]);
  });

  it('needs a date and a change note from version 2 on', () => {
    expect(essaySchema.safeParse({ ...valid, version: 2, updated: '2026-12-01', changes: 'New data' }).success).toBe(
      true,
    );
  });

  it('refuses an updated date on version 1, where it would read as a revision that has no version', () => {
    const result = essaySchema.safeParse({ ...valid, updated: '2026-12-01' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['updated', 'version 1 is the first publication and has no `updated` date; a revision raises `version` to 2'],
    ]);
  });

  it('checks ORCID check digits (ISO 7064 11,2)', () => {
    expect(isValidOrcid('0000-0002-1825-0097')).toBe(true);
    expect(isValidOrcid('0000-0001-5109-3700')).toBe(true);
    expect(isValidOrcid('0000-0002-1694-233X')).toBe(true);
    expect(isValidOrcid('0000-0002-1825-0098')).toBe(false);
    expect(isValidOrcid('https://orcid.org/0000-0002-1825-0097')).toBe(false);
  });
});
