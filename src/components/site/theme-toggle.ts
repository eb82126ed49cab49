/**
 * The theme button's behaviour (ThemeToggle.astro): light or dark, overriding the system's choice, remembered in
 * localStorage under THEME_KEY. A stored choice is applied before the first paint by the inline head script
 * (src/layouts/theme-script.ts), not here: this module runs after the first paint (src/layouts/after-paint.ts), so
 * applying it here would paint the page in the system's theme first and then flash.
 * @example followThemeToggle(document) // page-script.ts; a page without the button is left alone
 */
import { THEME_KEY } from '../../layouts/theme-key.ts';

export function followThemeToggle(document: Document): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (!button) return;
  const root = document.documentElement;
  const systemDark = document.defaultView!.matchMedia('(prefers-color-scheme: dark)');
  const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : systemDark.matches);
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  button.removeAttribute('data-pending');
  show();
  button.addEventListener('click', () => {
    const next = isDark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    show();
  });
  systemDark.addEventListener('change', show);
}
