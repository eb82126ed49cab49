/**
 * The data slices in the built site (src/figures/data-slices/): every live figure that reads a
 * dataset names one slice per dataset; each holds exactly the columns its spec declares, traces to
 * the published dataset file by its sha256, is named by its own sha256, and draws exactly the
 * version's published data.csv at its defaults. The dataset itself stays downloadable in full.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableToCsv } from '../../src/figures/csv.ts';
import { sliceRows, type DataSliceFile } from '../../src/figures/data-slices/slice.ts';
import { figurePath } from '../../src/figures/paths.ts';
import { figureVersions } from '../../src/figures/registry.ts';
import { defaultParams, type AnyFigureSpec } from '../../src/figures/spec.ts';
import { sha256 } from '../../src/history/provenance.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const decode = (text: string) => text.replaceAll('&quot;', '"').replaceAll('&amp;', '&');

/** The slices a built page's live figures name, by figure key ("id/vN"), dataset name → URL path. */
function namedSlices(page: string): Map<string, Record<string, string>> {
  const html = read(page);
  const found = new Map<string, Record<string, string>>();
  for (const [tag] of html.matchAll(/<live-figure\b[^>]*>/g)) {
    const id = /data-figure="([^"]+)"/.exec(tag)?.[1];
    const version = /data-version="(\d+)"/.exec(tag)?.[1];
    const slices = /data-slices="([^"]+)"/.exec(tag)?.[1];
    if (id && version && slices) found.set(`${id}/v${version}`, JSON.parse(decode(slices)) as Record<string, string>);
  }
  return found;
}

const readers = figureVersions.filter((spec) => spec.datasets.length > 0);
const live = (spec: AnyFigureSpec) => read(`${figurePath(spec).slice(1)}index.html`).includes('<live-figure');

describe('data slices', () => {
  it('every live figure version that reads datasets names a slice of each on its permalink', () => {
    const checked = readers.filter(live);
    expect(checked.length).toBeGreaterThanOrEqual(8);
    for (const spec of checked) {
      const slices = namedSlices(`${figurePath(spec).slice(1)}index.html`).get(`${spec.id}/v${spec.version}`);
      expect(Object.keys(slices ?? {}).sort(), `${spec.id}/v${spec.version}`).toEqual(
        spec.datasets.map((d) => d.name).sort(),
      );
    }
  });

  for (const spec of readers.filter(live)) {
    it(`${spec.id}/v${spec.version}: its slices hold the declared columns, trace to the dataset and draw its data.csv`, () => {
      const urls = namedSlices(`${figurePath(spec).slice(1)}index.html`).get(`${spec.id}/v${spec.version}`)!;
      const data = Object.fromEntries(
        spec.datasets.map((d) => {
          const path = urls[d.name]!;
          expect(path).toMatch(new RegExp(`^${figurePath(spec)}${d.name}-v${d.version}\\.[0-9a-f]{12}\\.json$`));
          const text = read(path.slice(1));
          expect(path).toContain(`.${sha256(text).slice(0, 12)}.json`);
          const file = JSON.parse(text) as DataSliceFile;
          expect(file.figure).toBe(`${spec.id}/v${spec.version}`);
          expect(file.columns).toEqual(spec.reads![d.name]!.columns);
          expect(file.rows.every((row) => row.length === file.columns.length)).toBe(true);
          // Provenance: the published file it was cut from, by sha256, which is still served whole.
          const whole = read(`data/${d.name}/v${d.version}/${d.name}.json`);
          const metadata = JSON.parse(read(`data/${d.name}/v${d.version}/metadata.json`)) as {
            files: Record<string, { sha256: string }>;
          };
          expect(file.dataset).toEqual({
            name: d.name,
            version: d.version,
            file: `${d.name}.json`,
            sha256: sha256(whole),
          });
          expect(metadata.files[`${d.name}.json`]!.sha256).toBe(file.dataset.sha256);
          expect(text.length).toBeLessThan(whole.length);
          return [d.name, sliceRows(file)];
        }),
      );
      const csv = tableToCsv(spec.columns, spec.table(defaultParams(spec), data));
      expect(csv).toBe(read(`${figurePath(spec).slice(1)}data.csv`));
    });
  }

  it('every slice an essay page names exists', () => {
    const essays = readdirSync(join(dist, 'essays'), { withFileTypes: true }).filter((e) => e.isDirectory());
    let named = 0;
    for (const essay of essays) {
      for (const slices of namedSlices(`essays/${essay.name}/index.html`).values()) {
        for (const path of Object.values(slices)) {
          named++;
          expect(existsSync(join(dist, path.slice(1))), path).toBe(true);
        }
      }
    }
    expect(named).toBeGreaterThan(0);
  });
});
