import { describe, expect, it } from 'vitest';
import { getFigure } from '../figures/registry.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { compileEssay } from '../../tests/authoring/pipeline.ts';
import { casesBlock, essayTemplate } from './essay-template.ts';

describe('the essay scaffold', () => {
  it('goes through the essay pipeline the build uses', { timeout: 60_000 }, async () => {
    const text = essayTemplate('scaffold-unit', '2026-12-06');
    await expect(compileEssay('src/content/essays/scaffold-unit.mdx', text)).resolves.toBeDefined();
    const components = [
      'PresetValue',
      'ParameterValue',
      'Claim',
      'Believe',
      'BelieveNote',
      'FigureValue',
      'FigureCases',
    ];
    for (const component of components) expect(text).toContain(`<${component} `);
  });

  it('writes one <When> per option of a declared case, and shows that figure when the page does not', () => {
    const spec: AnyFigureSpec = {
      ...getFigure('open-closed-compute'),
      cases: { trend: { label: 'Whether the lag shrinks', options: ['shrinks', 'grows'], compute: () => 'shrinks' } },
    };
    expect(casesBlock(spec)).toBe(`
Where the wording depends on the reader's settings, write one whole sentence
per case and let the figure choose (whether the lag shrinks):

<Figure id="open-closed-compute" />

<FigureCases figure="open-closed-compute" case="trend">
  <When is="shrinks">Write here the sentence that holds when shrinks.</When>
  <When is="grows">Write here the sentence that holds when grows.</When>
</FigureCases>
`);
    expect(casesBlock(undefined)).toBe('');
  });
});
