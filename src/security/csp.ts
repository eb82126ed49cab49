/**
 * The Content-Security-Policy of every page: only this origin's scripts,
 * styles, images, fonts and connections (and fonts from data: URLs, which
 * KaTeX's sheet carries, and the site's icon as a data: URL); no inline style, no eval, and no
 * inline script but one, allowed by its hash: the few bytes in <head> that
 * apply the reader's stored theme, choose the web faces once they are cached,
 * and start the module scripts after the first paint (src/layouts/head-script.ts).
 * Pages carry it in a <meta> tag (src/layouts/Base.astro); public/_headers
 * carries the same policy, plus what only a header can say, for hosts that
 * read that file (Netlify, Cloudflare Pages). A test checks the two agree.
 *
 * Framing is not in this policy: a <meta> policy cannot carry frame-ancestors, and a frame-ancestors in
 * public/_headers' /* rule would bind the embeds, which are made for other sites' iframes, since hosts apply every
 * rule that matches a path. public/_headers says X-Frame-Options: SAMEORIGIN on every page's own path instead
 * (tests/build/framing.test.ts checks every built page).
 *
 * Inline styles are avoided rather than hashed: Astro writes every stylesheet
 * to a file (build.inlineStylesheets: 'never'), KaTeX's style attributes become
 * classes in /styles/math.css (src/markdown/style-attributes.ts), and Plot's
 * <style> element is left out of embedded SVGs (its rules are in global.css).
 */
import { HEAD_SCRIPT_HASH } from '../layouts/head-script.ts';

export const CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets search (Pagefind, /search/) compile its WebAssembly, fetched from
  // this origin like any script; it allows no JavaScript eval and no other inline script. It is in
  // every page's policy, not only /search/'s, because hosts apply public/_headers by path
  // pattern and combine matching rules (two policies both apply, so a page can never loosen
  // the site-wide one), and Pagefind's worker (/pagefind/pagefind-worker.js) needs it too.
  `script-src 'self' 'wasm-unsafe-eval' ${HEAD_SCRIPT_HASH}`,
  "style-src 'self'",
  // blob: for "Download PNG", which draws the page's own SVG through an image it creates; data: for the site's
  // icon, which each page carries as a data: URL so it is no request before the first paint (src/layouts/favicon.ts).
  // An image from a data: URL runs no script.
  "img-src 'self' blob: data:",
  // data: for KaTeX's faces, which its sheet carries cut to the maths' characters (src/markdown/katex-subset.ts).
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];

/** The policy as one header or meta value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
