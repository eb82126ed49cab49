/**
 * A stand-in IntersectionObserver for unit tests of code that watches what is near the screen (island-follow.ts,
 * prose-sight.ts): the test says what is near with `show`, and nothing is reported otherwise.
 * @example beforeEach(() => stubIntersectionObserver()); … show(element, true);
 */
import { vi } from 'vitest';

type Entry = { target: Element; isIntersecting: boolean };

export class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets: Element[] = [];
  readonly callback: (entries: Entry[]) => void;
  constructor(callback: FakeObserver['callback']) {
    this.callback = callback;
    FakeObserver.all.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
}

/** Forgets the observers of earlier tests and puts FakeObserver in IntersectionObserver's place. */
export function stubIntersectionObserver(): void {
  FakeObserver.all = [];
  vi.stubGlobal('IntersectionObserver', FakeObserver);
}

/** Reports `target` as near the screen or not to every observer watching it. */
export function show(target: Element, isIntersecting: boolean): void {
  for (const observer of FakeObserver.all)
    if (observer.targets.includes(target)) observer.callback([{ target, isIntersecting }]);
}
