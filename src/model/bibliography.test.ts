import { describe, expect, it } from 'vitest';
import { CSL_REFERENCES, cslReference, formatAuthors, formatReference, isReferenceKey } from './bibliography.ts';

describe('the bibliography', () => {
  it('reads every work from references.json with a URL, and arXiv works with their DOI', () => {
    for (const item of CSL_REFERENCES) {
      expect(item.URL, item.id).toMatch(/^(https:\/\/|\/)/);
      if (item.number?.startsWith('arXiv:'))
        expect(item.DOI, item.id).toBe(`10.48550/${item.number.replace(':', '.')}`);
    }
  });

  it('refuses an unknown key by name', () => {
    expect(() => cslReference('hofman-2022')).toThrow('unknown bibliography key "hofman-2022"');
    expect(isReferenceKey('hoffmann-2022')).toBe(true);
  });

  it('shortens long author lists with "et al."', () => {
    expect(formatReference('ho-2024')).toBe(
      'Ho, A., Besiroglu, T., Erdil, E., et al. (2024). Algorithmic progress in language models. arXiv:2403.05812.',
    );
    // A title that ends with its own mark takes no full stop after it (it read "Open Models?. Epoch AI.").
    for (const item of CSL_REFERENCES) expect(formatReference(item.id as never), item.id).not.toMatch(/[.?!]\./);
  });

  it('writes one, two and many authors in APA style, and a literal "et al." after a comma with no "&"', () => {
    expect(formatAuthors([{ family: 'Christensen', given: 'Clayton M.' }])).toBe('Christensen, C. M.');
    expect(formatAuthors([{ literal: 'Epoch AI' }])).toBe('Epoch AI');
    expect(formatAuthors(cslReference('hobbhahn-2022').author)).toBe('Hobbhahn, M., & Besiroglu, T.');
    expect(formatAuthors(cslReference('kaplan-2020').author)).toBe('Kaplan, J., McCandlish, S., Henighan, T., et al.');
    expect(formatAuthors(cslReference('touvron-2023-llama2').author)).toBe(
      'Touvron, H., Martin, L., Stone, K., et al.',
    );
    expect(formatAuthors([{ family: 'Hu', given: 'Edward J.' }, { literal: 'et al.' }])).toBe('Hu, E. J., et al.');
    expect(formatReference('touvron-2023-llama2')).toMatch(
      /^Touvron, H\., Martin, L\., Stone, K\., et al\. \(2023\)\. Llama 2/,
    );
    for (const item of CSL_REFERENCES) expect(formatReference(item.id as never), item.id).not.toContain('& et al.');
  });
});
