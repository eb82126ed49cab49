/**
 * A <Claim> checked at a setting of its own (`at={{ lead: 25 }}`) must not type that setting in its sentence: the
 * number would be written twice, and the two could drift (meek's "with the frontier 25 times ahead" repeated the
 * Claim's `at`). The sentence prints it through a <FigureValue> whose value is the setting the Claim is checked
 * at; this test reads every essay and fails when a Claim types one of its `at` numbers, or prints a value that
 * differs from it; a Claim checked at a number it cites ("the slowest decline Epoch AI measured") must use the
 * parameter registry's value.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { parameter } from '../../src/model/parameters/index.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { defaultParams } from '../../src/figures/spec.ts';

const ESSAYS = 'src/content/essays';

interface ClaimAt {
  readonly essay: string;
  readonly figure: string;
  readonly at: Record<string, number>;
  readonly body: string;
}

/** Every Claim with `at` in every essay, with the numbers it is checked at and its sentence. */
function claimsWithAt(): ClaimAt[] {
  return readdirSync(ESSAYS)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap((essay) =>
      [
        ...readFileSync(join(ESSAYS, essay), 'utf8').matchAll(/<Claim\s((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/Claim>/g),
      ].flatMap(([, attributes = '', body = '']) => {
        const at = /\bat=\{\{([^}]*)\}\}/.exec(attributes)?.[1];
        const figure = /\bfigure="([^"]+)"/.exec(attributes)?.[1];
        if (!at || !figure) return [];
        const pairs = at.split(',').map((part) => part.split(':').map((s) => s.trim()));
        return [{ essay, figure, at: Object.fromEntries(pairs.map(([k, v]) => [k!, Number(v)])), body }];
      }),
    );
}

/** The numbers typed in a sentence, outside its components' tags. */
function typedNumbers(body: string): number[] {
  const words = body.replace(/<[^>]*>/g, ' ');
  return [...words.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map(([n]) => Number(n.replace(/,/g, '')));
}

/** What each <FigureValue> of the Claim's figure in the sentence computes at the Claim's setting. */
function printedValues(claim: ClaimAt): { value: string; computed: number }[] {
  const spec = getFigure(claim.figure);
  const params = { ...defaultParams(spec), ...claim.at };
  const rows = spec.table(params, figureDataFromDisk(spec));
  return [...claim.body.matchAll(/<FigureValue\s+figure="([^"]+)"\s+value="([^"]+)"/g)]
    .filter(([, figure]) => figure === claim.figure)
    .map(([, , value]) => ({ value: value!, computed: spec.values[value!]!.compute(params, rows) }));
}

describe('Claims checked at a setting of their own', () => {
  const claims = claimsWithAt();

  it('are found (meek-models checks faster investment at a head start)', () => {
    expect(claims.some((c) => c.essay === 'meek-models.mdx' && 'lead' in c.at)).toBe(true);
  });

  it('never type the numbers they are checked at', () => {
    const typed = claims.flatMap((c) =>
      typedNumbers(c.body)
        .filter((n) => Object.values(c.at).includes(n))
        .map((n) => `${c.essay}: ${n} typed in “${c.body.trim().slice(0, 60)}…”`),
    );
    expect(typed).toEqual([]);
  });

  it('print the head start meek checks faster investment at from the value the Claim is checked at', () => {
    const claim = claims.find((c) => printedValues(c).some((p) => p.value === 'investmentClaimHeadStart'));
    expect(claim, 'meek-models prints investmentClaimHeadStart inside its Claim').toBeDefined();
    const printed = printedValues(claim!).find((p) => p.value === 'investmentClaimHeadStart')!;
    expect(printed.computed).toBe(claim!.at['lead']);
  });

  it('check a cited number at the registry’s value: meek’s “slowest decline Epoch AI measured”', () => {
    // remark-claims reads `at` as numbers only, so the 9× is written in the Claim; it must be the published low end.
    const claim = claims.find((c) => c.body.includes('slowest decline Epoch AI measured'));
    expect(claim?.at['inference_price_decline']).toBe(parameter('inference_price_decline').published?.low);
  });
});
