/** On the 404 page: suggest the page the reader probably meant (src/not-found/suggest.ts). */
import { suggest } from './suggest.ts';

const box = document.querySelector<HTMLElement>('[data-suggestion]');
const known = box?.dataset.knownPaths;
if (box && known) {
  const suggestion = suggest(location.pathname, JSON.parse(known) as string[]);
  if (suggestion) {
    const link = document.createElement('a');
    link.href = suggestion.href;
    link.textContent = suggestion.href;
    const lead = document.createElement('strong');
    lead.textContent = 'Did you mean ';
    lead.append(link, '?');
    box.replaceChildren(lead, ` ${suggestion.reason}`);
    box.hidden = false;
  }
}
