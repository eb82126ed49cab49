/** The sentence catalogue's checks (tests/prose/checks.ts) catch each class of problem issue 19 lists. */
import { describe, expect, it } from 'vitest';
import { sentenceProblems, valueProblems } from '../prose/checks.ts';

const registries = { keys: new Set(['g_i', 'peakYear', 'lead', 'budget']) };
const problems = (sentence: string) => sentenceProblems(sentence, registries);

describe('sentence checks', () => {
  it('pass sentences that read right', () => {
    for (const sentence of [
      'The gap peaks in 2028, 3.3 years after the start, at 0.15 nats per token.',
      'An 8-fold lead is an advantage; a $1,000 budget, a one-off run and an 11,000-token prompt.',
      'A budget of $2,000 and a lead of 10⁶; the model uses ⟦g_i⟧ in its maths.',
      'An LLM runs on a user’s machine: an H100 costs $30,000, and it starts 2,000 times ahead.',
    ]) {
      expect(problems(sentence)).toEqual([]);
    }
  });

  it('fail on every class of problem', () => {
    expect(problems('The gap is NaN.')).toEqual(['not a number: "NaN"']);
    expect(problems('The gap is ∞ wide.')).toEqual(['infinity: "∞"']);
    expect(problems('It is undefined here.')).toEqual(['undefined or null: "undefined"']);
    expect(problems('Between {target} and the anchor year.')).toEqual(['an unfilled placeholder: "{"']);
    expect(problems('It is highest in 2,029.')).toEqual(['a year with a group separator: "2,029"']);
    expect(problems('The catch-up takes −1.2 years.')).toEqual(['a negative duration: "−1.2 years"']);
    expect(problems('The gap is the the widest.')).toEqual(['a repeated word: "the the"']);
    expect(problems('The slider runs from 0 points/yr to 1 points/yr.')).toEqual(['one of a plural noun: "1 points"']);
    expect(problems('It takes 0.1 years, 21 months or 1 month; 1,000 models.')).toEqual([]);
    expect(problems('Budgets grew 2.4×/yr (Cottier et al., 2024) (in our own data, more).')).toEqual([
      'two brackets side by side: ") ("',
    ]);
    expect(problems('Budgets grew 2.4×/yr (Cottier et al., 2024); in our own data they (nearly all) doubled.')).toEqual(
      [],
    );
    expect(problems('It is a advantage and an budget.')).toEqual([
      'wrong article: "a advantage"',
      'wrong article: "an budget"',
    ]);
    expect(problems('Checked: paLM’s cost over Vicuna’s; arXiv and an iPhone are spelt so.')).toEqual([
      'a name with its first letter lowered: "paLM"',
    ]);
    expect(problems('With g_i at 3.6, peakYear moves.')).toEqual([
      'an internal name: "g_i"',
      'an internal name: "peakYear"',
    ]);
  });

  it('tell a value from a clause', () => {
    for (const value of ['3.3 years', '2028', '15%', '$1 million', '71 times', '0.15 nats per token']) {
      expect(valueProblems(value)).toEqual([]);
    }
    expect(valueProblems('for ever: without shared progress nothing lifts the meek actor')).toHaveLength(1);
    expect(valueProblems('all of it: the gap is still widening in 2045')).toHaveLength(1);
  });
});
