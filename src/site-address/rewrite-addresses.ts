/**
 * The browser half of src/site-address/served-origin.ts: rewrites the text and
 * links inside every `[data-site-origin]` element of a page built without
 * SITE_URL, so copied citations and embed snippets carry the serving origin.
 */
import { SITE } from '../site.ts';
import { withServedOrigin } from './served-origin.ts';

const site = { siteUrl: SITE.url, isPlaceholder: SITE.isPlaceholder };

/** Rewrites every marked element under `root` in place; a no-op on a configured build. */
export function rewritePlaceholderAddresses(root: ParentNode, origin: string): void {
  if (!site.isPlaceholder) return;
  const serve = (text: string) => withServedOrigin(text, site, origin);
  for (const element of root.querySelectorAll('[data-site-origin]')) {
    const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const served = serve(text);
      if (served !== text) node.nodeValue = served;
    }
    for (const link of element.querySelectorAll('a[href]')) {
      link.setAttribute('href', serve(link.getAttribute('href') ?? ''));
    }
  }
}
