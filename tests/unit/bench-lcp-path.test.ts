import { describe, expect, it } from 'vitest';
import { describeLcpPath, lcpPath, type LcpRunResult } from '../../scripts/bench/lcp-path.ts';

/** A Lighthouse result with only the audits lcpPath reads; fonts end at the given times (ms). */
function run(
  observedLcp: number,
  fontEnds: readonly number[],
  katexEnds: readonly number[] = [],
  others: readonly { resourceType: string; url: string; priority: string; networkEndTime: number }[] = [],
): LcpRunResult {
  return {
    audits: {
      'largest-contentful-paint': { numericValue: 1943.2 },
      metrics: { details: { items: [{ observedLargestContentfulPaint: observedLcp }] } },
      'lcp-breakdown-insight': {
        details: { items: [{ type: 'table' }, { type: 'node', selector: 'main#main > article.essay > div > p' }] },
      },
      'network-requests': {
        details: {
          items: [
            { resourceType: 'Document', networkEndTime: 70, transferSize: 26_792 },
            { resourceType: 'Stylesheet', networkEndTime: 130, transferSize: 12_306 },
            ...fontEnds.map((end) => ({
              resourceType: 'Font',
              url: 'http://127.0.0.1/fonts/source-serif-4-latin-400-normal.woff2',
              networkEndTime: end,
              transferSize: 10_240,
            })),
            ...katexEnds.map((end) => ({
              resourceType: 'Font',
              url: 'http://127.0.0.1/styles/katex-fonts/KaTeX_Main-Regular.woff2',
              networkEndTime: end,
              transferSize: 10_240,
            })),
            ...others,
          ],
        },
      },
    },
  };
}

describe('lcpPath', () => {
  it('counts the web fonts that had arrived before the observed paint, and no other request', () => {
    expect(lcpPath(run(273, [259, 264, 300]))).toEqual({
      lcpMs: 1943.2,
      observedMs: 273,
      element: 'main#main > article.essay > div > p',
      fonts: 2,
      fontBytes: 20_480,
      mathsFonts: 0,
      others: [],
    });
  });

  it('names the other requests on the path (scripts, the favicon), but not low-priority images or later ones', () => {
    const path = lcpPath(
      run(
        273,
        [],
        [],
        [
          {
            resourceType: 'Script',
            url: 'http://127.0.0.1/_astro/PageScript.astro_x.js',
            priority: 'High',
            networkEndTime: 200,
          },
          { resourceType: 'Other', url: 'http://127.0.0.1/favicon.svg', priority: 'High', networkEndTime: 260 },
          { resourceType: 'Image', url: 'http://127.0.0.1/figures/a.svg?v=1', priority: 'Low', networkEndTime: 150 },
          { resourceType: 'Image', url: 'http://127.0.0.1/hero.png?v=1', priority: 'High', networkEndTime: 150 },
          { resourceType: 'Script', url: 'http://127.0.0.1/_astro/late.js', priority: 'High', networkEndTime: 400 },
        ],
      ),
    );
    expect(path.others).toEqual(['PageScript.astro_x.js', 'favicon.svg', 'hero.png']);
    expect(describeLcpPath(path)).toBe(
      '1.94 s (painted at 273 ms unthrottled; no web font had arrived before the paint; also counted: PageScript.astro_x.js, favicon.svg, hero.png)',
    );
  });

  it('does not count a font in a data: URL, which is no request (KaTeX faces inlined in their sheet)', () => {
    const result = run(273, [259]);
    const items = (result.audits['network-requests']!.details as { items: object[] }).items;
    items.push({
      resourceType: 'Font',
      url: 'data:font/woff2;base64,d09GMgAB',
      networkEndTime: 200,
      transferSize: 9000,
    });
    expect(lcpPath(result)).toMatchObject({ fonts: 1, fontBytes: 10_240, mathsFonts: 0 });
  });

  it('counts none when the paint came first', () => {
    expect(lcpPath(run(566, [1182, 1190])).fonts).toBe(0);
  });

  it('says it in words', () => {
    expect(describeLcpPath(lcpPath(run(273, [259, 264])))).toBe(
      '1.94 s (painted at 273 ms unthrottled; 2 web fonts (20.0 KB) had arrived before the paint and count)',
    );
    expect(describeLcpPath(lcpPath(run(273, [], [259, 264, 290])))).toBe(
      "1.94 s (painted at 273 ms unthrottled; 2 web fonts (20.0 KB, 2 of them KaTeX's) had arrived before the paint and count)",
    );
    expect(describeLcpPath(lcpPath(run(100, [259])))).toBe(
      '1.94 s (painted at 100 ms unthrottled; no web font had arrived before the paint)',
    );
    const simulated = { documentMs: 763.4, stylesheetMs: 926, networkMs: 928, cpuMs: 66 };
    expect(describeLcpPath({ ...lcpPath(run(100, [])), simulated })).toBe(
      '1.94 s (painted at 100 ms unthrottled; no web font had arrived before the paint; ' +
        'simulated: HTML 763 ms, stylesheet 926 ms, network 928 ms, CPU 66 ms)',
    );
  });

  it('reads a run without the audits as unknown, not as no fonts on a fast page', () => {
    const path = lcpPath({ audits: {} });
    expect(path.lcpMs).toBeNaN();
    expect(path.element).toBe('?');
  });
});
