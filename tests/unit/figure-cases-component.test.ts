/**
 * <FigureCases> and <When> rendered by Astro's container API: the option the build marked `shown` is visible
 * without JavaScript, the others carry `hidden` (and stay out of the search index), and block/inline layout
 * picks div/span so a paragraph never sits inside a span.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it, vi } from 'vitest';
import FigureCases from '../../src/components/FigureCases.astro';
import When from '../../src/components/When.astro';

vi.mock('../../src/figures/registry.ts', async (importOriginal) =>
  (await import('../authoring/support/registry-with-cases.ts')).registryWithCases(importOriginal as never),
);

const container = await AstroContainer.create();

describe('<FigureCases> and <When>', () => {
  it('render the shown option visible and the others hidden, as blocks or inline', async () => {
    const shown = await container.renderToString(When, {
      props: { is: 'peaks', state: 'shown', layout: 'block' },
      slots: { default: '<p>The gap peaks.</p>' },
    });
    expect(shown).toBe('<div class="when" data-when="peaks"><p>The gap peaks.</p></div>');
    const hidden = await container.renderToString(When, {
      props: { is: 'never', state: 'hidden', layout: 'inline' },
      slots: { default: 'It keeps widening.' },
    });
    expect(hidden).toBe(
      '<span class="when" data-when="never" hidden data-pagefind-ignore="all">It keeps widening.</span>',
    );
    const host = await container.renderToString(FigureCases, {
      props: { figure: 'meek-loss-gap', case: 'peakShape', layout: 'block' },
      slots: { default: shown },
    });
    expect(host).toContain('<div class="figure-cases" data-figure-case="meek-loss-gap:peakShape">');
  });

  it('refuses a case the spec does not declare', async () => {
    await expect(
      container.renderToString(FigureCases, { props: { figure: 'meek-loss-gap', case: 'nope' } }),
    ).rejects.toThrow(/meek-loss-gap v\d has no case "nope"; it has: peakShape/);
  });
});
