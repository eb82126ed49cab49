/**
 * The inline script that chooses the web faces (web-fonts-script.ts), run against a stand-in page: a first visit
 * keeps the system faces and fetches the web faces once the page has loaded and is idle, storing the flag only
 * when every face arrived; the next visit sets the class before anything paints. The browser test
 * (tests/browser/web-fonts.test.ts) runs it in Chromium under the page's CSP.
 */
import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from '../layouts/head-script.ts';
import { FONT_FACES } from './site-fonts.ts';
import { WEB_FONTS_CLASS, WEB_FONTS_FLAG, WEB_FONTS_SCRIPT, WEB_FONT_QUERIES } from './web-fonts-script.ts';

/** A page's globals, as far as the script uses them; `loaded` lists what fonts.load was asked for. */
function standIn({
  stored = null as string | null,
  storageThrows = false,
  fontsFail = false,
  paintReports = false,
} = {}) {
  const classes = new Set<string>();
  /** The paint observers' callbacks (a browser that reports largest-contentful-paint), for the test to release. */
  const paintObservers: (() => void)[] = [];
  class PerformanceObserver {
    static supportedEntryTypes = ['largest-contentful-paint'];
    readonly callback: () => void;
    constructor(callback: () => void) {
      this.callback = callback;
    }
    observe(options: { type: string; buffered: boolean }) {
      expect(options).toEqual({ type: 'largest-contentful-paint', buffered: true });
      paintObservers.push(this.callback);
    }
    disconnect() {}
  }
  const storage = new Map<string, string>(stored === null ? [] : [[WEB_FONTS_FLAG, stored]]);
  const listeners = new Map<string, () => void>();
  const idle: (() => void)[] = [];
  const loaded: string[] = [];
  const guard = <T>(f: () => T) => {
    if (storageThrows) throw new Error('SecurityError: storage refused');
    return f();
  };
  const window = {
    localStorage: {
      getItem: (key: string) => guard(() => storage.get(key) ?? null),
      setItem: (key: string, value: string) => guard(() => void storage.set(key, value)),
    },
    document: {
      documentElement: { classList: { add: (name: string) => classes.add(name) } },
      fonts: {
        load: (query: string) => {
          loaded.push(query);
          return fontsFail ? Promise.reject(new Error('NetworkError')) : Promise.resolve([{ status: 'loaded' }]);
        },
      },
    },
    addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
    requestIdleCallback: (callback: () => void) => idle.push(callback),
    PerformanceObserver: paintReports ? PerformanceObserver : undefined,
  };
  const run = () => new Function('window', `with (window) { ${WEB_FONTS_SCRIPT} }`)(window);
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { classes, storage, listeners, idle, loaded, run, settle, paintObservers };
}

describe('the web-fonts script', () => {
  it('asks for every site face by its CSS font shorthand', () => {
    expect(WEB_FONT_QUERIES).toHaveLength(FONT_FACES.length);
    expect(WEB_FONT_QUERIES).toContain('italic 400 1em "Source Serif 4"');
    expect(WEB_FONT_QUERIES).toContain('600 1em "Source Sans 3"');
  });

  it('on a first visit keeps the system faces, then fetches the web faces once loaded and idle, and stores the flag', async () => {
    const page = standIn();
    page.run();
    expect(page.classes.size).toBe(0);
    expect(page.loaded, 'nothing is fetched before the load event').toEqual([]);
    page.listeners.get('load')!();
    expect(page.loaded, 'nor before the browser is idle').toEqual([]);
    page.idle.shift()!();
    expect(page.loaded).toEqual(WEB_FONT_QUERIES);
    await page.settle();
    expect(page.storage.get(WEB_FONTS_FLAG)).toBe('1');
    expect(page.classes.size, 'the page that fetched them does not switch faces').toBe(0);
  });

  it('where the browser reports paints, waits after the load for the first paint to be reported, then for idle', async () => {
    const page = standIn({ paintReports: true });
    page.run();
    page.listeners.get('load')!();
    expect(page.idle, 'the paint is not reported yet').toEqual([]);
    expect(page.paintObservers).toHaveLength(1);
    page.paintObservers[0]!();
    expect(page.loaded, 'nor before the browser is idle').toEqual([]);
    page.idle.shift()!();
    expect(page.loaded).toEqual(WEB_FONT_QUERIES);
    await page.settle();
    expect(page.storage.get(WEB_FONTS_FLAG)).toBe('1');
  });

  it('on the next visit sets the class at once and fetches nothing', () => {
    const page = standIn({ stored: '1' });
    page.run();
    expect([...page.classes]).toEqual([WEB_FONTS_CLASS]);
    expect(page.listeners.size).toBe(0);
  });

  it('stores no flag when a face fails to load, and lets no error escape', async () => {
    const page = standIn({ fontsFail: true });
    page.run();
    page.listeners.get('load')!();
    page.idle.shift()!();
    await page.settle();
    expect(page.storage.has(WEB_FONTS_FLAG)).toBe(false);
    expect(page.classes.size).toBe(0);
  });

  it('without storage keeps the system faces and fetches nothing', () => {
    const page = standIn({ storageThrows: true });
    expect(() => page.run()).not.toThrow();
    expect(page.classes.size).toBe(0);
    expect(page.listeners.size).toBe(0);
  });

  it('is part of the one inline head script, which the Content-Security-Policy allows (src/layouts/head-script.test.ts)', () => {
    expect(HEAD_SCRIPT).toContain(WEB_FONTS_SCRIPT);
  });
});
