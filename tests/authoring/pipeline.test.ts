/**
 * The essay pipeline on a fixture that uses every feature once
 * (fixtures/good.mdx): citations, reference list, cross-references,
 * numbered equations, sidenotes, and the figures it derives.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getFigure } from '../../src/figures/registry.ts';
import { escapeEquationLabels } from '../../src/authoring/remark-cross-references.ts';
import { compileEssay } from './pipeline.ts';

let code = '';
let data: Record<string, unknown> = {};

beforeAll(async () => {
  const output = await compileEssay('tests/authoring/fixtures/good.mdx');
  code = output.code;
  data = output.data as Record<string, unknown>;
}, 60_000);

describe('citations', () => {
  it('render as author-year links to the reference entry, with locators and prefixes', () => {
    expect(code).toContain('href: "#ref-gundlach-2025"');
    expect(code).toContain('children: "Gundlach et al., 2025"');
    expect(code).toContain('children: "Hoffmann et al., 2022, p. 4"');
    expect(code).toContain('children: "see Cottier, Rahman, et al., 2024"');
    // Two 2024 papers led by Cottier are told apart, as APA does.
    expect(code).toContain('children: "Cottier, You, et al., 2024"');
  });

  it('carry a preview of the full reference, tied to the link for assistive technology', () => {
    expect(code).toMatch(/"aria-describedby": "cite-preview-\d+-\d+"/);
    expect(code).toContain('role: "tooltip"');
    expect(code).toContain('Gundlach, H., Lynch, J., & Thompson, N. (2025). Meek Models Shall Inherit the Earth');
  });

  it('generate a reference list of only the cited works, with DOIs and URLs linked', () => {
    for (const key of ['gundlach-2025', 'hoffmann-2022', 'besiroglu-2024', 'cottier-2024', 'epoch-open-models-2024']) {
      expect(code).toContain(`id: "ref-${key}"`);
    }
    expect(code).not.toContain('id: "ref-ho-2024"');
    expect(code).toContain('href: "https://doi.org/10.48550/arXiv.2507.07931"');
    expect(code).toContain('href: "https://epoch.ai/blog/open-models-report"');
    expect(data['citedKeys']).toHaveLength(5);
  });
});

describe('cross-references', () => {
  it('number figures and equations and link prose references to them', () => {
    expect(code).toContain('number: "1"');
    expect(code).toContain('label: "fig-gap"');
    expect(code).toMatch(/href: "#fig-gap",\s+className: "cross-reference",\s+children: "Figure 1"/);
    expect(code).toMatch(/href: "#eq-loss",\s+className: "cross-reference",\s+children: "Equation 1"/);
    expect(code).toMatch(/className: "equation",\s+id: "eq-loss"/);
    expect(code).toContain('children: "(1)"');
  });

  it('escape only whole-line equation labels before MDX parses them', () => {
    expect(escapeEquationLabels('$$\nx\n$$\n{#eq-a}\ntext {#eq-b} stays')).toBe(
      '$$\nx\n$$\n\\{#eq-a\\}\ntext {#eq-b} stays',
    );
  });
});

describe('footnotes', () => {
  it('are copied beside their reference as sidenotes and kept as notes at the end', () => {
    expect(code).toMatch(/className: "sidenote",\s+role: "note"/);
    expect(code).toContain('children: "Notes"');
    expect(code).toContain('"data-footnotes": true');
  });
});

describe('derived frontmatter', () => {
  it('lists the figures and datasets the essay uses', () => {
    const astro = data['astro'] as { frontmatter: { figures: string[]; datasets: string[] } };
    expect(astro.frontmatter.figures).toEqual([`meek-loss-gap/v${getFigure('meek-loss-gap').version}`]);
    expect(astro.frontmatter.datasets).toEqual([]);
  });
});
