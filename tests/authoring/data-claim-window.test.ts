/**
 * A sentence around a <DataClaim> often names the claim's window in words ("fitted over the runs of 2016 to 2023",
 * "set since December 2023", "every closed record since 2018"), while the claim is checked over its `from`/`to`
 * attributes, or from the first date its estimator counts (DataEstimator.since). The years are written twice and
 * could drift: this test reads every essay and fails when a year (and a month named with it) typed in a claim's
 * sentence is not a bound of the window the claim is checked over. Likewise a claim's words state the threshold its
 * condition tests ("more than eight months" for "> 8", "more than doubled" for "> 2"): drifted words fail.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_ESTIMATORS } from '../../src/data/claims/estimators.ts';
import { MONTH_NAMES } from '../../src/data/estimates/month-names.ts';

const ESSAYS = 'src/content/essays';

interface WindowedClaim {
  readonly where: string;
  /** The dates the claim is checked from and to (YYYY-MM-DD), where it has them. */
  readonly bounds: readonly string[];
  /** Its sentence up to the end of the claim, from the sentence's start or the previous claim's end. */
  readonly words: string;
  /** The claim's own words, and what it is checked against. */
  readonly claimWords: string;
  readonly estimate: string;
  readonly condition: string;
}

/** The first date a claim counts from: the later of its `from` and its estimator's own start. */
function startOf(estimate: string, from: string | undefined): string | undefined {
  const since = DATA_ESTIMATORS[estimate]?.since;
  return from && since ? (from > since ? from : since) : (from ?? since);
}

/** Every DataClaim of an essay, with its window's bounds and the words of its sentence that lead to it. */
function windowedClaims(essay: string): WindowedClaim[] {
  const text = readFileSync(join(ESSAYS, essay), 'utf8');
  const claims: WindowedClaim[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(/<DataClaim\s((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/DataClaim>/g)) {
    const attribute = (name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(match[1]!)?.[1];
    const before = text.slice(previousEnd, match.index);
    // The sentence starts after the last full stop or blank line before the claim.
    const start = Math.max(before.lastIndexOf('. '), before.lastIndexOf('.\n'), before.lastIndexOf('\n\n'));
    const lead = before.slice(start + 1);
    previousEnd = match.index + match[0].length;
    const from = startOf(attribute('estimate')!, attribute('from'));
    const words = `${lead} ${match[2]}`.replace(/<[^>]*>/g, ' ').replace(/\[@[^\]]*\]/g, ' ');
    const line = text.slice(0, match.index).split('\n').length;
    const claimWords = match[2]!.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
    claims.push({
      where: `${essay}:${line}`,
      bounds: [from, attribute('to')].filter((d) => d !== undefined),
      words,
      claimWords,
      estimate: attribute('estimate')!,
      condition: attribute('condition')!,
    });
  }
  return claims;
}

/** The years typed in words, each with the month named just before it, if any: "December 2023" → 2023-12. */
function typedDates(words: string): { year: string; month?: number }[] {
  return [...words.matchAll(/(?:\b([A-Z][a-z]+) )?\b((?:19|20)\d\d)\b/g)].map(([, name, year]) => {
    const month = MONTH_NAMES.indexOf(name ?? '');
    return { year: year!, ...(month >= 0 ? { month: month + 1 } : {}) };
  });
}

describe('a DataClaim’s window, as its sentence types it', () => {
  const claims = readdirSync(ESSAYS)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap(windowedClaims);

  it('is read from every essay (claims with windows named in words are found)', () => {
    expect(claims.filter((c) => typedDates(c.words).length > 0).length).toBeGreaterThanOrEqual(5);
  });

  it('names only the bounds the claim is checked over', () => {
    const drifted = claims.flatMap((claim) =>
      typedDates(claim.words)
        .filter(
          ({ year, month }) =>
            !claim.bounds.some((b) => b.startsWith(year) && (month === undefined || Number(b.slice(5, 7)) === month)),
        )
        .map(
          ({ year, month }) =>
            `${claim.where}: ${month ? `${MONTH_NAMES[month - 1]} ` : ''}${year} typed; checked over ${claim.bounds.join(' to ') || 'all the data'}`,
        ),
    );
    expect(drifted).toEqual([]);
  });

  it('would fail on a typed year the window does not have', () => {
    const claim = { bounds: ['2016-01-01', '2023-12-31'], words: 'fitted over the runs of 2015 to 2023, the cost' };
    expect(typedDates(claim.words).map((d) => claim.bounds.some((b) => b.startsWith(d.year)))).toEqual([false, true]);
  });
});

/** Numbers as the essays write them in words. */
const NUMBER_WORDS: Readonly<Record<number, string>> = {
  2: 'two',
  3: 'three',
  4: 'four',
  5: 'five',
  6: 'six',
  7: 'seven',
  8: 'eight',
  9: 'nine',
  10: 'ten',
};

/**
 * Whether a claim's words state its threshold: the number (in digits or in words, "doubled" for 2×, "a year" for
 * 12 months) after a word of its direction ("more than", "over", "above"; "less than", "under", "below").
 */
function statesThreshold(words: string, condition: string, unit: string): boolean {
  const match = /^([<>])=?\s*(\d+(?:\.\d+)?)$/.exec(condition.trim());
  if (!match) return true; // finite, infinite, =: no threshold to state
  const [, op, number] = match;
  const n = Number(number);
  const direction = op === '>' ? '(?:more than|over|above|at least)' : '(?:less than|under|below|at most)';
  const said = [String(n), NUMBER_WORDS[n] ? `${NUMBER_WORDS[n]}(?:-fold)?` : undefined];
  if (unit === 'months' && n === 12) said.push('a year');
  // A ratio above 1 over a level is "more than that level".
  if (unit === '×' && n === 1) said.push('that trend level');
  const doubled = op === '>' && n === 2 && /more than doubled/.test(words);
  const stated = said.filter(Boolean).some((w) => new RegExp(`${direction} ${w}\\b`).test(words));
  return stated || doubled;
}

describe('a DataClaim’s threshold, as its words state it', () => {
  const claims = readdirSync(ESSAYS)
    .filter((f) => f.endsWith('.mdx'))
    .flatMap(windowedClaims);

  it('is the number its condition tests, in its direction', () => {
    const unstated = claims
      .filter((c) => !statesThreshold(c.claimWords, c.condition, DATA_ESTIMATORS[c.estimate]!.unit))
      .map((c) => `${c.where}: “${c.claimWords.trim()}” is checked as ${c.condition}`);
    expect(unstated).toEqual([]);
  });

  it('would fail on words that drifted from the condition', () => {
    expect(statesThreshold('at more than eight months', '> 8', 'months')).toBe(true);
    expect(statesThreshold('at more than nine months', '> 8', 'months')).toBe(false);
    expect(statesThreshold('under eight months', '> 8', 'months')).toBe(false);
    expect(statesThreshold('the median wait is estimated at more than a year', '> 12', 'months')).toBe(true);
  });
});
