import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AfterPause } from './after-pause.ts';

describe('AfterPause', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs the last action once, the delay after the last call, and none before', () => {
    const done: number[] = [];
    const pause = new AfterPause(150);
    for (let step = 1; step <= 5; step++) {
      pause.run(() => done.push(step));
      vi.advanceTimersByTime(100);
    }
    expect(done).toEqual([]);
    vi.advanceTimersByTime(49);
    expect(done).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(done).toEqual([5]);
    vi.advanceTimersByTime(1000);
    expect(done).toEqual([5]);
  });

  it('runs again after a later pause, and not at all once cancelled', () => {
    const done: string[] = [];
    const pause = new AfterPause(700);
    pause.run(() => done.push('first'));
    vi.advanceTimersByTime(700);
    pause.run(() => done.push('second'));
    vi.advanceTimersByTime(700);
    pause.run(() => done.push('dropped'));
    pause.cancel();
    vi.advanceTimersByTime(2000);
    expect(done).toEqual(['first', 'second']);
  });

  it('keeps each instance to itself: two figures pausing at once both run', () => {
    const done: string[] = [];
    const one = new AfterPause(150);
    const other = new AfterPause(150);
    one.run(() => done.push('one'));
    other.run(() => done.push('other'));
    vi.advanceTimersByTime(150);
    expect(done.sort()).toEqual(['one', 'other']);
  });
});
