/** d3-selection's methods nothing in the browser build calls: left out, and no kept code calls them. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { leaveOutSelectionMethods, SELECTION_METHODS_LEFT_OUT } from './selection-methods.ts';

const asModule = (source: string) =>
  import(/* @vite-ignore */ `data:text/javascript;base64,${Buffer.from(source).toString('base64')}`) as Promise<
    Record<string, unknown>
  >;
const D3_SELECTION = new URL('../../node_modules/d3-selection/dist/d3-selection.mjs', import.meta.url);
const PLOT_SRC = new URL('../../node_modules/@observablehq/plot/src/', import.meta.url);
const called = (code: string, name: string) => new RegExp(`\\.${name}\\(`).test(code);

describe('d3-selection in the browser build', () => {
  it('keeps every method name, and a left-out method throws naming this file', async () => {
    const narrowed = leaveOutSelectionMethods(readFileSync(D3_SELECTION, 'utf8'));
    type Selection = Record<string, () => unknown>;
    // No document here: a plain object stands in for a node.
    const { select } = (await asModule(narrowed)) as { select: (node: object) => Selection };
    const selection = () => select({});
    const prototype = Object.getPrototypeOf(selection()) as Record<string, unknown>;
    for (const name of SELECTION_METHODS_LEFT_OUT) {
      expect(prototype[name], name).toBeTypeOf('function');
      expect(() => selection()[name]!(), name).toThrow(
        new RegExp(`d3-selection: selection\\.${name} is left out of the browser build`),
      );
    }
    // What Plot draws with still works.
    expect(selection().size!()).toBe(1);
    expect(selection().node!()).toBeDefined();
  });

  it("is called nowhere in Plot's source, nor by d3-selection's kept methods", () => {
    const plot = readdirSync(PLOT_SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(new URL(file, PLOT_SRC), 'utf8'));
    expect(plot.length).toBeGreaterThan(50);
    const d3 = readFileSync(D3_SELECTION, 'utf8');
    // The left-out methods' own bodies are where d3 may call each other; the rest must not call them.
    const kept = d3.replace(
      new RegExp(`^function selection_(${SELECTION_METHODS_LEFT_OUT.join('|')})\\b[\\s\\S]*?^}$`, 'gm'),
      '',
    );
    for (const name of SELECTION_METHODS_LEFT_OUT) {
      for (const code of plot) expect(called(code, name), name).toBe(false);
      expect(called(kept, name), `d3-selection calls ${name}`).toBe(false);
    }
  });

  it('refuses a d3-selection whose prototype changed', () => {
    expect(() => leaveOutSelectionMethods('  on: selection_on,\n')).toThrow(/no longer has the prototype/);
  });
});
