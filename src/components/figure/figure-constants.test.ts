/**
 * Every figure version's permalink page prints its constants without a bracket inside a bracket. Before, the page
 * wrapped each source in its own brackets, "label: value unit (source)", so a source with a bracket of its own
 * ("…, as cited (from Hoffmann et al. 2022)") nested one: meek-capability-gap, meek-inference-gap, budget-frontier,
 * device-fit, device-frontier and wall-capability-curve still did in their latest versions. The source now has a
 * column of its own, and the sources' words (locked in params.json) stay as published.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import { figureIds, versionsOf } from '../../figures/registry.ts';
import FigureConstants from './FigureConstants.astro';

const container = await AstroContainer.create();
const every = figureIds().flatMap((id) => versionsOf(id));

/** The deepest bracket of a text: "(a (b))" is 2. */
function bracketDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (const c of text) {
    if (c === '(') deepest = Math.max(deepest, ++depth);
    else if (c === ')') depth--;
  }
  return deepest;
}

/** The text of each table cell of the rendered section, entities decoded. */
function cells(html: string): string[] {
  return [...html.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((m) =>
    m[1]!
      .replace(/<[^>]+>/g, '')
      .replace(/&#39;|&#x27;/g, '’')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .trim(),
  );
}

describe('<FigureConstants>', () => {
  it('prints no bracket inside a bracket, on every version of every figure', async () => {
    const nested: string[] = [];
    for (const spec of every) {
      const html = await container.renderToString(FigureConstants, { props: { spec } });
      for (const text of cells(html)) if (bracketDepth(text) > 1) nested.push(`${spec.id} v${spec.version}: ${text}`);
    }
    expect(every.length).toBeGreaterThan(40);
    expect(nested).toEqual([]);
  });

  it('prints each constant’s label, value and whole source, in its own row', async () => {
    for (const spec of every) {
      const html = await container.renderToString(FigureConstants, { props: { spec } });
      const text = cells(html);
      if (spec.constants.length === 0) {
        expect(html).toContain('declares no fixed constants');
        continue;
      }
      expect(text.slice(0, 3)).toEqual(['Constant', 'Value', 'Source']);
      spec.constants.forEach((c, i) => {
        const [label, value, source] = text.slice(3 + 3 * i, 6 + 3 * i);
        expect(label).toBe(c.label);
        expect(value).toMatch(/\d/);
        // A number never ends a line before its unit (a phone's column broke "128 GB").
        if (c.unit && c.unit !== 'year') expect(value).toMatch(/^\S+\u00a0\S/);
        expect(source).toBe(c.source.replace(/'/g, '’'));
      });
    }
  });

  it('would have found the nesting the old "label: value unit (source)" line printed', () => {
    const old = every.filter((s) => s.constants.some((c) => bracketDepth(`(${c.source})`) > 1));
    expect(old.map((s) => s.id)).toEqual(
      expect.arrayContaining(['meek-capability-gap', 'meek-inference-gap', 'budget-frontier', 'device-fit']),
    );
  });
});
