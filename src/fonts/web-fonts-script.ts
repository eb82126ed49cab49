/**
 * Web faces only once they are cached (issue 21: LCP ≤ 1.2 s). A reader's first page is set in the system faces
 * (global.css: --serif and --sans name Source Serif 4 and Source Sans 3 only under `html.web-fonts`), so its first
 * paint waits for no font file. Once that page has loaded, its first paint has been reported (the page's load can
 * come before its paint is shown now that no module script holds it: fonts fetched then were counted on the path
 * to LCP, 1.51 s; src/layouts/after-paint-script.ts) and the browser is idle, this script fetches the site's
 * faces (src/fonts/site-fonts.ts) into the browser's cache through `document.fonts.load`, which only loads them:
 * nothing on the page uses them, so nothing moves. When every face has arrived it stores a flag, and from the next
 * page on the same script, run in <head> before the first paint, sets the class and the faces come from the cache
 * (still `font-display: optional`, so a face that is not there in time is never swapped in later: CLS 0).
 *
 * Measured in Lighthouse's mobile run (npm run bench): when a font file finished before the first paint,
 * Lighthouse's simulation put it on the path to the first paragraph, and LCP was 1.7–2.0 s; with none, 1.1–1.5 s.
 *
 * Inline because it must run before the first paint and cost no request: it is part of the one inline head script
 * (src/layouts/head-script.ts), which the Content-Security-Policy allows by its hash (src/security/csp.ts). Without
 * JavaScript, or without storage, pages keep the system faces. Embeds (bare pages) carry no script: Base.astro sets
 * their class in the markup, as before this change.
 * @example `<script>${HEAD_SCRIPT}</script>` // Base.astro, in <head>; HEAD_SCRIPT begins with the theme, then this
 */
import { WHEN_PAINT_REPORTED } from '../layouts/after-paint-script.ts';
import { FONT_FACES } from './site-fonts.ts';

/** The class on <html> under which the web faces are used, and the storage key of the flag that sets it. */
export const WEB_FONTS_CLASS = 'web-fonts';
export const WEB_FONTS_FLAG = 'web-fonts';

/** A CSS font shorthand per face, for `document.fonts.load` (its default text, a space, selects the Latin file). */
export const WEB_FONT_QUERIES: readonly string[] = FONT_FACES.map(
  (face) => `${face.style === 'italic' ? 'italic ' : ''}${face.weight} 1em "${face.family}"`,
);

/**
 * The script's text. Plain ES5 in one line (it is hashed as written); the flag is stored only when every face
 * loaded, and a failure (offline, storage refused) is swallowed so the page logs no error.
 */
export const WEB_FONTS_SCRIPT =
  `(function(){var k=${JSON.stringify(WEB_FONTS_FLAG)},c=${JSON.stringify(WEB_FONTS_CLASS)},` +
  `q=${JSON.stringify(WEB_FONT_QUERIES)};` +
  `try{if(localStorage.getItem(k)==="1"){document.documentElement.classList.add(c);return}}catch(e){return}` +
  `addEventListener("load",function(){(${WHEN_PAINT_REPORTED})(function(){` +
  `(window.requestIdleCallback||setTimeout)(function(){var f=document.fonts;if(!f||!f.load)return;` +
  `Promise.all(q.map(function(s){return f.load(s)})).then(function(l){` +
  `if(l.every(function(x){return x.length>0}))try{localStorage.setItem(k,"1")}catch(e){}` +
  `},function(){})})})})})();`;
