/** /parameters/ shows every parameter's sources, intervals, levels and quotes, and offers JSON and CSV. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatReference } from '../../src/model/bibliography.ts';
import { PARAMETERS } from '../../src/model/parameters/index.ts';
import { distributionMedian } from '../../src/model/sampling.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML of one parameter's row. */
const row = (html: string, id: string) => {
  const start = html.indexOf(`<tr id="${id}"`);
  expect(start, id).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</tr>', start));
};

it('shows every parameter with its source, locator, quote, published interval and level', () => {
  const html = read('parameters/index.html');
  for (const p of PARAMETERS) {
    const r = row(html, p.id);
    expect(r).toContain(escape(formatReference(p.source.key)));
    expect(r).toContain(escape(p.source.locator));
    if (p.source.quote) expect(r).toContain(escape(p.source.quote));
    if (p.published) {
      expect(r).toContain(escape(p.published.locator));
      if (p.published.quote) expect(r).toContain(escape(p.published.quote));
      expect(r).toMatch(p.published.level === 'range' ? /stated without a level/ : /\d+% confidence interval/);
    } else expect(r).toContain('None published.');
    const unverified = [
      p.source,
      ...(p.published ? [p.published] : []),
      ...(p.anchors ?? []).map((a) => a.source),
    ].some((c) => !c.verified);
    expect(r.includes('Unverified.'), p.id).toBe(unverified);
  }
});

it('says when Monte Carlo’s median is not the default, and shows tables in full', () => {
  const html = read('parameters/index.html');
  expect(row(html, 'g_a')).toMatch(/Monte Carlo median 3\.09/);
  // g_i's default (the paper's 3.57) is the top of its range (Epoch AI's 4–5× of compute over hardware's 1.4).
  expect(row(html, 'g_i')).toMatch(/Monte Carlo median 3\.2/);
  expect(html).not.toContain('table-scroll');
});

it('serves the registry as JSON and CSV', () => {
  const json = JSON.parse(read('parameters/parameters.json'));
  expect(json.parameters).toEqual(PARAMETERS.map((p) => ({ ...p, median: distributionMedian(p) })));
  const csv = read('parameters/parameters.csv').trimEnd().split('\n');
  expect(csv[0]).toBe(
    'id,symbol,label,unit,default,source,locator,quote,verified,unverified_reason,assumption,low,high,distribution,level,median,published_low,published_high,published_level,published_source,published_locator,published_quote,published_verified,published_conversion,note',
  );
  expect(csv.length).toBeGreaterThanOrEqual(PARAMETERS.length + 1);
});
