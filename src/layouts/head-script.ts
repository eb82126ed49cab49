/**
 * The one inline script of a page with the site's chrome, in <head> before the stylesheet, so it runs before the
 * first paint and costs no request. Three parts, each in its own file and tested there:
 *  - the web faces once cached (src/fonts/web-fonts-script.ts);
 *  - the reader's stored theme (./theme-script.ts), so a dark reader's first frame is dark;
 *  - the module scripts after the first paint (./after-paint-script.ts), so they stay off the path to LCP.
 * The Content-Security-Policy allows exactly this text by its hash (src/security/csp.ts, public/_headers);
 * 'unsafe-inline' is not used. Embeds (bare pages) promise no inline script and carry none.
 * @example `<script>${HEAD_SCRIPT}</script>` // Base.astro; HEAD_SCRIPT_HASH is in script-src
 */
import { createHash } from 'node:crypto';
import { WEB_FONTS_SCRIPT } from '../fonts/web-fonts-script.ts';
import { AFTER_PAINT_SCRIPT } from './after-paint-script.ts';
import { THEME_SCRIPT } from './theme-script.ts';

export const HEAD_SCRIPT = THEME_SCRIPT + WEB_FONTS_SCRIPT + AFTER_PAINT_SCRIPT;

/** The CSP source that allows the head script and no other inline script. */
export const HEAD_SCRIPT_HASH = `'sha256-${createHash('sha256').update(HEAD_SCRIPT).digest('base64')}'`;
