/**
 * The site's module scripts start after the first paint (issue 21: LCP ≤ 1.2 s). Lighthouse's mobile run simulates
 * a slow phone from the run it observed (Lantern): every request that finished before the observed paint of the
 * first paragraph is put on the simulated path to it. The pages' small module scripts (the theme button, the
 * contents' progress, <live-figure>'s loader …) finished first on a fast machine, and on the simulated link each
 * cost a connection and a round trip after the HTML: the edge's LCP was 1.12–1.21 s, against about 0.98 s without
 * them. The first paint needs none of them: the stored theme and the web faces are set by the inline head script,
 * and nothing they do moves what is laid out (no layout shift).
 *
 * So the build (./after-paint.ts) writes each such `<script type="module" src>` as an inert placeholder carrying
 * its address, and this inline script turns them back into module scripts once the parsed page has been painted:
 *  - after DOMContentLoaded, a frame callback and a task queued from it (the main thread has drawn the frame);
 *  - then the first largest-contentful-paint entry the browser reports (buffered, so one already reported counts).
 *    A frame drawn is not yet a frame shown: on a busy machine Chromium showed it up to 2 s later, and scripts
 *    fetched meanwhile were counted (measured: 1.51 s with the frame alone, against 0.99 and 1.04 s).
 * A hidden page paints nothing, so it loads them at once, as does a browser without that entry type (after the
 * frame), and every page after 3 s whatever happened. Without JavaScript nothing runs either way.
 *
 * Plain ES5 in one line (part of the head script, hashed as written: src/layouts/head-script.ts).
 * @example `<script type="text/x-after-paint" data-after-paint="/_astro/PageScript.….js"></script>` → a module script
 */

/** The placeholder's attribute that carries the module's address, and its (inert) type. */
export const AFTER_PAINT_ATTRIBUTE = 'data-after-paint';
export const AFTER_PAINT_TYPE = 'text/x-after-paint';

/** How long a visible page waits at most for its paint to be reported, ms. */
export const AFTER_PAINT_LIMIT_MS = 3000;

/**
 * A function's source, `function(f){…}`: calls f once the browser has reported the first largest-contentful-paint
 * (at once if one is already reported), or at once in a browser that reports none. Also used by the web faces'
 * script (src/fonts/web-fonts-script.ts), whose fetch must not land before the paint either.
 */
export const WHEN_PAINT_REPORTED =
  `function(f){var P=window.PerformanceObserver,l="largest-contentful-paint";` +
  `if(!P||(P.supportedEntryTypes||[]).indexOf(l)<0)return f();` +
  `var o=new P(function(){o.disconnect();f()});o.observe({type:l,buffered:true})}`;

export const AFTER_PAINT_SCRIPT =
  `(function(d){var a=${JSON.stringify(AFTER_PAINT_ATTRIBUTE)},shown=${WHEN_PAINT_REPORTED};` +
  `function run(){d.querySelectorAll("script["+a+"]").forEach(function(p){var s=d.createElement("script");` +
  `s.type="module";s.src=p.getAttribute(a);p.replaceWith(s)})}` +
  `function later(){if(d.visibilityState==="hidden")return run();` +
  `d.addEventListener("visibilitychange",run);setTimeout(run,${AFTER_PAINT_LIMIT_MS});` +
  `requestAnimationFrame(function(){setTimeout(function(){shown(run)},0)})}` +
  `if(d.readyState==="loading")d.addEventListener("DOMContentLoaded",later);else later()})(document);`;
