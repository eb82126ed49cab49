import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { growthFigure } from '../../tests/support/growth-figure.ts';
import { FAR_PROSE_DELAY_MS, FigureProse } from './island-prose.ts';
import { FakeObserver, show, stubIntersectionObserver } from '../../tests/support/fake-intersection-observer.ts';

const spec = growthFigure('sight', {
  values: { twice: { label: 'Twice g', compute: (p) => p.g * 2, format: (v) => String(v) } },
  cases: {
    shape: { label: 'Shape', options: ['slow', 'fast'], compute: (p) => (p.g < 2.5 ? 'slow' : 'fast') },
  },
});

function page() {
  const { document } = parseHTML(`<main>
    <p id="near">Twice is <span data-figure-value="sight:twice">4</span>.</p>
    <div id="cases" data-figure-case="sight:shape">
      <p data-when="slow">Slow, twice <span id="in-when" data-figure-value="sight:twice">4</span>.</p>
      <p data-when="fast" hidden>Fast.</p>
    </div>
    <p id="far">Far below, twice is <span data-figure-value="sight:twice">4</span>.</p>
  </main>`);
  vi.stubGlobal('document', document);
  const $ = (selector: string) => document.querySelector(selector)!;
  const texts = () => [...document.querySelectorAll('[data-figure-value]')].map((span) => span.textContent);
  const when = () => $('[data-when]:not([hidden])').getAttribute('data-when');
  return { $, texts, when };
}

describe('FigureProse: the prose out of sight waits for a pause', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    stubIntersectionObserver();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('observes each number by its outermost <FigureCases>, so a number in a <When> counts when its sentence shows', () => {
    const { $ } = page();
    new FigureProse(spec, {});
    const targets = FakeObserver.all.flatMap((observer) => observer.targets);
    expect(targets).toContain($('#cases'));
    expect(targets).not.toContain($('#in-when'));
  });

  it('writes everywhere until the observer has said what is in sight', () => {
    const { texts } = page();
    new FigureProse(spec, {}).update({ g: 3 }, [], 'in sight');
    expect(texts()).toEqual(['6', '6', '6']);
  });

  it("on the reader's input, writes what is in sight at once and the rest once the reader pauses", () => {
    const { $, texts, when } = page();
    const prose = new FigureProse(spec, {});
    show($('#near span'), true);
    show($('#cases'), false);
    show($('#far span'), false);
    prose.update({ g: 3 }, [], 'in sight');
    expect(texts()).toEqual(['6', '4', '4']);
    expect(when()).toBe('slow');
    prose.update({ g: 2.5 }, [], 'in sight');
    vi.advanceTimersByTime(FAR_PROSE_DELAY_MS - 1);
    expect(texts()).toEqual(['5', '4', '4']);
    vi.advanceTimersByTime(1);
    expect(texts()).toEqual(['5', '5', '5']);
    expect(when()).toBe('fast');
  });

  it('writes prose that comes near before the pause at once', () => {
    const { $, texts, when } = page();
    const prose = new FigureProse(spec, {});
    show($('#near span'), true);
    show($('#cases'), false);
    show($('#far span'), false);
    prose.update({ g: 3 }, [], 'in sight');
    show($('#cases'), true);
    expect(texts()).toEqual(['6', '6', '6']);
    expect(when()).toBe('fast');
  });

  it('owes nothing after an update everywhere (a follower catching up, a link)', () => {
    const { $, texts } = page();
    const prose = new FigureProse(spec, {});
    show($('#near span'), true);
    show($('#far span'), false);
    prose.update({ g: 3 }, [], 'in sight');
    prose.update({ g: 1 }, []);
    expect(texts()).toEqual(['2', '2', '2']);
    vi.runAllTimers();
    show($('#far span'), true);
    expect(texts()).toEqual(['2', '2', '2']);
  });
});
