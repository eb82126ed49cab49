/** A link's notices said once for the page, with the figures each applied to (url-notices.ts). */
import { describe, expect, it } from 'vitest';
import { getFigure } from './registry.ts';
import { figureNames, pageNoticeLines } from './url-notices.ts';
import { parseUrlState } from './url-state.ts';

describe('figureNames', () => {
  it('joins numbered figures under one word, and other labels as they are', () => {
    expect(figureNames(['Figure 1'])).toBe('Figure 1');
    expect(figureNames(['Figure 1', 'Figure 4'])).toBe('Figures 1 and 4');
    expect(figureNames(['Figure 1', 'Figure 2', 'Figure 4', 'Figure 5'])).toBe('Figures 1, 2, 4 and 5');
    expect(figureNames(['Figure 1', 'Loss gap'])).toBe('Figure 1 and Loss gap');
  });
});

describe('pageNoticeLines', () => {
  const above = '“g_h” = 999 is above the maximum; using 3.';

  it('says a sentence several figures said once, naming them', () => {
    const lines = pageNoticeLines(
      [],
      ['Figure 1', 'Figure 2', 'Figure 4', 'Figure 5'].map((figure) => ({ figure, notices: [above] })),
      6,
    );
    expect(lines).toEqual([`Figures 1, 2, 4 and 5: ${above}`]);
  });

  it('keeps sentences that differ apart, each with its own figures, in page order', () => {
    const lines = pageNoticeLines(
      [],
      [
        { figure: 'Figure 1', notices: ['“g_h” is empty; using 1.5.'] },
        { figure: 'Figure 2', notices: ['“g_h” is empty; using 2.'] },
        { figure: 'Figure 3', notices: ['“g_h” is empty; using 1.5.'] },
      ],
    );
    expect(lines).toEqual(['Figures 1 and 3: “g_h” is empty; using 1.5.', 'Figure 2: “g_h” is empty; using 2.']);
  });

  it('says the page’s own sentences first and once, naming no figure', () => {
    const long = 'The link’s settings are 3000 characters long; only the first 2048 were read.';
    const lines = pageNoticeLines(
      [long, 'Ignored the link’s unknown parameter “g_l”.'],
      [
        { figure: 'Figure 1', notices: [long, above] },
        { figure: 'Figure 2', notices: [long] },
      ],
    );
    expect(lines).toEqual([long, 'Ignored the link’s unknown parameter “g_l”.', `Figure 1: ${above}`]);
  });

  it('names no figure on a page with one, or for a figure without a label', () => {
    expect(pageNoticeLines([], [{ figure: 'Figure 1', notices: [above] }])).toEqual([above]);
    expect(pageNoticeLines([], [{ figure: '', notices: [above] }], 3)).toEqual([above]);
  });

  it('is empty when nothing was said', () => {
    expect(pageNoticeLines([], [{ figure: 'Figure 1', notices: [] }])).toEqual([]);
  });

  it('says the meek essay’s ?g_h=999 once for the four figures that read g_h, each of which clamps it', () => {
    const ids = ['meek-loss-gap', 'meek-capability-gap', 'meek-horizon-gap', 'meek-inference-gap'];
    const reports = ids.map((id, index) => {
      const state = parseUrlState(getFigure(id), '?g_h=999', { sharedKeys: ['g_h'] });
      expect(state.params.g_h, id).toBe((getFigure(id).params as Record<string, { max: number }>).g_h!.max);
      return { figure: `Figure ${index + 1}`, notices: state.notices };
    });
    const lines = pageNoticeLines([], reports);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Figures 1, 2, 3 and 4: “g_h” = 999 is above the maximum; using \d+(\.\d+)?\.$/);
  });
});
