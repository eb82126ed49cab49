import { describe, expect, it } from 'vitest';
import { CSL_REFERENCES, cslReference, formatReference, isReferenceKey } from './bibliography.ts';

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
});
