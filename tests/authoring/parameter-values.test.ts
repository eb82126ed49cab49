/**
 * <ParameterValue>: a cited number from the parameter registry is checked at build at its file:line:col (id,
 * source, interval, form), and may not stand alone on its line, where MDX would split its sentence in two.
 */
import { describe, expect, it } from 'vitest';
import { compileEssay, errorOf } from './pipeline.ts';

const path = 'src/content/essays/parameter-values-fixture.mdx';
const essay = (body: string) =>
  `import ParameterValue from '../../components/parameters/ParameterValue.astro';\n\n# Title\n\n${body}\n`;

describe('<ParameterValue> at build', () => {
  it('passes a cited value inside its sentence, in each form', async () => {
    await expect(
      compileEssay(
        path,
        essay(
          'Costs grew <ParameterValue id="training_cost_growth" source="cottier-2024" interval /> and compute\nneeded halved every <ParameterValue id="g_a" source="ho-2024" as="halving" interval /> [@ho-2024].',
        ),
      ),
    ).resolves.toBeDefined();
  });

  it('stops at file:line:col when the value stands alone on its line or the form is unknown', async () => {
    // The wall essay's "grown about\n<ParameterValue … />\n[@…]" rendered as three paragraphs.
    expect(
      await errorOf(
        path,
        essay(
          'Compute grew about\n\n<ParameterValue id="frontier_compute_growth" source="epoch-compute-trends-2024" interval />\n\na year.',
        ),
      ),
    ).toMatch(/parameter-values-fixture\.mdx:7:1 <ParameterValue> stands alone on its line/);
    expect(
      await errorOf(path, essay('Halved every <ParameterValue id="g_a" source="ho-2024" as="tripling" /> here.')),
    ).toMatch(/:5:14 <ParameterValue>: unknown form "tripling"/);
  });
});
