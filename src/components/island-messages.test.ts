import { describe, expect, it } from 'vitest';
import { lastSentence } from './island-messages.ts';

describe('lastSentence', () => {
  it('is what the figure shows: the last sentence of its description', () => {
    expect(lastSentence('A line chart of loss. The gap peaks at 0.15 nats in 2028.')).toBe(
      'The gap peaks at 0.15 nats in 2028.',
    );
  });

  it('does not end a sentence at a decimal point, and keeps a text of one sentence whole', () => {
    expect(lastSentence('α = 0.155 and gᵢ = 3.6')).toBe('α = 0.155 and gᵢ = 3.6');
    expect(lastSentence('  One sentence.  ')).toBe('One sentence.');
  });
});
