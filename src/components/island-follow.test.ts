import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FollowerSchedule, IDLE_TIMEOUT_MS, type Owed } from './island-follow.ts';
import { show, stubIntersectionObserver } from '../../tests/support/fake-intersection-observer.ts';

const { document } = parseHTML(
  '<!doctype html><html><body><live-figure id="f"></live-figure><span id="p1"></span><span id="p2"></span></body></html>',
);
const host = document.getElementById('f') as unknown as HTMLElement;
const proseA = document.getElementById('p1') as unknown as Element;
const proseB = document.getElementById('p2') as unknown as Element;

/** A follower whose island records what it paid and reports it back, as live-figure-island.ts does. */
function follower() {
  const paid: Owed[] = [];
  const near: number[] = [];
  const schedule: FollowerSchedule = new FollowerSchedule(
    host,
    [proseA, proseB],
    (owed) => {
      paid.push({ ...owed });
      if (owed.drawing) schedule.paid('drawing');
      if (owed.values) schedule.paid('values');
    },
    () => near.push(1),
  );
  return { schedule, paid, near };
}

describe('FollowerSchedule', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    stubIntersectionObserver();
    vi.stubGlobal('requestIdleCallback', (work: () => void, options: { timeout: number }) =>
      setTimeout(work, options.timeout),
    );
    vi.stubGlobal('cancelIdleCallback', (id: ReturnType<typeof setTimeout>) => clearTimeout(id));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    host.removeAttribute('aria-busy');
  });

  it('brings a figure on screen up to date after the input, once for a burst, aria-busy until then', () => {
    const { schedule, paid } = follower();
    show(host, true);
    schedule.owe();
    schedule.owe();
    schedule.owe();
    expect(host.getAttribute('aria-busy')).toBe('true');
    expect(paid).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(paid).toEqual([{ drawing: true, values: true }]);
    expect(host.hasAttribute('aria-busy')).toBe(false);
    vi.runAllTimers();
    expect(paid).toHaveLength(1);
  });

  it('out of sight: values when idle, not busy, drawing when the figure comes near', () => {
    const { schedule, paid, near } = follower();
    show(host, false);
    show(proseA, false);
    schedule.owe();
    schedule.owe();
    expect(host.hasAttribute('aria-busy')).toBe(false);
    vi.advanceTimersByTime(IDLE_TIMEOUT_MS);
    expect(paid).toEqual([{ drawing: false, values: true }]);
    show(host, true);
    expect(paid).toEqual([
      { drawing: false, values: true },
      { drawing: true, values: false },
    ]);
    expect(near).toHaveLength(1);
    show(host, false);
    show(host, true); // nothing owed any more: only drawn ahead
    expect(paid).toHaveLength(2);
    expect(near).toHaveLength(2);
  });

  it('with only its prose on screen: the values at once (busy until then), the drawing when the figure comes near', () => {
    const { schedule, paid } = follower();
    show(host, false);
    show(proseB, true);
    schedule.owe();
    expect(host.getAttribute('aria-busy')).toBe('true');
    vi.advanceTimersToNextTimer();
    expect(paid).toEqual([{ drawing: false, values: true }]);
    vi.runAllTimers();
    expect(paid).toHaveLength(1);
    show(host, true);
    expect(paid.at(-1)).toEqual({ drawing: true, values: false });
  });

  it('a sentence scrolled to pays the values at once', () => {
    const { schedule, paid } = follower();
    show(host, false);
    schedule.owe();
    show(proseA, true);
    expect(paid).toEqual([{ drawing: false, values: true }]);
    vi.runAllTimers();
    expect(paid).toHaveLength(1);
  });

  it('settles on demand: values for a table, the drawing too for a download', () => {
    const { schedule, paid } = follower();
    show(host, false);
    schedule.owe();
    schedule.settle(false);
    expect(paid).toEqual([{ drawing: false, values: true }]);
    schedule.settle(false);
    expect(paid).toHaveLength(1);
    schedule.settle(true);
    expect(paid.at(-1)).toEqual({ drawing: true, values: false });
    schedule.settle(true);
    expect(paid).toHaveLength(2);
  });

  it("owes nothing once the reader's own input redrew the figure", () => {
    const { schedule, paid } = follower();
    show(host, true);
    schedule.owe();
    schedule.paid('drawing');
    schedule.paid('values');
    expect(host.hasAttribute('aria-busy')).toBe(false);
    vi.runAllTimers();
    expect(paid).toEqual([]);
  });
});
