/** The dataset pages and files in the built site (dist/). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedVersions, readPublished } from '../../src/data/store.ts';
import { sha256 } from '../../src/history/provenance.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

describe('/data/index.json', () => {
  const index = JSON.parse(read('data/index.json'));

  it('lists every published dataset version', () => {
    expect(index.datasets.map((d: { name: string; version: number }) => [d.name, d.version])).toEqual(
      publishedVersions(),
    );
  });

  it('names files that exist with the sha256 it gives', () => {
    for (const dataset of index.datasets) {
      for (const [name, file] of Object.entries<{ url: string; sha256: string }>(dataset.files)) {
        const path = new URL(file.url).pathname.slice(1);
        expect(existsSync(join(dist, path)), path).toBe(true);
        expect(sha256(read(path)), `${dataset.name} v${dataset.version} ${name}`).toBe(file.sha256);
      }
      expect(dataset.citation).toMatchObject({ type: 'dataset', version: String(dataset.version) });
    }
  });

  it('carries the estimates with their intervals and published comparisons', () => {
    expect(index.estimates.length).toBeGreaterThanOrEqual(4);
    for (const e of index.estimates) {
      expect(e.interval.low).toBeLessThanOrEqual(e.interval.estimate);
      expect(e.interval.high).toBeGreaterThanOrEqual(e.interval.estimate);
      expect(e.published.source.length).toBeGreaterThan(10);
    }
  });
});

describe.each(publishedVersions().map(([name, version]) => [`${name} v${version}`, name, version] as const))(
  '%s',
  (_, name, version) => {
    const base = `data/${name}/v${version}/`;
    const html = read(`${base}index.html`);
    const metadata = JSON.parse(readPublished(name, version)!['metadata.json']!);

    it('serves its files byte for byte as committed', () => {
      for (const [file, text] of Object.entries(readPublished(name, version)!))
        expect(read(`${base}${file}`)).toBe(text);
    });

    it('shows description, columns, licence, attribution, a preview, downloads and a citation', () => {
      expect(html).toContain(`<h1>${metadata.title}</h1>`);
      for (const column of metadata.columns) expect(html).toContain(`<code>${column.name}</code>`);
      expect(html).toContain(metadata.licence);
      expect(html).toMatch(/Preview \(first \d+ rows\)/);
      expect(html).toContain(`href="/${base}${name}.csv"`);
      expect(html).toContain(`href="/${base}${name}.json"`);
      expect(html).toMatch(/@misc\{openclosed/);
      expect(html).toContain('<meta name="citation_title"');
    });

    it('has a latest alias pointing its canonical link at a version', () => {
      expect(read(`data/${name}/index.html`)).toMatch(
        new RegExp(`<link rel="canonical" href="[^"]*/data/${name}/v\\d+/"`),
      );
    });
  },
);

it('shows each estimate beside its published value on the page of the dataset it comes from', () => {
  const html = read('data/ai-models/v1/index.html');
  expect(html).toContain('Training compute of notable models, growth per year (2010–2024)');
  expect(html).toContain('How far behind are open models?');
  expect(read('data/training-costs/v1/index.html')).toContain('Cottier et al. 2024');
});
