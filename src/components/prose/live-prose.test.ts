import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { growthFigure } from '../../../tests/support/growth-figure.ts';
import { updateCases } from './live-prose.ts';

const spec = growthFigure('live-cases', {
  cases: {
    shape: {
      label: 'Shape',
      options: ['flat', 'rising', 'steep'],
      compute: (p) => (p.g <= 1 ? 'flat' : p.g < 3 ? 'rising' : 'steep'),
    },
  },
});

const page = () =>
  parseHTML(`<main>
    <div class="figure-cases" data-figure-case="live-cases:shape">
      <div data-when="flat" hidden>Flat.</div>
      <div data-when="rising steep">Rising.
        <span data-figure-case="other:shape"><span data-when="flat">Not ours.</span></span>
      </div>
    </div>
  </main>`).document;

const shown = (document: Document) =>
  [...document.querySelectorAll<HTMLElement>('[data-when]')].map(
    (e) => `${e.dataset.when}:${e.hidden ? 'hidden' : 'shown'}`,
  );

describe('live prose cases', () => {
  it('shows the <When> whose option holds and hides the others, leaving other figures alone', () => {
    const document = page();
    updateCases(spec, { g: 1 }, [], document);
    expect(shown(document)).toEqual(['flat:shown', 'rising steep:hidden', 'flat:shown']);
    updateCases(spec, { g: 3 }, [], document);
    expect(shown(document)).toEqual(['flat:hidden', 'rising steep:shown', 'flat:shown']);
  });
});
