/**
 * The localStorage key of the reader's choice of theme: stored by the theme button (src/components/site/theme-toggle.ts)
 * and read by the head script (./theme-script.ts). A module of its own so that the button's bundle does not carry the
 * head script's text (a template with a call in it, which the bundler cannot drop).
 */
export const THEME_KEY = 'theme';
