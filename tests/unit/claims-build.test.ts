/**
 * The build stops on a false claim, naming the essay's file, line and column:
 * compiles fixture essays with @mdx-js/mdx and the same remark plugin
 * astro.config.mjs registers.
 */
import { compile } from '@mdx-js/mdx';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import remarkClaims from '../../src/authoring/remark-claims.ts';
import remarkFigures from '../../src/authoring/remark-figures.ts';

const FIXTURE = 'tests/unit/fixtures/claims/false-claim.mdx';

const build = (path: string, value: string) =>
  compile({ path: join(process.cwd(), path), value }, { remarkPlugins: [remarkClaims] });

describe('remark-claims', () => {
  it('stops the build on a false claim with file:line:col and what was checked', async () => {
    await expect(build(FIXTURE, readFileSync(FIXTURE, 'utf8'))).rejects.toThrow(
      /^tests\/unit\/fixtures\/claims\/false-claim\.mdx:10:1 claim false at the essay's starting state: The largest loss gap from the start on does not change with α: it is 0\.15 nats per token throughout\. \(Checked against the model of “.*”: .* falls as the returns to compute \(loss exponent\) α goes from 0\.05 to 0\.4, with the other settings as shown\.\)$/,
    );
  });

  it('checks at the essay’s starting state: a preset that makes the sentence false stops the build', async () => {
    const claim = `<Claim figure="meek-loss-gap" value="peakYearsAfterStart" condition="finite">the gap peaks</Claim>`;
    const preset = `<Figure id="meek-loss-gap" params={{ g_h: 1, g_a: 1 }} />`;
    const compileWithPresets = (value: string) =>
      compile(
        { path: join(process.cwd(), 'src/content/essays/preset.mdx'), value },
        { remarkPlugins: [remarkFigures, remarkClaims] },
      );
    await expect(compileWithPresets(`Text ${claim}.\n`)).resolves.toBeDefined();
    const error = await compileWithPresets(`Text ${claim}.\n\n${preset}\n`).catch((e: Error) => e.message);
    expect(error).toMatch(
      /^src\/content\/essays\/preset\.mdx:1:6 claim false at the essay's starting state: The gap never stops widening\. /,
    );
    // Words and formatted values only: no parameter keys, value names or raw floats.
    expect(error).not.toMatch(/\bg_[iha]\b|peakYearsAfterStart|\d\.\d{5,}/);
  });

  it('passes an essay whose claims hold, including a condition at a preset', async () => {
    const essay = `Text <Claim figure="meek-loss-gap" value="peakYearsAfterStart" param="g_i" at={{ g_h: 1, g_a: 1 }} condition="infinite">never peaks</Claim>.\n`;
    await expect(build('src/content/essays/ok.mdx', essay)).resolves.toBeDefined();
  });

  it('names the file and line for a claim it cannot check', async () => {
    const essay = `# Title\n\nText <Claim figure="meek-loss-gap" value="peak" condition="finite">x</Claim>.\n`;
    await expect(build('src/content/essays/typo.mdx', essay)).rejects.toThrow(
      /^src\/content\/essays\/typo\.mdx:3:6 claim cannot be checked: meek-loss-gap has no value "peak"; it has: .*peakYear/,
    );
    const bad = `<Claim figure="meek-loss-gap" value="peakGap" at={{ g_h: "one" }} condition="finite">x</Claim>\n`;
    await expect(build('src/content/essays/bad.mdx', bad)).rejects.toThrow(/bad\.mdx:1:1 .*numbers only/);
  });
});
