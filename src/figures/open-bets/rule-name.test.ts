/**
 * "One bet a year" names the rule at one bet a year, so it must sit beside that rule in every state a reader can
 * reach, at a phone's width and a desk's (issue 19: v3, moved off the lines like any label, sat about two label
 * heights below the rule on a phone with the budget at $100K, nearer the grid line at 0.1). Drawn at build time's
 * and a live island's widths (render-static.ts, as the page draws them); the label's box must touch the rule's
 * band of one line above or below it: a text line's height between the rule and the near edge of the label.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { figureParams, reachableStates } from '../reachable-states.ts';
import { versionsOf } from '../registry.ts';
import { PAGE_FONT_PX } from '../render.ts';
import { renderFigureSvg } from '../render-static.ts';
import type { AnyFigureSpec } from '../spec.ts';

/** Widths the figure is drawn at: build time's two, a 390 px phone's column and a desk's live drawing. */
const WIDTHS = [320, 340, 640, 760] as const;
/** Farthest the near edge of the label may be from its rule: one line of text (the label's own height). */
const ONE_LINE = PAGE_FONT_PX * 1.15;

/** Pixel y of the rule at one bet a year and of the middle of its label (Plot's lineAnchor 'middle'), in a drawing. */
function positions(svg: string): { rule: number; label: number } | undefined {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const rule = document.querySelector('[data-mark="rule"] line');
  const text = [...document.querySelectorAll('[data-mark="text"] text')].find(
    (t) => t.textContent === 'one bet a year',
  );
  if (!rule || !text) return undefined;
  const y = (transform: string | null) => Number(/translate\([^,]+,([^)]+)\)/.exec(transform ?? '')?.[1] ?? NaN);
  // Plot draws the mark's dx and dy as a translation of its group, the label's point as the text's own.
  const shift = y(text.parentElement?.getAttribute('transform') ?? 'translate(0,0)');
  return { rule: Number(rule.getAttribute('y1')), label: y(text.getAttribute('transform')) + shift };
}

/** States where the label is farther than a line from its rule, at each width, as "width: state (distance)". */
function strays(spec: AnyFigureSpec): string[] {
  const data = figureDataFromDisk(spec);
  const found: string[] = [];
  for (const width of WIDTHS)
    for (const { label, params } of reachableStates([spec], {}, { steps: 4, random: 24, seed: 1 })) {
      const at = positions(renderFigureSvg(spec, figureParams(spec, params), data, { width }));
      if (!at) {
        // A rule's name with no clear place beside its rule is left out (placeAlongRules): the rule goes unnamed.
        found.push(`${width}: ${label} (left out)`);
        continue;
      }
      // The label is a line of text centred on its y: its near edge is half a line from its middle.
      const gap = Math.abs(at.label - at.rule) - ONE_LINE / 2;
      if (!(gap <= ONE_LINE)) found.push(`${width}: ${label} (${Math.round(gap)} px)`);
    }
  return found;
}

const version = (n: number) => versionsOf('open-bets').find((s) => s.version === n)!;

describe('open-bets: “one bet a year” beside its rule', () => {
  it('in every reachable state at every width, from v4', () => {
    expect(strays(version(4))).toEqual([]);
  });

  it('was not in v3 (the check finds what a reader saw on a phone at $100K)', () => {
    expect(strays(version(3)).some((s) => s.startsWith('340: budget'))).toBe(true);
  });
});
