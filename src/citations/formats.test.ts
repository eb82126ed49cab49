import { describe, expect, it } from 'vitest';
import { datasetCsl, essayCsl, figureCsl, formatCitation, scholarMetaTags } from './formats.ts';

const figure = figureCsl({
  id: 'meek-loss-gap',
  version: 1,
  title: 'The frontier’s lead in loss rises, peaks, then fades',
  date: '2026-11-22',
  url: 'https://example.org/figures/meek-loss-gap/v1/',
});

describe('figure citations', () => {
  const citation = formatCitation(figure);

  it('formats BibTeX with a stable key, the URL and escaped text', () => {
    expect(citation.bibtex).toMatch(/^@misc\{openclosedmeeklossgapv1,/);
    expect(citation.bibtex).toContain('url = {https://example.org/figures/meek-loss-gap/v1/}');
    expect(citation.bibtex).toContain('publisher = {Open \\& Closed}');
  });

  it('formats RIS as a figure with title, date and URL', () => {
    expect(citation.ris).toMatch(/^TY {2}- FIGURE$/m);
    expect(citation.ris).toMatch(/^UR {2}- https:\/\/example\.org\/figures\/meek-loss-gap\/v1\/$/m);
    expect(citation.ris).toMatch(/^PY {2}- 2026$/m);
    expect(citation.ris).toMatch(/^ER {2}-/m);
  });

  it('formats CSL-JSON that parses back to the same item', () => {
    expect(JSON.parse(citation.cslJson)).toEqual([figure]);
  });

  it('formats an APA reference with version and medium', () => {
    expect(citation.apa).toBe(
      'Open & Closed. (2026). The frontier’s lead in loss rises, peaks, then fades (Version 1) [Interactive figure]. Open & Closed. https://example.org/figures/meek-loss-gap/v1/',
    );
  });

  it('cites a view with its state and the date it was viewed', () => {
    const view = formatCitation(
      figureCsl({
        id: 'meek-loss-gap',
        version: 1,
        title: 'T',
        date: '2026-11-22',
        url: 'https://example.org/figures/meek-loss-gap/v1/?g_i=4&alpha=0.16',
        view: 'g_i = 4, alpha = 0.16',
        accessed: '2026-12-01',
      }),
    );
    expect(view.ris).toContain('UR  - https://example.org/figures/meek-loss-gap/v1/?g_i=4&alpha=0.16');
    expect(view.ris).toContain('N1  - View with g_i = 4, alpha = 0.16');
    expect(view.bibtex).toMatch(/^@misc\{openclosedmeeklossgapv1view,/);
  });
});

it('cites datasets and essays with their own types', () => {
  const dataset = formatCitation(
    datasetCsl({
      name: 'ai-models',
      version: 1,
      title: 'AI models',
      date: '2026-11-22',
      url: 'https://example.org/data/ai-models/v1/',
      authors: ['Epoch AI', 'Open & Closed'],
    }),
  );
  expect(dataset.ris).toMatch(/^TY {2}- DATA$/m);
  expect(dataset.apa).toContain('Epoch AI');
  const essay = formatCitation(
    essayCsl({
      slug: 'meek-models',
      title: 'Meek models shall inherit the earth',
      authors: ['A. Author'],
      date: '2026-11-22',
      url: 'https://example.org/essays/meek-models/',
    }),
  );
  expect(essay.apa).toContain('Meek models shall inherit the earth');
  expect(essay.bibtex).toMatch(/^@article\{openclosedmeekmodels,/);
});

describe('an essay by one, two, many or an unnamed rest of authors', () => {
  const cite = (authors: string[]) =>
    formatCitation(
      essayCsl({ slug: 's', title: 'T', authors, date: '2026-12-07', url: 'https://example.org/essays/s/' }),
    );
  const many = ['Ann Lee', 'Bo Chan', 'Cy Diaz', 'Di Eck', 'Ed Fox', 'Flo Gil', 'Gus Ho'];

  it('writes each in APA with "&" before a last named author only', () => {
    expect(cite(['Ann Lee']).apa).toMatch(/^Ann Lee\. \(2026\)\. T\./);
    expect(cite(['Ann Lee', 'Bo Chan']).apa).toMatch(/^Ann Lee & Bo Chan\. \(2026\)/);
    expect(cite(['Ann Lee', 'et al.']).apa).toMatch(/^Ann Lee, et al\. \(2026\)/);
    expect(cite(many).apa).toMatch(/^Ann Lee, Bo Chan, Cy Diaz, Di Eck, Ed Fox, Flo Gil, & Gus Ho\. \(2026\)/);
    expect(cite(['Ann Lee', 'Bo Chan', 'et al.']).apa).toMatch(/^Ann Lee, Bo Chan, et al\. \(2026\)/);
  });

  it('writes BibTeX "and" between names and "and others" for the rest', () => {
    expect(cite(['Ann Lee']).bibtex).toContain('\tauthor = {{Ann Lee}},');
    expect(cite(['Ann Lee', 'Bo Chan']).bibtex).toContain('\tauthor = {{Ann Lee} and {Bo Chan}},');
    expect(cite(many).bibtex).toContain(`\tauthor = {${many.map((n) => `{${n}}`).join(' and ')}},`);
    expect(cite(['Ann Lee', 'Bo Chan', 'et al.']).bibtex).toContain('\tauthor = {{Ann Lee} and {Bo Chan} and others},');
  });

  it('writes one RIS author line per named author', () => {
    const authors = (ris: string) => ris.split('\n').filter((line) => line.startsWith('AU  - '));
    expect(authors(cite(['Ann Lee']).ris)).toEqual(['AU  - Ann Lee']);
    expect(authors(cite(['Ann Lee', 'Bo Chan']).ris)).toEqual(['AU  - Ann Lee', 'AU  - Bo Chan']);
    expect(authors(cite(many).ris)).toHaveLength(7);
    expect(authors(cite(['Ann Lee', 'Bo Chan', 'et al.']).ris)).toEqual(['AU  - Ann Lee', 'AU  - Bo Chan']);
  });

  it('keeps every author, the literal "et al." too, in CSL-JSON, and no "et al." in Scholar tags', () => {
    for (const list of [['Ann Lee'], ['Ann Lee', 'Bo Chan'], many, ['Ann Lee', 'et al.']]) {
      expect(JSON.parse(cite(list).cslJson)[0].author).toEqual(list.map((literal) => ({ literal })));
    }
    const item = essayCsl({
      slug: 's',
      title: 'T',
      authors: ['Ann Lee', 'et al.'],
      date: '2026-12-07',
      url: 'https://e.org/',
    });
    expect(scholarMetaTags(item).filter(([name]) => name === 'citation_author')).toEqual([
      ['citation_author', 'Ann Lee'],
    ]);
  });
});

it('gives Google Scholar tags with slash-separated dates', () => {
  expect(scholarMetaTags(figure)).toContainEqual(['citation_publication_date', '2026/11/22']);
  expect(scholarMetaTags(figure)).toContainEqual(['citation_title', figure.title]);
  expect(scholarMetaTags(figure)).toContainEqual(['citation_author', 'Open & Closed']);
});
