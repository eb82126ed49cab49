/**
 * The stored-theme script (theme-script.ts), run against a stand-in page: a stored "dark" or "light" becomes
 * data-theme on <html> before anything paints; anything else, or storage that refuses, leaves the system's choice.
 * The browser test (tests/browser/first-paint.test.ts) checks the first frame in Chromium under the page's CSP.
 */
import { describe, expect, it } from 'vitest';
import { THEME_KEY, THEME_SCRIPT } from './theme-script.ts';

function pageWith(stored: string | null, { storageThrows = false } = {}) {
  const attributes = new Map<string, string>();
  const window = {
    localStorage: {
      getItem: (key: string) => {
        if (storageThrows) throw new Error('SecurityError: storage refused');
        return key === THEME_KEY ? stored : null;
      },
    },
    document: { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } },
  };
  new Function('window', `with (window) { ${THEME_SCRIPT} }`)(window);
  return attributes;
}

describe('the stored-theme script', () => {
  it.each(['dark', 'light'])('applies a stored "%s" to <html> as data-theme', (theme) => {
    expect(pageWith(theme).get('data-theme')).toBe(theme);
  });

  it.each([null, '', 'sepia', 'DARK'])('leaves the system theme for a stored %j', (stored) => {
    expect(pageWith(stored).size).toBe(0);
  });

  it('leaves the system theme, and throws nothing, when storage is refused', () => {
    expect(pageWith('dark', { storageThrows: true }).size).toBe(0);
  });

  it('reads the key the theme button stores', async () => {
    const toggle = await import('../components/site/theme-toggle.ts?raw');
    expect(toggle.default).toContain('localStorage.setItem(THEME_KEY, next)');
  });
});
