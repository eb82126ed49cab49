/**
 * The reader's stored theme, applied before the first paint. The theme button (src/components/site/theme-toggle.ts)
 * stores "light" or "dark" under THEME_KEY; this script, run inline in <head> (part of src/layouts/head-script.ts),
 * sets `data-theme` on <html> from it before the body is parsed, so a reader who chose dark never sees a light
 * first frame (global.css: `:root[data-theme='dark']`). Any other stored value, or no storage, leaves the system's
 * choice (prefers-color-scheme) in force. Without JavaScript the system's choice applies, as before.
 *
 * Inline because it must run before the first paint and cost no request; the Content-Security-Policy allows the head
 * script by its hash (src/security/csp.ts). Plain ES5 in one line: it is hashed as written.
 * @example `<script>${THEME_SCRIPT}</script>` // in <head>; localStorage.theme === 'dark' → <html data-theme="dark">
 */

import { THEME_KEY } from './theme-key.ts';

export { THEME_KEY };

export const THEME_SCRIPT =
  `(function(){try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});` +
  `if(t==="dark"||t==="light")document.documentElement.setAttribute("data-theme",t)}catch(e){}})();`;
