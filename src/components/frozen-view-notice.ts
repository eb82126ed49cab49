/**
 * A frozen version that cannot redraw (no <live-figure>, `data-frozen-keys`) says so when the page's link carries
 * settings, and links to the same view on the latest version, in the page's notice (page-notice.ts: in view on
 * arrival; the figure's own line under its controls was below the first screen even on a desktop). Loaded only on
 * pages with such a figure (FrozenViewScript.astro), so pages of live figures do not pay for it.
 * @example /figures/meek-loss-gap/v1/?g_i=5 → "Version 1 is frozen … Open this view on the latest version."
 */
import { isClickCounter } from '../figures/click-counters.ts';
import { noticeParagraph, showPageNotice } from './page-notice.ts';

function frozenViews(): void {
  // Any setting in the link, the version's own keys or not (a mistyped key is one it cannot use either); a click
  // counter (utm_source…) is no setting.
  const keys = [...new URLSearchParams(location.search).keys()].filter((key) => !isClickCounter(key));
  if (keys.length === 0) return;
  const host = document.querySelector<HTMLElement>('[data-frozen-keys][data-latest]');
  if (!host) return;
  const link = document.createElement('a');
  link.href = `${host.dataset.latest}${location.search}`;
  link.textContent = 'Open this view on the latest version';
  link.setAttribute('data-latest-view', '');
  showPageNotice([
    noticeParagraph(
      `Version ${host.dataset.version} is frozen, and its code no longer reproduces it, so it cannot draw the settings in this link: it shows the figure as published, at its defaults. `,
      link,
      '.',
    ),
  ]);
}
if (location.search) frozenViews();
