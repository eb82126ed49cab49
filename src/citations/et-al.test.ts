import { describe, expect, it } from 'vitest';
import { apaEtAl, bibtexEtAl, risEtAl } from './et-al.ts';

describe('a literal "et al." author', () => {
  it('takes no "&" in APA text or HTML, and leaves two or more named authors alone', () => {
    expect(apaEtAl('Touvron, H., Martin, L., Stone, K., & et al. (2023).')).toBe(
      'Touvron, H., Martin, L., Stone, K., et al. (2023).',
    );
    expect(apaEtAl('Hu, E. J., Shen, Y., Wallis, P., &#38; et al. (2021).')).toBe(
      'Hu, E. J., Shen, Y., Wallis, P., et al. (2021).',
    );
    expect(apaEtAl('Touvron, Martin, Stone, &amp; et al., 2023')).toBe('Touvron, Martin, Stone, et al., 2023');
    expect(apaEtAl('Hobbhahn, M., & Besiroglu, T. (2022).')).toBe('Hobbhahn, M., & Besiroglu, T. (2022).');
    expect(apaEtAl('Christensen, C. M. (1997).')).toBe('Christensen, C. M. (1997).');
    expect(apaEtAl('Touvron et al., 2023')).toBe('Touvron et al., 2023');
  });

  it('is "others" in BibTeX, and only as a whole name', () => {
    expect(bibtexEtAl('{Ann Lee} and {Bo Chan} and {et al.}')).toBe('{Ann Lee} and {Bo Chan} and others');
    expect(bibtexEtAl('Lee, Ann and et al.')).toBe('Lee, Ann and others');
    expect(bibtexEtAl('{Ann Lee} and {Bo Chan}')).toBe('{Ann Lee} and {Bo Chan}');
    expect(bibtexEtAl('{Open \\& Closed}')).toBe('{Open \\& Closed}');
  });

  it('is not an author line in RIS', () => {
    expect(risEtAl('TY  - JOUR\nAU  - Ann Lee\nAU  - et al.\nER  -')).toBe('TY  - JOUR\nAU  - Ann Lee\nER  -');
    expect(risEtAl('AU  - Ann Lee\nAU  - Bo Chan')).toBe('AU  - Ann Lee\nAU  - Bo Chan');
  });
});
