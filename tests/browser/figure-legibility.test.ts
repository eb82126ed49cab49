/**
 * Every live figure reads right and looks right in every state a reader can reach (issue 19, item 4): the latest
 * version of each figure, on its permalink, moved through its reachable states (src/figures/reachable-states.ts:
 * each slider at both ends and steps between, anchors, presets, all at min and max, seeded random combinations)
 * with its own sliders, as a reader moves them, at 390 and 1280 px; each drawing is read in the light and in the
 * dark theme (the theme changes colours only, so one drawing serves both). It fails on what the reader would see:
 *  - two text boxes that overlap or, side by side, touch (legibility/spacing.ts), or text cut off by the edge of
 *    the drawing;
 *  - a label over a data line, area or dot of another colour where its halo does not make it legible
 *    (legibility/over-marks.ts states the rule and why);
 *  - text under 3:1 or a mark under 1.5:1 against the figure's actual background (WCAG 1.4.3 / 1.4.11; marks
 *    drawn on purpose as faint tints, opacity under 0.5, and grid lines are left out), halos that stand out from
 *    the background, and marks filled with the light background's colour in the dark theme (white-filled);
 *  - a name with nothing to name: text in a series' colour when no mark of that colour is on show (a line pushed
 *    off its axis; legibility/names-without-marks.ts);
 *  - a name dropped with nothing said: a series named in one state that another state neither names nor says is
 *    off the axis (a note from src/figures/layout/off-axis.ts; legibility/names-kept.ts);
 *  - a dot's name far from its dot: farther than two lines from every dot of its colour with no leader line to it
 *    (legibility/dot-names.ts);
 *  - single dots (legibility/dots-named.ts): a dot hidden under another colour's, a name beside another colour's
 *    dot rather than its own, a dot named in one state that another state shows with no name and no word;
 *  - leaks: NaN, Infinity, undefined, a year with a group separator, a parameter key, in the drawing, its
 *    description, the slider readouts and the caption.
 * Frozen (superseded) versions keep their bytes; their permalinks are checked for text a phone can read.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reachableStates, figureParams } from '../../src/figures/reachable-states.ts';
import { figureIds, getFigure, versionsOf } from '../../src/figures/registry.ts';
import { sliderPosition } from '../../src/figures/slider.ts';
import type { AnyFigureSpec, ParamDefinition } from '../../src/figures/spec.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { leaksIn } from '../../src/figures/reader-leaks.ts';
import { fixedLightFills, problemsIn } from './legibility/problems.ts';
import { readFrozenText, readState } from './legibility/read-drawing.ts';
import { readCrossings } from './legibility/read-crossings.ts';
import { labelsOverMarks } from './legibility/over-marks.ts';
import { namesWithoutMarks } from './legibility/names-without-marks.ts';
import { namesDropped, namesIn, type StateNames } from './legibility/names-kept.ts';
import { dotNamesAway } from './legibility/dot-names.ts';
import {
  dotNamesIn,
  dotNamesLost,
  dotsHidden,
  namesBesideOthers,
  type StateDotNames,
} from './legibility/dots-named.ts';
import { crowdedText } from './legibility/spacing.ts';
import { useFigures } from '../support/use-figures.ts';

const site = useBuiltSite();

/**
 * Figures whose latest version does not pass yet, with what fails. Only shrinks: the essay helpers remove their
 * figure when its next version passes (the test then fails on a listed figure that passes). Never add one.
 */
const NOT_YET_PASSING = new Set<string>([]);

/**
 * Figures whose latest version still draws a label over a line or mark of another colour (legibility/over-marks.ts),
 * found when that check was added (2026-12-07), with what it found. Their other problems must still be none; each
 * must still show a label over a mark (the test fails when it no longer does: then remove it). Only shrinks: the
 * next version of each places these labels clear of the lines (LabelLayout's `avoid`), never add one.
 */
const LABELS_OVER_MARKS_NOT_YET = new Map<string, string>([]);

/**
 * Figures whose latest version names a series none of whose marks is on show (legibility/names-without-marks.ts),
 * found when that check was added (2026-12-07), with what it found. Their other problems must still be none; each
 * must still show the fault (the test fails when it no longer does: then remove it). Only shrinks, never add one.
 */
const NAMES_WITHOUT_MARKS_NOT_YET = new Map<string, string>([]);

/**
 * Figures whose latest version still sets two texts side by side under a word space apart (legibility/spacing.ts),
 * found when that check was added (2026-12-07), with what it found. As LABELS_OVER_MARKS_NOT_YET: their other
 * problems must still be none, each must still show such a pair, and the list only shrinks.
 */
const TEXT_SPACING_NOT_YET = new Map<string, string>([]);

/**
 * Figures whose latest version sets a dot's name farther than two lines from its dot with no leader
 * (legibility/dot-names.ts), found when that check was added (2026-12-07), with what it found. As
 * LABELS_OVER_MARKS_NOT_YET: their other problems must still be none, each must still show the fault, and the
 * list only shrinks (their next versions join the name to its dot: LabelLayout.place with a reach and a leader).
 */
const DOT_NAMES_AWAY_NOT_YET = new Map<string, string>([]);

/**
 * Figures whose latest version breaks a rule of legibility/dots-named.ts (a dot hidden under another colour's, a
 * name beside another colour's dot, a dot's name lost between states), found when those rules were added
 * (2026-12-07, edge8), with who owns the figure this session and what was found. As LABELS_OVER_MARKS_NOT_YET:
 * their other problems must still be none, each must still show the fault, and the list only shrinks.
 */
const DOTS_NAMED_NOT_YET = new Map<string, string>([]);

/**
 * Texts the dot-names rule takes for a dot's name that are a curve's title, with why: the rule tells names from
 * titles by geometry alone (legibility/dot-names.ts), and these stand in a title's place on purpose.
 */
const TITLES_NOT_DOT_NAMES = new Map<string, RegExp>([
  // The cost curve's title, top left; at capability_year 2030 the anchor dot of its colour comes within 55–66 px.
  ['budget-frontier', /^text "Cost of \d{4}’s frontier capability"/],
]);

const WIDTHS = [390, 1280] as const;
/** Stops between slider ends and random combinations: about 6–35 states a figure, two widths each. */
const STATE_OPTIONS = { steps: 2, random: 4, seed: 19 } as const;
/** Problems printed per figure when it fails. */
const SHOWN = 12;

/** The slider positions (input id → value) that put a figure in a page state. */
function positions(spec: AnyFigureSpec, page: Readonly<Record<string, number>>): Record<string, string> {
  const params = figureParams(spec, page);
  return Object.fromEntries(
    Object.entries(spec.params as Record<string, ParamDefinition>).map(([key, def]) => [
      `${spec.id}-v${spec.version}-${key}`,
      String(sliderPosition(def, params[key]!)),
    ]),
  );
}

async function openLive(spec: AnyFigureSpec, width: number): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${site.server.origin}/figures/${spec.id}/v${spec.version}/`);
  await page.locator('live-figure').scrollIntoViewIfNeeded();
  await useFigures(page); // islands load on intent: a control focused
  await page.waitForSelector('live-figure[data-live="ready"]');
  return page;
}

// Concurrent: each figure opens its own pages, so three figures are read at a time (vitest.config.ts).
describe.concurrent('every live figure, in every reachable state, at 390 and 1280 px, light and dark', () => {
  for (const id of figureIds()) {
    const spec = getFigure(id);
    const states = reachableStates([spec], {}, STATE_OPTIONS);
    it(`${id} v${spec.version} (${states.length} states)`, { timeout: 300_000 }, async () => {
      // Each distinct problem once, with the first state it was met in and how many states met it.
      const problems = new Map<string, { first: string; count: number }>();
      const overMarks = new Map<string, { first: string; count: number }>();
      const namesWithoutMarksSeen = new Map<string, { first: string; count: number }>();
      const crowded = new Map<string, { first: string; count: number }>();
      const namesAway = new Map<string, { first: string; count: number }>();
      const dotsUnnamed = new Map<string, { first: string; count: number }>();
      const dotsInto = DOTS_NAMED_NOT_YET.has(id) ? dotsUnnamed : problems;
      const note = (where: string, found: readonly string[], into = problems) => {
        for (const problem of found) {
          const seen = into.get(problem);
          if (seen) seen.count++;
          else into.set(problem, { first: where, count: 1 });
        }
      };
      // What each state names, read together after every state (legibility/names-kept.ts).
      const named: (StateNames & { where: string })[] = [];
      const dotNames: (StateDotNames & { where: string })[] = [];
      for (const width of WIDTHS) {
        const page = await openLive(spec, width);
        for (const state of states) {
          const { light, dark } = await readState(page, positions(spec, state.params));
          const where = `${width} px, ${state.label}`;
          note(where, problemsIn({ theme: 'light', ...light }));
          note(where, problemsIn({ theme: 'dark', ...dark }));
          note(where, fixedLightFills(light, dark));
          note(where, crowdedText(light.texts), TEXT_SPACING_NOT_YET.has(id) ? crowded : problems);
          note(where, leaksIn([...light.texts, ...light.prose]));
          const unnamed = NAMES_WITHOUT_MARKS_NOT_YET.has(id) ? namesWithoutMarksSeen : problems;
          note(where, namesWithoutMarks(light), unnamed);
          note(where, namesWithoutMarks(dark), unnamed);
          const title = TITLES_NOT_DOT_NAMES.get(id);
          const away = dotNamesAway(light).filter((problem) => !title?.test(problem));
          note(where, away, DOT_NAMES_AWAY_NOT_YET.has(id) ? namesAway : problems);
          named.push({ where, ...namesIn(light) });
          // Dots are geometry, read in the light theme; the rules compare colours of that reading only.
          note(where, [...dotsHidden(light), ...namesBesideOthers(light)], dotsInto);
          dotNames.push({ where, ...dotNamesIn(light) });
          // Geometry, read once (in the theme readState left on): labels over lines, areas and dots.
          const { background, crossings } = await readCrossings(page);
          note(where, labelsOverMarks(crossings, background), LABELS_OVER_MARKS_NOT_YET.has(id) ? overMarks : problems);
        }
        await page.close();
      }
      note('every state', namesDropped(named));
      note('every state', dotNamesLost(dotNames), dotsInto);
      const report = [...problems]
        .slice(0, SHOWN)
        .map(([problem, { first, count }]) => `${problem} (first at ${first}; ${count} states)`)
        .join('\n');
      if (LABELS_OVER_MARKS_NOT_YET.has(id))
        expect(
          overMarks.size,
          `${id} draws no label over a mark now: remove it from LABELS_OVER_MARKS_NOT_YET`,
        ).toBeGreaterThan(0);
      if (NAMES_WITHOUT_MARKS_NOT_YET.has(id))
        expect(
          namesWithoutMarksSeen.size,
          `${id} names no series that is off its axis now: remove it from NAMES_WITHOUT_MARKS_NOT_YET`,
        ).toBeGreaterThan(0);
      if (DOT_NAMES_AWAY_NOT_YET.has(id))
        expect(
          namesAway.size,
          `${id} sets every dot's name by its dot now: remove it from DOT_NAMES_AWAY_NOT_YET`,
        ).toBeGreaterThan(0);
      if (DOTS_NAMED_NOT_YET.has(id))
        expect(
          dotsUnnamed.size,
          `${id} names every dot by its own now: remove it from DOTS_NAMED_NOT_YET`,
        ).toBeGreaterThan(0);
      if (TEXT_SPACING_NOT_YET.has(id))
        expect(crowded.size, `${id} sets no texts too close now: remove it from TEXT_SPACING_NOT_YET`).toBeGreaterThan(
          0,
        );
      if (NOT_YET_PASSING.has(id))
        expect(problems.size, `${id} now passes: remove it from NOT_YET_PASSING`).toBeGreaterThan(0);
      else expect(problems.size, `${problems.size} problems:\n${report}`).toBe(0);
    });
  }

  it('lists only figures that exist', () => {
    expect(
      [
        ...NOT_YET_PASSING,
        ...LABELS_OVER_MARKS_NOT_YET.keys(),
        ...NAMES_WITHOUT_MARKS_NOT_YET.keys(),
        ...TEXT_SPACING_NOT_YET.keys(),
        ...DOT_NAMES_AWAY_NOT_YET.keys(),
        ...DOTS_NAMED_NOT_YET.keys(),
        ...TITLES_NOT_DOT_NAMES.keys(),
      ].filter((id) => !figureIds().includes(id)),
    ).toEqual([]);
  });
});

/** Smallest text a phone reader can read, in CSS pixels: a frozen drawing scaled below this is a failure. */
const PHONE_TEXT_PX = 9;

describe('frozen versions on a 390 px phone', () => {
  const frozen = figureIds().flatMap((id) => versionsOf(id).slice(0, -1));
  // One tab for every frozen version, a navigation each: the check reads only the page a navigation loads, and a
  // new tab costs Chromium ~0.8 CPU-s against ~0.3 for a navigation (tests/support/README.md).
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 390, height: 844 } });
  });
  afterAll(() => page?.close());
  it.each(frozen.map((spec) => [`${spec.id} v${spec.version}`, spec] as const))(
    '%s shows its text at least 9 px tall',
    async (_name, spec) => {
      await page.goto(`${site.server.origin}/figures/${spec.id}/v${spec.version}/`);
      const sizes = await readFrozenText(page);
      expect(sizes.length).toBeGreaterThan(0);
      const small = sizes.filter((size) => size < PHONE_TEXT_PX);
      expect(small, `text drawn ${Math.min(...sizes).toFixed(1)} px tall`).toEqual([]);
    },
  );
});
