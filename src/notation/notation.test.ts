import { readFileSync } from 'node:fs';
import type { AnyFigureSpec } from '../figures/spec.ts';
import { describe, expect, it } from 'vitest';
import { figureIds, getFigure, versionsOf } from '../figures/registry.ts';
import { isKnown, mathClashes, paramClashes, type Clash } from './check.ts';
import { KNOWN_CLASHES, NOTATION } from './registry.ts';

const latest = figureIds().map((id) => getFigure(id));
const ESSAYS = ['meek-models', 'peak-capabilities-wall', 'incentives-and-compute-cost', 'the-edge'];

/** Clashes in an essay's maths, with the figures it names (the build plugin reads them from the MDX tree). */
function essayClashes(essay: string): Clash[] {
  const text = readFileSync(`src/content/essays/${essay}.mdx`, 'utf8');
  const ids = new Set(
    [...text.matchAll(/<(?:Figure|FigureValue|FigureCases|Claim|Believe)\s[^>]*?(?:id|figure)="([^"]+)"/g)].map(
      (m) => m[1]!,
    ),
  );
  const specs = [...ids].filter((id) => versionsOf(id).length > 0).map((id) => getFigure(id));
  const maths = [...text.matchAll(/\$\$([\s\S]+?)\$\$|\$([^$\n]+)\$/g)].map((m) => (m[1] ?? m[2])!);
  return maths.flatMap((tex) => mathClashes(essay, tex, specs));
}

describe('notation registry', () => {
  it('gives each symbol one entry and each quantity one symbol', () => {
    expect(new Set(NOTATION.map((e) => e.symbol)).size).toBe(NOTATION.length);
    const keys = NOTATION.flatMap((e) => e.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds a figure parameter that uses a registered symbol for something else', () => {
    // A figure of an author's that writes its delay D, which means training tokens site-wide.
    const fixture = {
      id: 'fixture',
      params: { glut_delay: { symbol: 'D', label: 'Glut delay' }, saturation: { symbol: 's', label: 'Saturation' } },
    } as unknown as AnyFigureSpec;
    const clashes = paramClashes(fixture);
    expect(clashes).toContainEqual(expect.objectContaining({ symbol: 'D', param: 'fixture:glut_delay' }));
    expect(clashes.find((c) => c.symbol === 'D')?.problem).toMatch(
      /D means training tokens \(Chinchilla’s D\) site-wide/,
    );
    // The quantity has a registered symbol of its own: saturation is σ.
    expect(clashes.find((c) => c.param === 'fixture:saturation')?.problem).toMatch(/the site writes it σ/);
  });

  it('finds maths that uses a registered symbol no figure of the essay defines so', () => {
    expect(mathClashes('fixture', String.raw`\rho = 10`, [])).toHaveLength(1);
    expect(mathClashes('fixture', String.raw`\rho = 10`, [getFigure('meek-loss-gap')])).toEqual([]);
    expect(mathClashes('meek-models', 'L(N, D)', [])).toEqual([]);
    expect(mathClashes('fixture', String.raw`\Delta t`, [])).toEqual([]);
    // An uncontested symbol in maths is a clash only where a figure of the essay means something else by it.
    expect(mathClashes('fixture', String.raw`C^{-\alpha}`, [])).toEqual([]);
  });

  it('has no clash beyond the known ones in the latest version of every figure and in every essay', () => {
    const found = [...latest.flatMap(paramClashes), ...ESSAYS.flatMap(essayClashes)];
    expect(found.filter((c) => !isKnown(c)).map((c) => c.problem)).toEqual([]);
  });

  it('lists only clashes that still exist: a rename removes its entry', () => {
    const found = [...latest.flatMap(paramClashes), ...ESSAYS.flatMap(essayClashes)];
    for (const known of KNOWN_CLASHES) {
      const still = found.some(
        (c) => c.symbol === known.symbol && (known.param ? c.param === known.param : c.essay === known.essay),
      );
      expect(still, `${known.symbol} ${known.param ?? known.essay} is fixed: remove it from KNOWN_CLASHES`).toBe(true);
    }
  });
});
