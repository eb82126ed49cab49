/** /parameters/ lists every parameter with its source, and offers JSON and CSV. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatReference } from '../../src/model/bibliography.ts';
import { PARAMETERS } from '../../src/model/parameters.ts';

const dist = new URL('../../dist/', import.meta.url).pathname;
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const escape = (text: string) => text.replace(/&/g, '&amp;');

it('lists every parameter with its id, source and locator', () => {
  const html = read('parameters/index.html');
  for (const p of PARAMETERS) {
    expect(html).toContain(`<tr id="${p.id}">`);
    expect(html).toContain(escape(formatReference(p.source.key)));
    expect(html).toContain(escape(p.source.locator));
  }
});

it('serves the registry as JSON and CSV', () => {
  const json = JSON.parse(read('parameters/parameters.json'));
  expect(json.parameters).toEqual(PARAMETERS);
  const csv = read('parameters/parameters.csv').trimEnd().split('\n');
  expect(csv[0]).toBe('id,symbol,label,unit,default,low,high,distribution,source,locator,note');
  expect(csv.length).toBeGreaterThanOrEqual(PARAMETERS.length + 1);
});
