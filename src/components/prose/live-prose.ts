/**
 * Live prose in the browser: after a figure's island redraws (and after followers of a shared key catch up),
 * it calls `updateCases` with the figure's state, and each <FigureCases> of that figure on the page shows the
 * <When> whose option holds (src/figures/cases.ts), hiding the others. Built pages show the option that holds at
 * the essay's starting state (src/authoring/remark-figure-cases.ts), so nothing changes until the reader acts.
 *
 * @example updateCases(spec, params, rows) // after the island's redraw, beside its <FigureValue> update
 */
import { caseOption } from '../../figures/cases.ts';
import type { AnyFigureSpec, AnyTableRow, Params } from '../../figures/spec.ts';

/** A <FigureCases> host of this figure and its <When>s, found once per figure per page. */
interface CaseHost {
  readonly element: Element;
  readonly name: string;
  readonly whens: readonly { readonly element: HTMLElement; readonly options: readonly string[] }[];
}

const hostsByPage = new WeakMap<ParentNode, Map<string, readonly CaseHost[]>>();

function caseHosts(root: ParentNode, figure: string): readonly CaseHost[] {
  let hostsByFigure = hostsByPage.get(root);
  if (!hostsByFigure) hostsByPage.set(root, (hostsByFigure = new Map()));
  let hosts = hostsByFigure.get(figure);
  if (!hosts) {
    hosts = [...root.querySelectorAll<HTMLElement>(`[data-figure-case^="${figure}:"]`)].map((host) => ({
      element: host,
      name: (host.dataset.figureCase ?? '').slice(figure.length + 1),
      // A <When> of a nested <FigureCases> belongs to that one.
      whens: [...host.querySelectorAll<HTMLElement>('[data-when]')]
        .filter((element) => element.parentElement?.closest('[data-figure-case]') === host)
        .map((element) => ({ element, options: (element.dataset.when ?? '').split(' ') })),
    }));
    hostsByFigure.set(figure, hosts);
  }
  return hosts;
}

/**
 * Shows, in every <FigureCases> of this figure that `due` accepts (all by default), the <When> whose option holds
 * at `params`.
 */
export function updateCases(
  spec: AnyFigureSpec,
  params: Params,
  rows: readonly AnyTableRow[],
  root: ParentNode = document,
  due: (host: Element) => boolean = () => true,
): void {
  if (!spec.cases) return;
  for (const host of caseHosts(root, spec.id)) {
    if (!due(host.element)) continue;
    const option = caseOption(spec, host.name, params, rows);
    for (const { element, options } of host.whens) {
      const hidden = !options.includes(option);
      if (element.hidden !== hidden) element.hidden = hidden;
    }
  }
}
