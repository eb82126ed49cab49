import { describe, expect, it } from 'vitest';
import { isName, midSentence } from './mid-sentence.ts';
import { figureVersions } from './registry.ts';

describe('midSentence', () => {
  it('lowers an ordinary first word and keeps a name', () => {
    expect(midSentence('Frontier cost growth')).toBe('frontier cost growth');
    expect(midSentence('The anchor year’s most expensive run')).toBe('the anchor year’s most expensive run');
    // The claim note of the incentives essay read "paLM’s cost over Vicuna’s" (issue 19).
    expect(midSentence('PaLM’s cost over Vicuna’s with all of the base model counted')).toBe(
      'PaLM’s cost over Vicuna’s with all of the base model counted',
    );
    expect(midSentence('Vicuna’s fine-tuning cost as its authors report it')).toBe(
      'Vicuna’s fine-tuning cost as its authors report it',
    );
    expect(midSentence('LLaMA-13B on BBH')).toBe('LLaMA-13B on BBH');
    expect(midSentence('RTX 5090 lag')).toBe('RTX 5090 lag');
    expect(midSentence('Vicuna-13B’s cost')).toBe('Vicuna-13B’s cost');
  });

  it('never lowers the first letter of a name in any figure’s value or parameter label', () => {
    const labels = figureVersions.flatMap((spec) => [
      ...Object.values(spec.values).map((value) => value.label),
      ...Object.values(spec.params).map((param) => param.label),
    ]);
    expect(labels.length).toBeGreaterThan(100);
    // A first word with a capital or digit after its first letter is a name (PaLM, DGX, LLaMA-13B): it keeps it.
    const lowered = labels.map(midSentence).filter((label) => /^\p{Ll}[\p{L}\p{N}’'-]*[\p{Lu}\p{N}]/u.test(label));
    expect(lowered).toEqual([]);
    expect(
      labels.filter((label) => /^(PaLM|Vicuna|LLaMA|DGX|RTX)/.test(label)).every((l) => midSentence(l) === l),
    ).toBe(true);
  });

  it('tells names by spelling or by the list', () => {
    expect(isName('PaLM')).toBe(true);
    expect(isName('GPT-4')).toBe(true);
    expect(isName('Chinchilla')).toBe(true);
    expect(isName('Largest')).toBe(false);
  });
});
