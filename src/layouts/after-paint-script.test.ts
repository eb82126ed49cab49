/**
 * The after-paint loader (after-paint-script.ts), run against a stand-in page whose frames, tasks and paint reports
 * the test releases one by one: the module scripts start only once the parsed page has been drawn and its paint
 * reported; at once on a hidden page; after the frame without paint reports; after AFTER_PAINT_LIMIT_MS at most; and
 * once only. tests/browser/first-paint.test.ts checks the order in Chromium.
 */
import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_ATTRIBUTE, AFTER_PAINT_LIMIT_MS, AFTER_PAINT_SCRIPT } from './after-paint-script.ts';

interface Options {
  readyState?: 'loading' | 'interactive';
  hidden?: boolean;
  paintReports?: boolean;
}

function standIn({ readyState = 'loading', hidden = false, paintReports = true }: Options = {}) {
  const listeners = new Map<string, () => void>();
  const frames: (() => void)[] = [];
  const tasks: { run: () => void; delay: number }[] = [];
  const observers: { callback: () => void; type?: string; buffered?: boolean; disconnected: boolean }[] = [];
  const started: string[] = [];
  const addresses = ['/_astro/PageScript.a.js', '/_astro/ServedOrigin.b.js'];
  let placeholders = addresses.map((src) => ({
    getAttribute: (name: string) => (name === AFTER_PAINT_ATTRIBUTE ? src : null),
    replaceWith: (script: { type: string; src: string }) => {
      expect(script.type).toBe('module');
      started.push(script.src);
      placeholders = placeholders.filter((p) => p.getAttribute(AFTER_PAINT_ATTRIBUTE) !== src);
    },
  }));
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    readonly record: (typeof observers)[number];
    constructor(callback: () => void) {
      this.record = { callback, disconnected: false };
      observers.push(this.record);
    }
    observe(options: { type: string; buffered: boolean }) {
      Object.assign(this.record, options);
    }
    disconnect() {
      this.record.disconnected = true;
    }
  }
  const document = {
    readyState,
    visibilityState: hidden ? 'hidden' : 'visible',
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    querySelectorAll: (selector: string) => {
      expect(selector).toBe(`script[${AFTER_PAINT_ATTRIBUTE}]`);
      return [...placeholders];
    },
    createElement: (tag: string) => {
      expect(tag).toBe('script');
      return { type: '', src: '' };
    },
  };
  const window = {
    PerformanceObserver: paintReports ? PerformanceObserver : undefined,
    requestAnimationFrame: (callback: () => void) => frames.push(callback),
    setTimeout: (run: () => void, delay: number) => tasks.push({ run, delay }),
  };
  new Function('document', 'window', 'requestAnimationFrame', 'setTimeout', AFTER_PAINT_SCRIPT)(
    document,
    window,
    window.requestAnimationFrame,
    window.setTimeout,
  );
  /** Runs the queued tasks with this delay (0: the task queued from a frame; the limit: the fallback). */
  const runTasks = (delay: number) => {
    const due = tasks.filter((task) => task.delay === delay);
    tasks.splice(0, tasks.length, ...tasks.filter((task) => task.delay !== delay));
    for (const task of due) task.run();
  };
  const drawFrame = () => frames.splice(0).forEach((frame) => frame());
  const reportPaint = () => observers.filter((o) => !o.disconnected).forEach((o) => o.callback());
  return { listeners, frames, observers, started, addresses, runTasks, drawFrame, reportPaint };
}

describe('the after-paint loader', () => {
  it('starts nothing while the page is parsed, nor when the frame is drawn, only once its paint is reported', () => {
    const page = standIn();
    expect(page.started).toEqual([]);
    page.listeners.get('DOMContentLoaded')!();
    expect(page.started).toEqual([]);
    page.drawFrame();
    page.runTasks(0);
    expect(page.started).toEqual([]);
    expect(page.observers).toHaveLength(1);
    expect(page.observers[0]).toMatchObject({ type: 'largest-contentful-paint', buffered: true });
    page.reportPaint();
    expect(page.started).toEqual(page.addresses);
    expect(page.observers[0]!.disconnected).toBe(true);
  });

  it('starts each module once, whatever fires later (a second report, the limit, a change of visibility)', () => {
    const page = standIn();
    page.listeners.get('DOMContentLoaded')!();
    page.drawFrame();
    page.runTasks(0);
    page.reportPaint();
    page.runTasks(AFTER_PAINT_LIMIT_MS);
    page.listeners.get('visibilitychange')!();
    expect(page.started).toEqual(page.addresses);
  });

  it('waits for the frame when the page is already parsed when it runs', () => {
    const page = standIn({ readyState: 'interactive' });
    expect(page.listeners.has('DOMContentLoaded')).toBe(false);
    expect(page.frames).toHaveLength(1);
    page.drawFrame();
    page.runTasks(0);
    page.reportPaint();
    expect(page.started).toEqual(page.addresses);
  });

  it('starts them at once on a hidden page, which paints nothing', () => {
    const page = standIn({ hidden: true });
    page.listeners.get('DOMContentLoaded')!();
    expect(page.started).toEqual(page.addresses);
  });

  it('starts them after the frame in a browser that reports no paint', () => {
    const page = standIn({ paintReports: false });
    page.listeners.get('DOMContentLoaded')!();
    page.drawFrame();
    expect(page.started).toEqual([]);
    page.runTasks(0);
    expect(page.started).toEqual(page.addresses);
  });

  it('starts them after the limit when no paint is ever reported, or when the page is hidden before it paints', () => {
    const late = standIn();
    late.listeners.get('DOMContentLoaded')!();
    late.runTasks(AFTER_PAINT_LIMIT_MS);
    expect(late.started).toEqual(late.addresses);
    const hidden = standIn();
    hidden.listeners.get('DOMContentLoaded')!();
    hidden.listeners.get('visibilitychange')!();
    expect(hidden.started).toEqual(hidden.addresses);
  });
});
