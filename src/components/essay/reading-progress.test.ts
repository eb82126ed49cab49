import { describe, expect, it } from 'vitest';
import { afterFirstPaint, currentIndex, progressAt } from './reading-progress.ts';

describe('progressAt', () => {
  it('is the share of the body above the reading line, clamped', () => {
    expect(progressAt(300, 100, 1000)).toBeCloseTo(0.2);
    expect(progressAt(50, 100, 1000)).toBe(0);
    expect(progressAt(5000, 100, 1000)).toBe(1);
    expect(progressAt(300, 100, 0)).toBe(0);
  });
});

describe('currentIndex', () => {
  it('is the last heading above the reading line', () => {
    expect(currentIndex([-500, -20, 400], 250)).toBe(1);
    expect(currentIndex([300, 900], 250)).toBe(-1);
    expect(currentIndex([-900, -500, 10], 250)).toBe(2);
  });
});

describe('afterFirstPaint', () => {
  it('runs the task in a task after the next frame, not before it paints (no layout read before the first paint)', () => {
    const log: string[] = [];
    const frames: FrameRequestCallback[] = [];
    const tasks: (() => void)[] = [];
    const view = {
      requestAnimationFrame: (callback: FrameRequestCallback) => frames.push(callback),
      setTimeout: (task: () => void) => tasks.push(task),
    } as unknown as Window;
    afterFirstPaint(view, () => log.push('read layout'));
    expect(log).toEqual([]);
    frames.shift()!(0); // the frame's callbacks run before its style, layout and paint
    expect(log).toEqual([]);
    tasks.shift()!(); // the next task: the frame has been painted
    expect(log).toEqual(['read layout']);
  });
});
