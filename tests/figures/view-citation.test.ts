/**
 * "Cite this view" fills build-time templates in the browser; the result must
 * be exactly what citation-js formats for that view (the reference), for any
 * view of any figure version.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillViewCitation } from '../../src/components/view-citation.ts';
import { formatCitation } from '../../src/citations/formats.ts';
import { figureVersions } from '../../src/figures/registry.ts';
import { defaultParams, type ParamDefinition } from '../../src/figures/spec.ts';
import { viewCitationTemplate, viewCsl } from '../../src/figures/view-citation-template.ts';

describe.each(figureVersions.map((s) => [`${s.id} v${s.version}`, s] as const))('view citations of %s', (_, spec) => {
  const template = viewCitationTemplate(spec);
  const defs = Object.entries(spec.params as Record<string, ParamDefinition>);
  const params = fc.record(
    Object.fromEntries(
      defs.map(([key, def]) => [
        key,
        // A parameter with choices takes its named values (said by name in the note), and a number between them.
        def.choices
          ? fc.oneof(fc.constantFrom(...def.choices.map((c) => c.value)), fc.double({ min: def.min, max: def.max }))
          : fc.oneof(fc.constant(def.default), fc.double({ min: def.min, max: def.max, noNaN: true })),
      ]),
    ),
  );
  const day = fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });

  it('equal what citation-js formats, in every format', () => {
    fc.assert(
      fc.property(params, day, (p, date) => {
        const today = date.toISOString().slice(0, 10);
        const expected = formatCitation(viewCsl(spec, p, today));
        const actual = fillViewCitation(template, spec, p, today);
        expect(actual.bibtex).toBe(expected.bibtex);
        expect(actual.ris).toBe(expected.ris);
        expect(actual.apa).toBe(expected.apa);
        expect(actual.cslJson).toBe(expected.cslJson);
      }),
      { numRuns: 40 },
    );
  });

  it('cite the defaults as such', () => {
    const citation = fillViewCitation(template, spec, defaultParams(spec), '2026-11-23');
    expect(citation.url).toBe(template.url);
    expect(citation.ris).toContain('N1  - View with the default settings');
    expect(citation.ris).toContain('Y2  - 2026/11/23/');
  });
});

describe('view citation notes', () => {
  it('name settings by symbol, never by parameter key (was "g\\textunderscore{}h = 1")', () => {
    const spec = figureVersions.find((s) => s.id === 'meek-loss-gap' && 'g_h' in s.params)!;
    const template = viewCitationTemplate(spec);
    const citation = fillViewCitation(template, spec, { ...defaultParams(spec), g_h: 1 }, '2026-12-06');
    // The URL keeps its query (?g_h=1); the note is what a reader reads.
    const bibtexNote = /note = \{(.*)\}/.exec(citation.bibtex)?.[1];
    expect(bibtexNote).toBeDefined();
    expect(bibtexNote).not.toMatch(/textunderscore|g_h/);
    expect(citation.ris).toContain('N1  - View with gₕ = 1');
    expect(citation.apa.replace(/https?:\S+/g, '')).not.toContain('g_h');
    expect(JSON.parse(citation.cslJson)[0].note).toBe('View with gₕ = 1');
  });

  it.each([
    ['memo-costs', 6, { cloud: 1 }, 'cloud=1', 'price the compute at: cloud rental rates'],
    [
      'budget-frontier',
      4,
      { anchor_on_record: 0 },
      'anchor_on_record=0',
      'start the frontier bill in 2025 from: the fitted trend',
    ],
    [
      'open-bets',
      6,
      { anchor_on_record: 0 },
      'anchor_on_record=0',
      'start the frontier bill in 2025 from: the fitted trend',
    ],
  ] as const)(
    'name a choice by its name, as its radio button does (%s v%i; was "k = 1")',
    (id, version, set, query, words) => {
      const spec = figureVersions.find((s) => s.id === id && s.version === version)!;
      const template = viewCitationTemplate(spec);
      const citation = fillViewCitation(template, spec, { ...defaultParams(spec), ...set }, '2026-12-07');
      // Machine-readable: the URL (and BibTeX's url) keep the number.
      expect(citation.url).toContain(query);
      expect(citation.bibtex).toMatch(new RegExp(`url = \\{[^}]*${query}`));
      // RIS wraps a value every 70 characters (as citation-js does): read the note whole.
      expect(citation.ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '')).toContain(`N1  - View with ${words}\n`);
      expect(JSON.parse(citation.cslJson)[0].note).toBe(`View with ${words}`);
      expect(/note = \{(.*)\}/.exec(citation.bibtex)?.[1]).toBe(`View with ${words}`);
      // APA names no settings, only the view's link.
      expect(citation.apa).not.toMatch(/ = \d/);
    },
  );
});
