/** wall-glut v5: each rule's name hangs from its own rule, no rule runs through a text, and v4's prose reads the same. */
import { describe, expect, it } from 'vitest';
import { reachableStates, figureParams } from '../reachable-states.ts';
import { getFigure } from '../registry.ts';
import { renderFigureSvg } from '../render-static.ts';
import { defaultParams, type Params } from '../spec.ts';
import { versionsDisagree } from '../versions-agree.ts';
import { wallStates } from '../wall-shared/states.ts';
import { readDrawing, ruleFaults } from './drawn-texts.ts';

const v4 = getFigure('wall-glut', 4);
const v5 = getFigure('wall-glut', 5);
const at = (over: Record<string, number>): Params => ({ ...defaultParams(v5), ...over });
/** The states a reader reaches (the page's and the wall figures' own sets, 96 in all), with v4's faults found by eye. */
const states: Params[] = [
  ...new Map(
    [
      ...reachableStates([v5]).map((s) => figureParams(v5, s.params)),
      ...wallStates(v5),
      at({ ceiling_rise: 1 }),
      at({ glut_year: 2044 }),
    ].map((p) => [JSON.stringify(p), p]),
  ).values(),
];
/** The page's drawing on a 390 px phone, and the published file's. */
const WIDTHS = [338, 640];

/** Every fault of a version's drawings over the states, with where it was. */
function faultsOf(spec: typeof v5): string[] {
  return states.flatMap((params) =>
    WIDTHS.flatMap((width) =>
      ruleFaults(renderFigureSvg(spec, params, {}, { width }), params.glut_delay!).map(
        (f) => `${f} at ${width} px, ${JSON.stringify(params)}`,
      ),
    ),
  );
}

describe('wall-glut v5', () => {
  it('keeps v4’s parameters, table, values, cases and description in every state (its prose reads the same)', () => {
    const reached = [...reachableStates([v5]), ...wallStates(v5).map((params) => ({ label: 'wall state', params }))];
    expect(versionsDisagree(v4, v5, reached, {})).toEqual([]);
    for (const { params } of reached)
      expect(v5.alt(params, v5.table(params, {}))).toBe(v4.alt(params, v4.table(params, {})));
  });

  it('draws no rule through a text, each rule’s name nearest its own rule, and no two texts meeting, in every state', () => {
    expect(faultsOf(v5)).toEqual([]);
  });

  it('finds v4’s faults, which a reader saw on a phone', () => {
    const v4Faults = faultsOf(v4);
    expect(v4Faults.some((f) => f.startsWith('a rule runs through “glut, open” at 338 px'))).toBe(true);
    expect(v4Faults.some((f) => f.startsWith('a rule runs through “→ glut, open: 2046” at 338 px'))).toBe(true);
  });

  it('names every rule on show and says where a rule past 2045 went', () => {
    const names = (params: Params) =>
      readDrawing(renderFigureSvg(v5, params, {}, { width: 338 })).texts.map((t) => t.text);
    expect(names(at({}))).toEqual(
      expect.arrayContaining(['glut, leader', 'glut, open', 'Sudden glut', 'Frontier', 'Open']),
    );
    expect(names(at({ glut_delay: 0 }))).toContain('glut, both');
    expect(names(at({ glut_delay: 0 }))).not.toContain('glut, leader');
    expect(names(at({ glut_year: 2044, glut_delay: 5 }))).toEqual(
      expect.arrayContaining(['glut, leader', '→ glut, open: 2049']),
    );
  });

  it('draws its texts in two marks and the whole figure in six (v4 drew ten, five of them texts)', () => {
    const marks = (spec: typeof v5) => spec.plot(at({}), spec.table(at({}), {}), undefined, { width: 338 }).marks!;
    expect(marks(v4)).toHaveLength(10);
    expect(marks(v5)).toHaveLength(6);
  });
});
