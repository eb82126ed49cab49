/** The built site (dist/): pages, figure files and what a reader without JavaScript gets. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureKey } from '../../src/figures/paths.ts';
import { figureVersions, getFigure, versionsOf } from '../../src/figures/registry.ts';
import { renderFigureArtifacts } from '../../src/figures/publishing/artifacts.ts';
import {
  figureDataFromDisk,
  renderContextFromDisk,
  readFrozen,
  readLock,
  reproducesFrozenFromDisk,
} from '../../src/figures/publishing/lock-files.ts';
import { sha256 } from '../../src/history/provenance.ts';

const context = renderContextFromDisk();

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');

function htmlFiles(directory = dist): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** citation-js strips non-alphanumerics from our ids to make BibTeX keys. */
const bibtexKey = (spec: { id: string; version: number }) =>
  `openclosed${spec.id.replace(/[^a-z0-9]/gi, '')}v${spec.version}`;

it('has been built (run `npm run build` first)', () => {
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
});

describe.each(figureVersions.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))(
  'permalink of %s',
  (_, spec) => {
    const base = `figures/${spec.id}/v${spec.version}/`;

    it('serves the page with the figure, its parameters and a BibTeX citation', () => {
      const html = read(`${base}index.html`);
      expect(html).toContain(spec.title);
      expect(html).toMatch(
        new RegExp(
          `<(live-figure|div) class="figure-host" data-figure="${spec.id}"[\\s\\S]*?<svg[^>]*class="fig-${spec.id}"`,
        ),
      );
      expect(html).toContain(`@misc{${bibtexKey(spec)},`);
      for (const key of Object.keys(spec.params)) expect(html).toContain(`<code class="key">${key}</code>`);
    });

    it('serves data.csv with the plotted values', () => {
      const csv = read(`${base}data.csv`);
      expect(csv).toBe(
        (readFrozen(figureKey(spec)) ?? renderFigureArtifacts(spec, context, figureDataFromDisk(spec)))['data.csv'],
      );
      expect(sha256(csv)).toBe(readLock().figures[`${spec.id}/v${spec.version}`]?.outputs['data.csv']);
      expect(csv.split('\n')[0]).toBe(spec.columns.map((column) => column.name).join(','));
    });

    it('serves params.json with defaults and the model and dataset versions', () => {
      const params = JSON.parse(read(`${base}params.json`));
      expect(params.figure).toMatchObject({ id: spec.id, version: spec.version });
      expect(params.figure.url).toMatch(new RegExp(`/figures/${spec.id}/v${spec.version}/$`));
      expect(params.parameters.map((p: { key: string; value: number }) => [p.key, p.value])).toEqual(
        Object.entries(spec.params).map(([key, def]) => [key, (def as { default: number }).default]),
      );
      expect(params.model.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
      expect(params.datasets).toEqual(spec.datasets);
    });

    it('serves figure.svg identical to the committed snapshot', () => {
      const snapshot = readFileSync(
        new URL(`../figures/snapshots/${spec.id}-v${spec.version}.svg`, import.meta.url),
        'utf8',
      );
      expect(read(`${base}figure.svg`)).toBe(snapshot);
      expect(sha256(snapshot)).toBe(readLock().figures[`${spec.id}/v${spec.version}`]?.outputs['figure.svg']);
    });

    it('serves the rest of the URL contract: PNG, citations, embeds and oEmbed', () => {
      const png = readFileSync(join(dist, `${base}figure.png`));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(1920); // width from the IHDR chunk
      expect(read(`${base}cite.bib`).startsWith(`@misc{${bibtexKey(spec)},`)).toBe(true);
      expect(read(`${base}cite.ris`)).toMatch(/^TY {2}- FIGURE/);
      expect(JSON.parse(read(`${base}cite.json`))[0]).toMatchObject({ type: 'figure', version: String(spec.version) });
      const oembed = JSON.parse(read(`${base}oembed.json`));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
      expect(oembed.html).toMatch(new RegExp(`<iframe src="[^"]*${base}embed/"`));
      expect(read(`${base}index.html`)).toMatch(
        /<link rel="alternate" type="application\/json\+oembed" href="[^"]*oembed\.json"/,
      );
      const live = !readFrozen(figureKey(spec)) || reproducesFrozenFromDisk(spec);
      expect(read(`${base}embed/index.html`).includes('<live-figure')).toBe(live);
      expect(read(`${base}embed/index.html`)).not.toContain('<header class="site-header"');
      expect(read(`${base}embed/static/index.html`)).not.toContain('<script');
    });

    it('serves a frozen version’s committed bytes, marked as superseded; the latest version live', () => {
      const frozen = readFrozen(figureKey(spec));
      const html = read(`${base}index.html`);
      if (frozen) {
        for (const file of ['figure.svg', 'data.csv', 'params.json'] as const)
          expect(read(`${base}${file}`)).toBe(frozen[file]);
        expect(html).toMatch(/Superseded by <a href="\/figures\/[^"]+\/v\d+\/">version \d+<\/a>/);
        // A frozen version draws readers' views only when its code is proven to reproduce its bytes;
        // otherwise it shows the frozen SVG and its loader says when a link's view cannot be drawn.
        if (reproducesFrozenFromDisk(spec)) {
          expect(html).toContain('<live-figure');
        } else {
          expect(html).not.toContain('<live-figure');
          expect(html).toContain(`data-frozen-keys="${Object.keys(spec.params).join(' ')}"`);
        }
      } else {
        expect(spec.version).toBe(versionsOf(spec.id).at(-1)?.version);
        expect(html).toContain('<live-figure');
        expect(html).not.toContain('Superseded by');
      }
    });

    it('carries Google Scholar citation tags', () => {
      const html = read(`${base}index.html`);
      expect(html).toContain(`<meta name="citation_title" content="${spec.title}">`);
      expect(html).toMatch(/<meta name="citation_publication_date" content="\d{4}\/\d{2}\/\d{2}">/);
    });
  },
);

describe('/figures/index.json', () => {
  it('lists every figure version with its files and the locked checksums', () => {
    const index = JSON.parse(read('figures/index.json'));
    const listed = index.figures.flatMap((f: { versions: { url: string }[] }) => f.versions);
    expect(listed).toHaveLength(figureVersions.length);
    for (const version of listed) {
      for (const [name, file] of Object.entries<{ url: string; sha256?: string }>(version.files)) {
        const path = new URL(file.url).pathname.slice(1);
        expect(existsSync(join(dist, path)) || existsSync(join(dist, path, 'index.html')), `${name}: ${path}`).toBe(
          true,
        );
        if (file.sha256) expect(sha256(readFileSync(join(dist, path), 'utf8'))).toBe(file.sha256);
      }
    }
  });
});

describe('the latest-version alias', () => {
  it('shows the latest version with a canonical link to its permanent address', () => {
    const latest = getFigure('meek-loss-gap');
    const html = read('figures/meek-loss-gap/index.html');
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="[^"]*/figures/meek-loss-gap/v${latest.version}/"`));
  });
});

describe('the meek-models essay', () => {
  const html = read('essays/meek-models/index.html');

  it('renders math with KaTeX, as HTML and MathML', () => {
    expect(html).toContain('class="katex"');
    expect(html).toContain('<math');
  });

  it('quotes the peak computed by the figure spec, not typed in', () => {
    const spec = getFigure('meek-loss-gap');
    // The essay says when the gap peaks in years from the start (meek-loss-gap v4 words the rest per case).
    const peakYear = spec.values.peakYearsAfterStart!;
    const params = Object.fromEntries(
      Object.entries(spec.params).map(([k, d]) => [k, (d as { default: number }).default]),
    );
    expect(html).toContain(
      `data-figure-value="meek-loss-gap:peakYearsAfterStart" title="${peakYear.label}">${peakYear.format(peakYear.compute(params, []))}</span>`,
    );
  });

  it('contains the figure as server-rendered SVG, visible without JavaScript', () => {
    // One drawing inline, made for a phone's column; on a wide host its box holds the wide drawing's proportions
    // (the wide drawing is a file the page fetches, tests/build/page-weight.test.ts).
    expect(html).toMatch(
      /<div class="figure-plot" data-plot[^>]*><div class="figure-plot-variant" data-width="320"><svg[^>]*viewBox="0 0 320 /,
    );
    expect(html).toMatch(/<svg class="figure-plot-box" viewBox="0 0 640 380" aria-hidden="true"/);
    expect(html, 'every slider has a spoken value').not.toMatch(/<input type="range"(?![^>]*aria-valuetext)[^>]*>/);
  });

  it('can be cited, with Scholar tags', () => {
    expect(html).toContain('<meta name="citation_title" content="Meek models shall inherit the earth">');
    // The citation key carries the essay's current version (frontmatter `version`).
    const version = /^version:\s*(\d+)$/m.exec(readFileSync('src/content/essays/meek-models.mdx', 'utf8'))?.[1];
    expect(version).toBeDefined();
    expect(html).toMatch(new RegExp(`@article\\{openclosedmeekmodelsv${version},`));
  });

  it('is listed on the home page', () => {
    expect(read('index.html')).toContain('href="/essays/meek-models/"');
  });
});

describe('every page', () => {
  it.each(htmlFiles().map((file) => [file.slice(dist.length)]))(
    '%s loads scripts, styles and fonts only from its own origin',
    (file) => {
      const html = read(file);
      const assets = [...html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="([^"]+)"/g)]
        .filter((match) => !/rel="(?:canonical|license|alternate)"/.test(match[0]))
        .map((match) => match[1]);
      expect(assets.length, `${file} links no assets: the pattern is broken`).toBeGreaterThan(0);
      // The site's icon is a data: URL, no request (src/layouts/favicon.ts).
      for (const url of assets) expect(url, file).toMatch(/^(?:\/(?!\/)|data:image\/svg\+xml,)/);
    },
  );

  it('ships KaTeX fonts from the site itself (inside its stylesheet, src/markdown/katex-subset.ts)', () => {
    const css = readdirSync(join(dist, '_astro'))
      .filter((name) => name.endsWith('.css'))
      .map((name) => read(`_astro/${name}`))
      .join('\n');
    const fontUrls = [...css.matchAll(/url\(([^)]+)\)/g)].map((match) => match[1]!);
    expect(css).toMatch(/@font-face\{[^}]*font-family:KaTeX_Main;[^}]*src:url\(data:font\/woff2;base64,/);
    for (const url of fontUrls) expect(url).toMatch(/^(?:\/|\.|data:)/);
  });
});
