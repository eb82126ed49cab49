/**
 * An essay's live prose at any reachable state, from the built page itself: the HTML in dist/ (linkedom), with
 * each live element set as the browser sets it. <FigureValue>s get their spec's formatted value, <FigureCases>
 * and <Claim>s go through the island's own code (src/components/prose/), Believe boxes through believe-live.ts.
 * Figures on the page take the state (shared keys move together, clamped per figure as the island clamps them);
 * a figure the page names in prose but does not show stays at the essay's start.
 *
 * @example
 * const prose = pageProse(readFileSync('dist/essays/meek-models/index.html', 'utf8'));
 * for (const state of prose.states) prose.sentencesAt(state.params);
 */
import { parseHTML } from 'linkedom';
import { vi } from 'vitest';
import { updateBelieve } from '../../src/components/believe/believe-live.ts';
import { updateClaims } from '../../src/components/prose/live-claims.ts';
import { updateCases } from '../../src/components/prose/live-prose.ts';
import { updateTitleNote } from '../../src/components/figure/title-note.ts';
import { figureDataFromDisk } from '../../src/figures/publishing/lock-files.ts';
import { figureParams, reachableStates, type ReachableState } from '../../src/figures/reachable-states.ts';
import { getFigure } from '../../src/figures/registry.ts';
import { defaultParams, type AnyFigureSpec, type FigureData, type Params } from '../../src/figures/spec.ts';
import { liveBlocks, NOT_READER_TEXT, uncatalogued } from './live-blocks.ts';

/** A block of prose a reader sees, with the text of its live values (for the clause check). */
export interface Block {
  readonly sentences: readonly string[];
  readonly values: readonly string[];
}

/** A checked sentence's note (on hover, focus or tap): a model claim's, when false why, and a data claim's. */
const CLAIM_NOTES = '[data-claim-checked], [data-claim-problem], [data-data-claim] > .claim-checked';

/** Marks the end of an inner block in reader text; sentences never span it. */
const BREAK = '␤';

/** The page's text as a reader meets it: hidden options, notes and previews out; maths as ⟦TeX⟧. */
function readerText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  for (const math of copy.querySelectorAll('.katex')) {
    const tex = math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '';
    math.replaceWith(copy.ownerDocument.createTextNode(`⟦${tex.trim()}⟧`));
  }
  for (const gone of copy.querySelectorAll(`[hidden], ${NOT_READER_TEXT}`)) gone.remove();
  // A block inside the block (a Believe box's question, its lines) ends its own sentence.
  for (const inner of copy.querySelectorAll('p, li, div, ul')) inner.after(copy.ownerDocument.createTextNode(BREAK));
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Sentences of a text: a full stop, question or exclamation mark (not of "et al.", "e.g.", …), then a capital or an opening mark. */
export function sentences(text: string): string[] {
  return text
    .split(
      new RegExp(`\\s*${BREAK}\\s*|(?<=[.!?])(?<!\\b(?:al|e\\.g|i\\.e|cf|vs|p|pp|fig|sec|eq)\\.)\\s+(?=[A-Z“"(⟦$])`),
    )
    .map((s) => s.trim())
    .filter(Boolean);
}

export function pageProse(html: string) {
  const { document } = parseHTML(html);
  const hosts = [...document.querySelectorAll<HTMLElement>('live-figure[data-figure]')];
  const onPage = hosts.map((host) => getFigure(host.dataset.figure!, Number(host.dataset.version)));
  const start: Record<string, number> = {};
  for (const host of hosts) Object.assign(start, JSON.parse(host.dataset.preset ?? '{}') as Record<string, number>);
  for (const spec of onPage) for (const [key, value] of Object.entries(defaultParams(spec))) start[key] ??= value;
  const ids = new Set(
    [...document.querySelectorAll<HTMLElement>('[data-figure-value], [data-figure-case]')].map(
      (e) => (e.dataset.figureValue ?? e.dataset.figureCase)!.split(':')[0]!,
    ),
  );
  const specs = new Map<string, AnyFigureSpec>(onPage.map((spec) => [spec.id, spec]));
  for (const id of ids) if (!specs.has(id)) specs.set(id, getFigure(id));
  const data = new Map<string, FigureData>([...specs.values()].map((spec) => [spec.id, figureDataFromDisk(spec)]));
  const blocks = liveBlocks(document);
  const missed = uncatalogued(document, blocks);
  if (missed.length > 0) {
    throw new Error(`live prose outside every catalogued block (tests/prose/live-blocks.ts): ${missed.join(' | ')}`);
  }

  /** The parameters each figure's live elements were last set to: a figure whose state is unchanged is skipped. */
  const applied = new Map<string, string>();

  /** Sets every live element of the page to `state` (page keys), as the islands would. */
  function apply(state: Readonly<Record<string, number>>): void {
    vi.useFakeTimers();
    try {
      for (const spec of specs.values()) {
        const params: Params = figureParams(spec, onPage.includes(spec) ? state : start);
        const key = JSON.stringify(params);
        if (applied.get(spec.id) === key) continue;
        applied.set(spec.id, key);
        const rows = spec.table(params, data.get(spec.id)!);
        for (const [name, value] of Object.entries(spec.values)) {
          const spans = document.querySelectorAll(`[data-figure-value="${spec.id}:${name}"]`);
          if (spans.length === 0) continue;
          const text = value.format(value.compute(params, rows));
          for (const span of spans) span.textContent = text;
        }
        updateCases(spec, params, rows, document);
        updateTitleNote(document, spec, params, rows);
        updateClaims(spec, params, data.get(spec.id)!, document);
        updateBelieve(spec, params, data.get(spec.id)!, document);
      }
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
  }

  return {
    /** The page's reachable states (src/figures/reachable-states.ts) from its starting state. */
    states: reachableStates(onPage, start, { steps: 4, random: 24, seed: 19 }) as readonly ReachableState[],
    /**
     * Every block of live prose at `state`, in page order: its sentences and the text of its shown values. A block
     * keeps its place when it is hidden (it is then empty), so the nth block is the same paragraph in every state.
     */
    blocksAt(state: Readonly<Record<string, number>>): Block[] {
      apply(state);
      // A block inside a hidden <When> (a paragraph-level option) is not on show, though nothing in it is hidden.
      return blocks.map((block) =>
        block.closest('[hidden]')
          ? { sentences: [], values: [] }
          : {
              sentences: [
                ...sentences(readerText(block)),
                // A claim's note (on hover, focus or tap): what was checked and, when false, why.
                ...[...block.querySelectorAll(CLAIM_NOTES)]
                  .filter((note) => !note.closest('[hidden]'))
                  .flatMap((note) => sentences(note.textContent ?? '')),
              ],
              values: [...block.querySelectorAll('[data-figure-value]')]
                .filter((value) => !value.closest('[hidden]'))
                .map((value) => value.textContent ?? ''),
            },
      );
    },
  };
}
