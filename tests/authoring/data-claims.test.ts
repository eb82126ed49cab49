/**
 * <DataClaim>: a sentence about the data stops the build at its file:line:col when its pinned dataset version
 * contradicts it; readers see what was checked with the interval. <Claim kind="illustration"> is marked as an
 * illustration of the model, never ✓.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Claim from '../../src/components/Claim.astro';
import DataClaim from '../../src/components/DataClaim.astro';
import { compileEssay, errorOf } from './pipeline.ts';

const path = 'src/content/essays/data-claims-fixture.mdx';
const claim = (attributes: string) =>
  `# Title\n\nSince 2025 <DataClaim ${attributes}>records waited longer</DataClaim>.\n`;

describe('<DataClaim> at build', () => {
  it('passes a sentence the data support', async () => {
    await expect(
      compileEssay(path, claim('estimate="benchmark-lag" version={2} from="2025-01-01" condition="> 8"')),
    ).resolves.toBeDefined();
  });

  it('stops at file:line:col, in words and formatted values, when the data contradict it', async () => {
    expect(
      await errorOf(path, claim('estimate="benchmark-lag" version={2} from="2025-01-01" condition="< 7.4"')),
    ).toMatch(
      /^src\/content\/essays\/data-claims-fixture\.mdx:3:12 data claim false: Kaplan–Meier median of the months open-weights models took to match closed benchmark records set from 1 January 2025 on is 8\.4 months \(90% interval .*\), not below 7\.4 months\.$/,
    );
    expect(await errorOf(path, claim('estimate="lag" version={2} condition="> 0"'))).toMatch(
      /:3:12 data claim cannot be checked: unknown estimate "lag" \(known: benchmark-lag, /,
    );
    expect(await errorOf(path, claim('estimate="benchmark-lag" version={9} condition="> 0"'))).toMatch(
      /:3:12 data claim cannot be checked: dataset open-closed-benchmarks has no published version 9/,
    );
    expect(await errorOf(path, claim('estimate="benchmark-lag" version={2} from="2025" condition="> 0"'))).toMatch(
      /from="2025" must be a date, YYYY-MM-DD/,
    );
  });
});

describe('rendered', async () => {
  const container = await AstroContainer.create();

  it('shows a data claim with what was checked and its interval', async () => {
    const html = await container.renderToString(DataClaim, {
      props: { estimate: 'benchmark-lag', version: 2, from: '2025-01-01', condition: '> 8' },
      slots: { default: 'records waited longer' },
    });
    expect(html).toContain('✓ data');
    expect(html).toMatch(/Checked against open-closed-benchmarks v2: .* is 8\.4 months \(90% interval /);
  });

  it('marks a claim true by construction as an illustration of the model, without ✓', async () => {
    const html = await container.renderToString(Claim, {
      props: {
        figure: 'memo-costs',
        value: 'costRatio',
        param: 'base_share',
        trend: 'decreasing',
        kind: 'illustration',
      },
      slots: { default: 'the more of the bill is charged, the smaller the multiple' },
    });
    expect(html).toContain('>illustration of the model</span>');
    expect(html).not.toContain('✓');
    expect(html).toContain('An illustration of the model, not a test against data');
  });
});
