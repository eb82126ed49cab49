/**
 * Live checked claims: after a figure's island redraws (and after followers of a shared key catch up), every
 * <Claim> of that figure is evaluated again at the reader's settings (src/figures/claims.ts). A claim that no
 * longer holds loses its ✓ for "not at your settings", its note says why in words and formatted values, and a
 * polite live region announces it once the reader pauses; when it holds again, all three go back. Built pages
 * show every claim holding: the build refuses a claim that is false at the essay's starting state.
 *
 * A trend claim runs the model across its parameter's range (61 points), so the evaluation waits until the
 * reader pauses (PAUSE_MS), after the island's own redraw, instead of running on every input event.
 *
 * @example scheduleClaims(spec, params, data) // beside updateCases in the island's updateValues
 */
import { evaluateClaim, type Claim } from '../../figures/claims.ts';
import type { AnyFigureSpec, FigureData, Params } from '../../figures/spec.ts';
import { AfterPause } from '../after-pause.ts';

const PAUSE_MS = 150;
export const NOT_HERE = 'not at your settings';
/** One wait per figure version: claims of two figures moved one after the other are both checked. */
const pauses = new Map<string, AfterPause>();

interface ClaimElement {
  readonly element: HTMLElement;
  readonly claim: Claim & { readonly version: number };
}

function claimsOf(root: ParentNode, spec: AnyFigureSpec): ClaimElement[] {
  return [...root.querySelectorAll<HTMLElement>('[data-claim]')]
    .map((element) => ({ element, claim: JSON.parse(element.dataset.claim ?? '{}') as ClaimElement['claim'] }))
    .filter(({ claim }) => claim.figure === spec.id && claim.version === spec.version);
}

/** Shows one claim's verdict at the reader's settings; the live region speaks only when the verdict changes. */
function show({ element }: ClaimElement, ok: boolean, problem = ''): void {
  const why = element.querySelector('[data-claim-problem]');
  const reason = ok ? '' : `At your settings it does not hold. ${problem}`;
  if (why && why.textContent !== reason) why.textContent = reason;
  const state = ok ? 'holds' : 'fails';
  if (element.dataset.claimState === state) return;
  element.dataset.claimState = state;
  const mark = element.querySelector<HTMLElement>('[data-claim-mark]');
  const status = element.querySelector('[data-claim-status]');
  if (mark) mark.textContent = ok ? (mark.dataset.holdsMark ?? '✓') : NOT_HERE;
  if (status) status.textContent = ok ? 'The claim holds again at your settings.' : `Not at your settings. ${problem}`;
}

/** Evaluates every claim of this figure on the page at `params`, now. */
export function updateClaims(spec: AnyFigureSpec, params: Params, data: FigureData, root: ParentNode = document): void {
  for (const item of claimsOf(root, spec)) {
    try {
      const result = evaluateClaim(item.claim, spec, data, params);
      show(item, result.ok, result.problem);
    } catch (error) {
      // A claim the build checked cannot fail to evaluate here; if it does, no ✓ stays beside it.
      show(item, false, 'the model could not check it here.');
      console.warn('Claim could not be evaluated', error);
    }
  }
}

/** Evaluates this figure's claims once the reader pauses (after the island's own redraw). */
export function scheduleClaims(spec: AnyFigureSpec, params: Params, data: FigureData): void {
  const key = `${spec.id}/v${spec.version}`;
  let pause = pauses.get(key);
  if (!pause) pauses.set(key, (pause = new AfterPause(PAUSE_MS)));
  const state = { ...params };
  pause.run(() => updateClaims(spec, state, data));
}
