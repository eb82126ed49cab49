/**
 * Generated BibTeX must compile: parsed back by a BibTeX parser
 * (@retorquere/bibtex-parser, the one behind Better BibTeX for Zotero) with no
 * errors, LaTeX's special characters escaped in every field, and months
 * written as the standard macros rather than `{nov 22}`.
 */
import { parse } from '@retorquere/bibtex-parser';
import { describe, expect, it } from 'vitest';
import { datasetCsl, essayCsl, figureCsl, formatCitation } from './formats.ts';

const items = {
  figure: figureCsl({
    id: 'meek-loss-gap',
    version: 2,
    title: 'Gap & growth: 50% of the #1 model_size',
    date: '2026-11-22',
    url: 'https://example.org/figures/meek-loss-gap/v2/',
  }),
  view: figureCsl({
    id: 'meek-loss-gap',
    version: 2,
    title: 'The gap',
    date: '2026-11-22',
    url: 'https://example.org/figures/meek-loss-gap/v2/?g_i=4&alpha=0.16',
    view: 'g_i = 4, alpha = 0.16',
    accessed: '2026-12-01',
  }),
  dataset: datasetCsl({
    name: 'ai-models',
    version: 1,
    title: 'AI models',
    date: '2026-03-05',
    url: 'https://example.org/data/ai-models/v1/',
    authors: ['Epoch AI', 'Open & Closed'],
  }),
  essay: essayCsl({
    slug: 'meek-models',
    title: 'Meek models',
    authors: ['Open & Closed', 'Ada Author'],
    date: '2026-12-01',
    url: 'https://example.org/essays/meek-models/',
    version: 2,
    changes: 'Raised g_i to 3.6 & fixed a 5% typo',
  }),
};

describe.each(Object.entries(items))('BibTeX of a %s', (_kind, item) => {
  const bibtex = formatCitation(item).bibtex;
  const parsed = parse(bibtex);
  const entry = parsed.entries[0]!;
  const [[year, month, day]] = item.issued['date-parts'];

  it('parses back without errors, with the authors, date and version', () => {
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries).toHaveLength(1);
    const authors = (entry.fields['author'] as { name?: string }[]).map((a) => a.name);
    expect(authors).toEqual(item.author.map((a) => a.literal));
    expect(entry.fields['year']).toBe(String(year));
    expect(entry.fields['month']).toBe(String(month));
    expect(entry.fields['day']).toBe(String(day));
    expect(bibtex).toContain(`version = {${item.version}}`);
  });

  it('escapes &, %, $, # and _ outside URLs, and writes the month as a macro', () => {
    for (const line of bibtex.split('\n').filter((l) => /^\t\w+ = /.test(l) && !/^\turl = /.test(l))) {
      expect(line, line).not.toMatch(/(?<!\\)[&%$#_]/);
    }
    expect(bibtex).toMatch(/^\tmonth = [a-z]{3},$/m);
    expect(bibtex).not.toMatch(/month = \{/);
  });
});
