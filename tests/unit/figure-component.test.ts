/**
 * <Figure> rendered by Astro's container API: a preset draws the figure with
 * those values on the server, starts the controls there and is carried to the
 * island; a bad preset stops the build naming figure, key and range.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Figure from '../../src/components/Figure.astro';
import FigureValue from '../../src/components/FigureValue.astro';
import type { AnyFigureSpec, ParamDefinition } from '../../src/figures/spec.ts';

const container = await AstroContainer.create();

describe('<Figure params>', () => {
  it('draws the preset on the server and hands it to the island', async () => {
    const html = await container.renderToString(Figure, { props: { id: 'meek-loss-gap', params: { g_i: 2.4 } } });
    expect(html).toContain(`data-preset="{&quot;g_i&quot;:2.4}"`);
    expect(html).toMatch(/<input type="range"[^>]*name="g_i"[^>]*value="2.4" aria-valuetext="2.4 times per year"/);
    expect(html).toContain('frontier investment growing 2.4×/yr');
    expect(html).not.toContain('frontier spend growing 3.6×/yr');
  });

  it('applies the page-wide preset a remark plugin hands it', async () => {
    const html = await container.renderToString(Figure, {
      props: { id: 'open-closed-compute', pagePreset: JSON.stringify({ g_i: 2.4, from_year: 2020 }) },
    });
    expect(html).toContain(`data-preset="{&quot;from_year&quot;:2020}"`);
    const value = await container.renderToString(FigureValue, {
      props: { figure: 'meek-loss-gap', value: 'peakYear', pagePreset: JSON.stringify({ g_i: 10 }) },
    });
    const atDefaults = await container.renderToString(FigureValue, {
      props: { figure: 'meek-loss-gap', value: 'peakYear' },
    });
    expect(value).not.toBe(atDefaults);
  });

  it('refuses a preset out of range, naming figure, key and range', async () => {
    await expect(
      container.renderToString(Figure, { props: { id: 'meek-loss-gap', params: { g_i: 20 } } }),
    ).rejects.toThrow(
      '<Figure id="meek-loss-gap">: preset g_i = 20 of figure "meek-loss-gap" v9 is out of range (did you mean a value from 1.1 to 10 ×/yr?)',
    );
  });

  it('renders every slider with a label, its unit and a spoken value', async () => {
    const html = await container.renderToString(Figure, { props: { id: 'meek-loss-gap' } });
    expect(html).toContain('Meek training budget (B, US$)');
    expect(html).toMatch(/name="budget"[^>]*aria-valuetext="1 thousand US dollars"/);
    expect(html).toMatch(/name="lead"[^>]*aria-valuetext="1 times"/);
  });
});

describe('<FigureControls> with named values', () => {
  it('renders one button per anchor beside its slider, with its value and source', async () => {
    const { default: FigureControls } = await import('../../src/components/FigureControls.astro');
    const { getFigure } = await import('../../src/figures/registry.ts');
    const { defaultParams } = await import('../../src/figures/spec.ts');
    const base = getFigure('meek-loss-gap');
    const spec: AnyFigureSpec = {
      ...base,
      params: {
        ...base.params,
        alpha: {
          ...(base.params as Record<string, ParamDefinition>).alpha!,
          anchors: [{ label: 'Chinchilla', value: 0.155, source: 'Hoffmann et al. 2022, Approach 3' }],
        },
      },
    };
    const html = await container.renderToString(FigureControls, { props: { spec, start: defaultParams(spec) } });
    expect(html).toMatch(
      /<button type="button" data-anchor="alpha" data-value="0.155" title="0.155. Source: Hoffmann et al. 2022, Approach 3">Chinchilla<\/button>/,
    );
    expect(html).toContain('role="group" aria-label="Named values of Returns to compute (loss exponent)"');
  });
});
