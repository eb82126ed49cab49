import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cancelCatchUp, catchUpLater } from './catch-up.ts';

const { document } = parseHTML('<!doctype html><html><body><p id="a"></p><p id="b"></p></body></html>');
const a = document.getElementById('a')!;
const b = document.getElementById('b')!;

describe('catch-up', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('redraws followers one per task, after the input, each once with its newest redraw', () => {
    const drawn: string[] = [];
    catchUpLater(a, () => drawn.push('a1'));
    catchUpLater(b, () => drawn.push('b1'));
    catchUpLater(a, () => drawn.push('a2')); // moved again before its turn: only the newest counts
    expect(drawn).toEqual([]);
    expect(a.getAttribute('aria-busy')).toBe('true');
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(['a2']);
    expect(a.hasAttribute('aria-busy')).toBe(false);
    expect(b.getAttribute('aria-busy')).toBe('true');
    vi.advanceTimersToNextTimer();
    expect(drawn).toEqual(['a2', 'b1']);
    expect(b.hasAttribute('aria-busy')).toBe(false);
    vi.runAllTimers();
    expect(drawn).toEqual(['a2', 'b1']);
  });

  it('drops a queued redraw when the reader moves that figure itself', () => {
    const drawn: string[] = [];
    catchUpLater(a, () => drawn.push('a'));
    cancelCatchUp(a);
    expect(a.hasAttribute('aria-busy')).toBe(false);
    vi.runAllTimers();
    expect(drawn).toEqual([]);
  });
});
