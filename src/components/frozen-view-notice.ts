/**
 * A frozen version that cannot redraw (no <live-figure>, `data-frozen-keys`) says so when the page's link carries
 * settings, and links to the same view on the latest version. Loaded only on pages with such a figure
 * (FrozenViewScript.astro), so pages of live figures do not pay for it.
 * @example /figures/meek-loss-gap/v1/?g_i=5 → "Version 1 is frozen … Open this view on the latest version."
 */
import { isClickCounter } from '../figures/click-counters.ts';

function frozenViews(): void {
  // Any setting in the link, the version's own keys or not (a mistyped key is one it cannot use either); a click
  // counter (utm_source…) is no setting.
  const keys = [...new URLSearchParams(location.search).keys()].filter((key) => !isClickCounter(key));
  if (keys.length === 0) return;
  for (const host of document.querySelectorAll<HTMLElement>('[data-frozen-keys][data-latest]')) {
    const notice = host.querySelector<HTMLElement>('[data-notice]');
    if (!notice) continue;
    const link = document.createElement('a');
    link.href = `${host.dataset.latest}${location.search}`;
    link.textContent = 'Open this view on the latest version';
    link.setAttribute('data-latest-view', '');
    const text = document.createElement('p');
    text.textContent = `Version ${host.dataset.version} is frozen, and its code no longer reproduces it, so it cannot draw the settings in this link: it shows the figure as published, at its defaults. `;
    text.append(link, '.');
    notice.replaceChildren(text);
    notice.hidden = false;
  }
}
if (location.search) frozenViews();
