import { describe, expect, it } from 'vitest';
import { editDistance, normalisePath, suggest } from './suggest.ts';

const KNOWN = [
  '/',
  '/essays/',
  '/essays/meek-models/',
  '/essays/the-edge/',
  '/figures/',
  '/figures/meek-loss-gap/',
  '/figures/meek-loss-gap/v1/',
  '/figures/meek-loss-gap/v2/',
  '/figures/meek-loss-gap/v3/',
  '/figures/wall-glut/',
  '/figures/wall-glut/v1/',
  '/data/',
  '/data/ai-models/',
  '/data/ai-models/v1/',
  '/about/',
];

describe('suggest', () => {
  it('points a version that does not exist at the latest, naming the versions there are', () => {
    expect(suggest('/figures/meek-loss-gap/v9/', KNOWN)).toEqual({
      href: '/figures/meek-loss-gap/',
      reason: 'The figure “meek-loss-gap” has no v9; it has v1, v2, v3. This address shows the latest.',
    });
  });
  it('reads v08, V2, v2.0 and a bare 2 as the version they name', () => {
    for (const version of ['v02', 'v2.0', '2'])
      expect(suggest(`/figures/meek-loss-gap/${version}/`, KNOWN)).toEqual({
        href: '/figures/meek-loss-gap/v2/',
        reason: 'The figure is “meek-loss-gap”; this is v2 of it.',
      });
    expect(suggest('/figures/meek-loss-gap/v09/', KNOWN)?.reason).toMatch(/has no v9;/);
  });

  it('gives the exact address of a page asked for in capitals or with a doubled slash', () => {
    expect(suggest('/figures/Meek-Loss-Gap/V2/', KNOWN)).toEqual({
      href: '/figures/meek-loss-gap/v2/',
      reason: 'This is its exact address.',
    });
    expect(suggest('//essays/meek-models/', KNOWN)?.href).toBe('/essays/meek-models/');
    expect(suggest('/essays/meek-models/', KNOWN)).toBeUndefined();
  });

  it('quotes no part of the address that is not a version or a known name', () => {
    const found = suggest('/figures/meek-loss-gap/v1<img src=x onerror=alert(1)>/', KNOWN);
    expect(found?.href).toBe('/figures/meek-loss-gap/');
    expect(found?.reason).not.toMatch(/[<>]/);
    // A version of more than four digits is none: the figure is named, not the link's digits.
    expect(suggest(`/figures/meek-loss-gap/v${'9'.repeat(300)}/`, KNOWN)).toEqual({
      href: '/figures/meek-loss-gap/',
      reason: 'The figure “meek-loss-gap” is here.',
    });
  });
  it('corrects a typo in a figure name and keeps the version', () => {
    expect(suggest('/figures/meek-los-gap/v2/', KNOWN)?.href).toBe('/figures/meek-loss-gap/v2/');
    expect(suggest('/figure/meek-loss-gap/v2/embed/', KNOWN)?.href).toBe('/figures/meek-loss-gap/v2/');
  });
  it('corrects an essay slug, with or without the trailing slash or index.html', () => {
    expect(suggest('/essays/meek-model', KNOWN)?.href).toBe('/essays/meek-models/');
    // The 404 page is served here only when the host matched the address exactly: give the page's own.
    expect(suggest('/Essays/Meek-Models/index.html', KNOWN)?.href).toBe('/essays/meek-models/');
    expect(suggest('/essays/the-egde/', KNOWN)?.href).toBe('/essays/the-edge/');
  });
  it('finds a dataset version and a near page', () => {
    expect(suggest('/data/ai-model/v1/', KNOWN)?.href).toBe('/data/ai-models/v1/');
    expect(suggest('/abuot/', KNOWN)?.href).toBe('/about/');
  });
  it('suggests nothing for an address far from every page', () => {
    expect(suggest('/wp-admin/setup-config.php', KNOWN)).toBeUndefined();
    expect(suggest('/figures/completely-unrelated-thing/', KNOWN)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('editDistance counts single edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('normalisePath adds the trailing slash and survives malformed escapes', () => {
    expect(normalisePath('/a/b')).toBe('/a/b/');
    expect(normalisePath('/a/%E0%A4%A')).toBe('/a/%e0%a4%a/');
  });
});
