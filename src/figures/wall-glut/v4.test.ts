/** wall-glut v4: open models' glut past 2045 is said, in the drawing and the description; "1 year", not "1 years". */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { renderFigureSvg } from '../render-static.ts';
import { defaultParams, type Params, type TableRow } from '../spec.ts';
import { wallStates } from '../wall-shared/states.ts';

const v3 = getFigure('wall-glut', 3);
const v4 = getFigure('wall-glut', 4);
const at = (over: Record<string, number>): Params => ({ ...defaultParams(v4), ...over });
/** The texts the drawing writes, each mark's data through its text channel. */
function texts(params: Params): string[] {
  const marks = v4.plot(params, v4.table(params, {}), undefined, { width: 320 }).marks as {
    ariaLabel?: string;
    data?: Record<string, unknown>[];
    channels?: { text?: { value: unknown } };
  }[];
  return marks
    .filter((m) => m.ariaLabel === 'text')
    .flatMap((m) => {
      const text = m.channels!.text!.value;
      return m.data!.map((d) => (typeof text === 'function' ? text(d) : d[text as string]) as string);
    });
}

describe('wall-glut v4', () => {
  it('keeps v3’s values and cases in every state (its prose reads the same)', () => {
    for (const params of wallStates(v4)) {
      const [rows3, rows4] = [v3.table(params, {}) as TableRow[], v4.table(params, {}) as TableRow[]];
      for (const [name, value] of Object.entries(v4.values))
        expect(value.compute(params, rows4), name).toBe(v3.values[name]!.compute(params, rows3));
      for (const [name, c] of Object.entries(v4.cases!))
        expect(c.compute(params, rows4), name).toBe(v3.cases![name]!.compute(params, rows3));
    }
  });

  it('says where open models’ glut went when it comes after 2045, and names its line when it is on show', () => {
    const late = at({ glut_year: 2044, glut_delay: 5 });
    expect(texts(late)).toContain('→ glut, open: 2049');
    expect(texts(late)).not.toContain('glut, open');
    expect(v4.alt(late, v4.table(late, {}))).toContain(
      'reaching open models 5 years later, in 2049, after the figure’s end',
    );
    const onShow = at({ glut_year: 2044, glut_delay: 1 });
    expect(texts(onShow)).toContain('glut, open');
    expect(texts(onShow).some((t) => t.startsWith('→'))).toBe(false);
  });

  it('keeps the panels’ names at their top when the ceiling rises steepest (the ceiling stops below them)', () => {
    // 338 px: the page's drawing on a 390 px phone, where v3 set "Sudden glut" 232 px down, at its panel's foot.
    for (const width of [320, 338, 360, 640, 700]) {
      const svg = renderFigureSvg(v4, at({ ceiling_rise: 1 }), figureDataFromDisk(v4), { width });
      const names = [
        ...svg.matchAll(
          /<text[^>]*?(?:transform="translate\([\d.]+,([\d.]+)\)"|y="([\d.]+)")[^>]*>(?:<[^>]+>)*(Gradual wall|Sudden glut)</g,
        ),
      ];
      expect(names.map((m) => m[3])).toEqual(['Gradual wall', 'Sudden glut']);
      for (const m of names) expect(Number(m[1] ?? m[2]), `${m[3]} at ${width} px`).toBeLessThan(50);
    }
  });

  it('says a quantity of one in the singular', () => {
    const one = at({ glut_delay: 1, ceiling_rise: 1 });
    const alt = v4.alt(one, v4.table(one, {}));
    expect(alt).toContain('reaching open models 1 year later');
    expect(alt).toContain('the ceiling rising 1 point a year');
    expect(alt).not.toMatch(/\b1 (years|points|months)\b/);
  });
});
