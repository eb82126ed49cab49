/**
 * A live figure's "Download or cite" menu (FigureMenu.astro), island part: enables the view's buttons, downloads
 * the SVG, PNG or CSV of what the reader sees, and opens "Cite this view" as a modal dialog whose contents
 * view-citation.ts fills. The menu is a <details>: the browser opens and closes it with a click, Enter or Space;
 * here Escape closes it and gives focus back to its button, and a click elsewhere closes it, as menus do. The
 * dialog is a <dialog> opened with showModal(): focus moves into it, Escape and "Close" close it, and focus
 * returns to "Cite this view".
 *
 * @example wireMenu(host, spec, { svg: () => plot.querySelector('svg'), style, rows: () => rows, params: () => params });
 */
import type { AnyFigureSpec, AnyTableRow, Params } from '../../figures/spec.ts';
import { downloadCsv, downloadPng, downloadSvg } from '../view-downloads.ts';

/** What the menu reads of the figure at the moment the reader uses it. */
export interface ToolView {
  svg(): SVGSVGElement | null;
  readonly style: HTMLStyleElement | null;
  rows(): readonly AnyTableRow[];
  params(): Params;
}

/**
 * Closes `menu` when the reader presses Escape in it (focus back on its button) or clicks outside it and outside
 * `dialog` (the citation dialog opened from it: focus goes back to its button in the open menu when it closes).
 */
function closeLikeAMenu(menu: HTMLDetailsElement, dialog: HTMLDialogElement | null): void {
  const summary = menu.querySelector('summary');
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open) return;
    menu.open = false;
    summary?.focus();
  });
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Node ? event.target : null;
    if (menu.open && target && !menu.contains(target) && !dialog?.contains(target)) menu.open = false;
  });
}

/** Wires the menu in `host`: view downloads, "Cite this view" in its dialog, and closing like a menu. */
export function wireMenu(host: HTMLElement, spec: AnyFigureSpec, view: ToolView): void {
  const menu = host.querySelector<HTMLDetailsElement>('[data-figure-menu]');
  const tools = menu?.querySelector<HTMLElement>('[data-tools]');
  if (!menu || !tools) return;
  const dialog = host.querySelector<HTMLDialogElement>('[data-cite-dialog]');
  closeLikeAMenu(menu, dialog);
  const name = `${spec.id}-v${spec.version}-view`;
  const cite = async () => {
    const panel = dialog?.querySelector<HTMLElement>('[data-view-citation]');
    if (!dialog || !panel) return;
    if (!dialog.open) dialog.showModal();
    const { showViewCitation } = await import('../view-citation.ts');
    await showViewCitation(panel, spec, view.params());
  };
  const downloads: Record<string, () => unknown> = {
    svg: () => downloadSvg(`${name}.svg`, view.svg(), view.style),
    png: () => downloadPng(`${name}.png`, view.svg(), view.style),
    csv: () => downloadCsv(`${name}.csv`, spec.columns, view.rows()),
  };
  for (const button of tools.querySelectorAll<HTMLButtonElement>('button')) {
    const download = button.dataset.download ? downloads[button.dataset.download] : undefined;
    if (download) {
      button.addEventListener('click', () => {
        void download();
        menu.open = false;
      });
    } else if (button.hasAttribute('data-cite')) {
      // The reader's pointer or focus reaches the button before the click: fetch the citation's code and
      // templates then, so the click answers at once.
      const warm = () => void import('../view-citation.ts').then((m) => m.viewCitationTemplate(spec));
      button.addEventListener('pointerenter', warm, { once: true });
      button.addEventListener('focus', warm, { once: true });
      button.addEventListener('click', () => void cite());
    }
    button.disabled = false;
  }
}
