/** One notation: a registered symbol used for something else stops the build at its file:line:col. */
import { describe, expect, it } from 'vitest';
import { compileEssay, errorOf } from './pipeline.ts';

const path = 'src/content/essays/notation-fixture.mdx';

describe('notation at build', () => {
  it('stops at the maths that uses a registered symbol no figure of the essay defines so', async () => {
    expect(await errorOf(path, '# Title\n\nThe horizon grows as $h^{\\kappa}$.\n')).toMatch(
      /^src\/content\/essays\/notation-fixture\.mdx:3:22 κ in “h\^\{\\kappa\}” means the exponent of the task horizon in effective compute \(the meek essay\) site-wide/,
    );
  });

  it('passes maths whose symbol a figure of the essay defines with its registered meaning', async () => {
    const text = '# Title\n\nSaturation $\\sigma$ bends the curve.\n\n<Figure id="wall-gap-lag" />\n';
    await expect(compileEssay(path, text)).resolves.toBeDefined();
  });
});
