import { describe, expect, it } from 'vitest';
import { withServedOrigin } from './served-origin.ts';
import { siteAddressNotice } from './integration.ts';

const placeholder = { siteUrl: 'https://open-closed-ai.example', isPlaceholder: true };

describe('withServedOrigin', () => {
  it('puts the serving origin in place of every placeholder address', () => {
    const bib =
      'url = {https://open-closed-ai.example/figures/x/v1/?g_i=4},\nhowpublished = {https://open-closed-ai.example/}';
    expect(withServedOrigin(bib, placeholder, 'http://127.0.0.1:4321')).toBe(
      'url = {http://127.0.0.1:4321/figures/x/v1/?g_i=4},\nhowpublished = {http://127.0.0.1:4321/}',
    );
  });
  it('leaves a configured site alone', () => {
    const site = { siteUrl: 'https://real.example.org', isPlaceholder: false };
    expect(withServedOrigin('https://real.example.org/a/', site, 'http://127.0.0.1:4321')).toBe(
      'https://real.example.org/a/',
    );
  });
  it('ignores an origin that is not http(s), such as a page opened from a file', () => {
    expect(withServedOrigin('https://open-closed-ai.example/a/', placeholder, 'null')).toBe(
      'https://open-closed-ai.example/a/',
    );
    expect(withServedOrigin('https://open-closed-ai.example/a/', placeholder, 'file://')).toBe(
      'https://open-closed-ai.example/a/',
    );
  });
});

describe('siteAddressNotice', () => {
  it('warns only when the build has no address of its own', () => {
    expect(siteAddressNotice({ isPlaceholder: true })).toMatch(/^SITE_URL is not set: .*open-closed-ai\.example/);
    expect(siteAddressNotice({ isPlaceholder: false })).toBeUndefined();
  });
});
