/**
 * <FigureCases>/<When>: the build checks every option against the figure's spec (file:line:col) and shows the
 * <When> that holds at the essay's starting state (defaults merged with the page's presets).
 */
import { describe, expect, it, vi } from 'vitest';
import { compileEssay, errorOf } from './pipeline.ts';

vi.mock('../../src/figures/registry.ts', async (importOriginal) =>
  (await import('./support/registry-with-cases.ts')).registryWithCases(importOriginal as never),
);

const path = 'src/content/essays/cases-fixture.mdx';
const cases = (whens: string, attributes = 'figure="meek-loss-gap" case="peakShape"') =>
  `# Title\n\n<FigureCases ${attributes}>\n${whens}\n</FigureCases>\n`;
const both = `<When is="peaks">The gap peaks.</When>\n<When is="never">The gap keeps widening.</When>`;

/** The `state` the build gave each <When>, in order, read from the compiled JSX. */
function states(code: string): string[] {
  return [...code.matchAll(/is: "([\w ]+)"[^}]*?state: "(\w+)"/g)].map((m) => `${m[1]}=${m[2]}`);
}

describe('<FigureCases> at build', () => {
  it('shows the option that holds at the defaults and hides the others', async () => {
    const { code } = await compileEssay(path, cases(both));
    expect(states(code)).toEqual(['peaks=shown', 'never=hidden']);
  });

  it('starts from the page preset: a <Figure> preset elsewhere on the page decides the option', async () => {
    const text = `${cases(both)}\n<Figure id="meek-loss-gap" params={{ g_h: 1, g_a: 1 }} />\n`;
    const { code } = await compileEssay(path, text);
    expect(states(code)).toEqual(['peaks=hidden', 'never=shown']);
  });

  it('accepts one <When> for several options', async () => {
    const { code } = await compileEssay(path, cases('<When is="peaks never">Either way.</When>'));
    expect(states(code)).toEqual(['peaks never=shown']);
  });

  it('stops at file:line:col for an unknown case, option, a missing or doubled option, or stray text', async () => {
    expect(await errorOf(path, cases(both, 'figure="meek-loss-gap" case="peakShap"'))).toBe(
      `${path}:3:1 unknown case "peakShap" of figure "meek-loss-gap" (did you mean "peakShape"?)`,
    );
    expect(await errorOf(path, cases(both, 'figure="memo-costs" case="peakShape"'))).toMatch(
      /:3:1 unknown case "peakShape" of figure "memo-costs" \(it declares no cases/,
    );
    expect(await errorOf(path, cases('<When is="peaks">A.</When>\n<When is="nevr">B.</When>'))).toBe(
      `${path}:5:1 case "peakShape" of figure "meek-loss-gap" has no option "nevr" (did you mean "never"?)`,
    );
    expect(await errorOf(path, cases('<When is="peaks">A.</When>'))).toBe(
      `${path}:3:1 <FigureCases figure="meek-loss-gap" case="peakShape"> has no <When> for "never": write a sentence for every option a reader can reach`,
    );
    expect(await errorOf(path, cases(`${both}\n<When is="peaks">Again.</When>`))).toMatch(
      /:6:1 option "peaks" of case "peakShape" has two <When>s/,
    );
    expect(await errorOf(path, cases(`${both}\n\nA stray sentence.`))).toMatch(
      /:7:1 <FigureCases>: put every sentence inside a <When is="…">/,
    );
    expect(await errorOf(path, '# Title\n\n<When is="peaks">Alone.</When>\n')).toBe(
      `${path}:3:1 <When> stands outside a <FigureCases figure="…" case="…">; put it inside one`,
    );
  });
});
