import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getFigure } from '../../figures/registry.ts';
import { defaultParams } from '../../figures/spec.ts';
import { NOT_HERE, updateClaims } from './live-claims.ts';

const spec = getFigure('meek-loss-gap');
const claim = {
  figure: spec.id,
  version: spec.version,
  value: 'peakYearsAfterStart',
  param: 'g_i',
  condition: 'finite',
};

/** A claim as Claim.astro renders it. */
const page = () =>
  parseHTML(`<p><span class="claim" data-claim='${JSON.stringify(claim)}' data-claim-state="holds">the gap peaks
    <span data-claim-mark>✓</span><span class="claim-checked"><span data-claim-checked>Checked.</span><span data-claim-problem></span></span>
    <span data-claim-status aria-live="polite"></span></span></p>`).document;

describe('live claims', () => {
  it('marks a claim the reader’s settings make false, says why in words, and clears the mark when it holds again', () => {
    const document = page();
    const element = document.querySelector<HTMLElement>('[data-claim]')!;
    const text = (selector: string) => element.querySelector(selector)!.textContent;
    updateClaims(spec, { ...defaultParams(spec), g_h: 1, g_a: 1 }, {}, document);
    expect(element.dataset.claimState).toBe('fails');
    expect(text('[data-claim-mark]')).toBe(NOT_HERE);
    expect(text('[data-claim-problem]')).toBe(
      'At your settings it does not hold. At gᵢ = 1.1×/yr, the gap never stops widening.',
    );
    expect(text('[data-claim-status]')).toMatch(/^Not at your settings\. /);
    expect(element.textContent).not.toContain('✓');
    expect(element.textContent).not.toMatch(/\bg_[iha]\b|peakYearsAfterStart/);
    updateClaims(spec, defaultParams(spec), {}, document);
    expect(element.dataset.claimState).toBe('holds');
    expect(text('[data-claim-mark]')).toBe('✓');
    expect(text('[data-claim-problem]')).toBe('');
    expect(text('[data-claim-status]')).toBe('The claim holds again at your settings.');
  });

  it('leaves claims of other figures alone', () => {
    const document = page();
    updateClaims(getFigure('memo-costs'), defaultParams(getFigure('memo-costs')), {}, document);
    expect(document.querySelector<HTMLElement>('[data-claim]')!.dataset.claimState).toBe('holds');
  });
});
