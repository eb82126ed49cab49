/**
 * <PresetValue> prints a parameter's starting value on the essay (the page's
 * presets, else the default) in its unit, as beside its slider.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import PresetValue from '../../src/components/PresetValue.astro';

const container = await AstroContainer.create();
const render = (props: Record<string, unknown>) => container.renderToString(PresetValue, { props });

describe('<PresetValue>', () => {
  it('prints the default in its unit when the essay presets nothing', async () => {
    expect(await render({ figure: 'meek-loss-gap', param: 'g_i' })).toMatch(/>3\.57×\/yr<\/span>$/);
  });

  it('prints the page preset the remark plugin hands it, formatted as beside the slider', async () => {
    const html = await render({ figure: 'meek-loss-gap', param: 'g_i', pagePreset: JSON.stringify({ g_i: 2.4 }) });
    expect(html).toContain('data-preset-value="meek-loss-gap:g_i"');
    expect(html).toMatch(/>2\.4×\/yr<\/span>$/);
    expect(await render({ figure: 'open-closed-compute', param: 'from_year' })).toMatch(/>\d{4}<\/span>$/);
  });

  it('refuses a parameter the figure does not have, listing the ones it has', async () => {
    await expect(render({ figure: 'meek-loss-gap', param: 'gi' })).rejects.toThrow(
      /<PresetValue figure="meek-loss-gap" param="gi">: no such parameter; meek-loss-gap v9 has: .*g_i/,
    );
  });
});
