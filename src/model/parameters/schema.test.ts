import { describe, expect, it } from 'vitest';
import { parameter, parameterSchema, validateParameters, type ParameterInput } from './index.ts';

/** A valid entry to break one field at a time. */
const valid: ParameterInput = {
  id: 'example_growth',
  symbol: 'g',
  label: 'Example growth',
  unit: '×/yr',
  default: 2.4,
  source: { key: 'cottier-2024', locator: 'abstract', quote: 'a rate of 2.4x per year since 2016' },
  low: 2.0,
  high: 2.9,
  distribution: 'lognormal',
  level: 0.9,
  published: {
    key: 'cottier-2024',
    locator: 'abstract',
    quote: '(90% CI: 2.0x to 2.9x)',
    low: 2.0,
    high: 2.9,
    level: 0.9,
  },
  note: 'For the test.',
};

const issues = (entry: unknown) => {
  const result = parameterSchema.safeParse(entry);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the parameter schema', () => {
  it('accepts a well-formed entry', () => {
    expect(issues(valid)).toEqual([]);
  });

  it('rejects a missing quote on a verified citation of another work, naming the field', () => {
    const { quote: _, ...source } = valid.source;
    expect(issues({ ...valid, source })).toEqual([expect.stringMatching(/^source\.quote: .*verbatim quote/)]);
    const { quote: __, ...published } = valid.published!;
    expect(issues({ ...valid, published })).toEqual([expect.stringMatching(/^published\.quote: /)]);
  });

  it('accepts a missing quote only when marked unverified with a reason', () => {
    const { quote: _, ...source } = valid.source;
    expect(issues({ ...valid, source: { ...source, verified: false } })).toEqual([
      expect.stringMatching(/^source\.reason: /),
    ]);
    expect(issues({ ...valid, source: { ...source, verified: false, reason: 'Not reachable.' } })).toEqual([]);
  });

  it('needs no quote for the publication’s own estimates', () => {
    expect(issues({ ...valid, source: { key: 'open-closed-data', locator: 'estimates v1' } })).toEqual([]);
  });

  it('rejects a long "quote"', () => {
    const quote = Array.from({ length: 60 }, () => 'word').join(' ');
    expect(issues({ ...valid, source: { ...valid.source, quote } })).toEqual([
      expect.stringMatching(/^source\.quote: quote at most/),
    ]);
  });

  it('rejects a default outside the range or the published interval', () => {
    expect(issues({ ...valid, default: 99 })).toEqual([
      expect.stringMatching(/^default: .*\[low, high\]/),
      expect.stringMatching(/^default: .*published interval/),
    ]);
    const published = { ...valid.published!, low: 2.5, high: 3 };
    expect(issues({ ...valid, published })).toEqual([expect.stringMatching(/^default: .*published interval/)]);
  });

  it('accepts a default outside them only as a declared assumption, and only when it is outside', () => {
    const assumption = { reason: 'The paper’s scenario value.' };
    expect(issues({ ...valid, default: 3.6, assumption })).toEqual([]);
    expect(issues({ ...valid, assumption })).toEqual([expect.stringMatching(/^assumption: /)]);
    expect(issues({ ...valid, default: 3.6, assumption: { reason: '' } }).length).toBeGreaterThan(0);
  });

  it('rejects a bad level', () => {
    expect(issues({ ...valid, level: 0.8 }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, level: 'bounds' })).toEqual([expect.stringMatching(/^level: lognormal needs a level/)]);
    expect(issues({ ...valid, distribution: 'uniform' })).toEqual([expect.stringMatching(/^level: uniform takes/)]);
    expect(issues({ ...valid, published: { ...valid.published!, level: 0.5 } }).length).toBeGreaterThan(0);
    expect(issues({ ...valid, published: { ...valid.published!, level: 'range' } })).toEqual([]);
  });

  it('rejects a fixed parameter with a range and a log distribution through zero', () => {
    expect(issues({ ...valid, distribution: 'fixed', level: 'bounds' })).toEqual([
      expect.stringMatching(/^low: a fixed parameter/),
    ]);
    expect(issues({ ...valid, low: -1 })).toEqual([expect.stringMatching(/^low: log distributions/)]);
  });

  it('fails at import naming the entry, field and reason', () => {
    expect(() => validateParameters([{ ...valid, id: 'broken', default: 99 }])).toThrow(
      /^Parameter "broken": default: default must lie within \[low, high\]/,
    );
  });

  it('rejects a real entry whose default leaves its range', () => {
    expect(issues({ ...parameter('g_a'), default: 99 })[0]).toMatch(/^default: /);
  });
});
