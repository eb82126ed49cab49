import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTAINED_BLOCKS, LAID_OUT_CLASS, SLICE_MS, layOutWhenIdle } from './lay-out-when-idle.ts';

/** A stand-in page: blocks whose layout costs `cost` ms each on a clock the test moves. */
function standIn(costs: number[]) {
  let clock = 0;
  const log: string[] = [];
  const blocks = costs.map((cost, i) => ({
    classList: { add: (name: string) => log.push(`${name} ${i}`) },
    getBoundingClientRect: () => {
      clock += cost;
      log.push(`layout ${i}`);
    },
  }));
  const document = {
    querySelectorAll: (selector: string) => {
      expect(selector).toBe(CONTAINED_BLOCKS);
      return blocks;
    },
  } as unknown as Document;
  const idle: (() => void)[] = [];
  layOutWhenIdle(
    document,
    (slice) => idle.push(slice),
    () => clock,
  );
  return { log, idle };
}

describe('layOutWhenIdle', () => {
  it('waits for idle time, then lays out each block in the slice that marks it, stopping once the slice is used', () => {
    const page = standIn([3, 3, 3, 3, 3]);
    expect(page.log, 'nothing before the page is idle').toEqual([]);
    expect(page.idle).toHaveLength(1);
    page.idle.shift()!();
    // 3 blocks reach SLICE_MS (9 ≥ 8): the slice ends there and asks for the next idle period.
    expect(page.log).toEqual([
      `${LAID_OUT_CLASS} 0`,
      'layout 0',
      `${LAID_OUT_CLASS} 1`,
      'layout 1',
      `${LAID_OUT_CLASS} 2`,
      'layout 2',
    ]);
    expect(page.idle).toHaveLength(1);
    page.idle.shift()!();
    expect(page.log.filter((line) => line.startsWith('layout'))).toHaveLength(5);
    expect(page.idle, 'done: no more idle callbacks').toHaveLength(0);
  });

  it('gives a block that outlasts a slice a slice of its own', () => {
    const page = standIn([1, 30, 1]);
    page.idle.shift()!();
    expect(page.log.filter((line) => line.startsWith('layout'))).toEqual(['layout 0', 'layout 1']);
    page.idle.shift()!();
    expect(page.log.filter((line) => line.startsWith('layout'))).toEqual(['layout 0', 'layout 1', 'layout 2']);
    expect(SLICE_MS).toBeLessThan(50 / 4);
  });

  it('asks for no idle time on a page without contained blocks', () => {
    expect(standIn([]).idle).toHaveLength(0);
  });

  it('names the blocks the stylesheet contains, and the stylesheet lays out the ones it marks', () => {
    const css = readFileSync(new URL('../../styles/essay-containment.css', import.meta.url), 'utf8');
    const contained = /(\.essay-body p:[^{]+)\{\s*content-visibility: auto;/.exec(css)?.[1];
    const normalise = (selectors: string) => selectors.replace(/\s+/g, ' ').trim();
    expect(normalise(contained ?? '')).toBe(normalise(CONTAINED_BLOCKS));
    expect(css).toMatch(
      new RegExp(
        `\\.essay-body :is\\(p, h2, h3, \\.katex-display, \\.figure\\)\\.${LAID_OUT_CLASS} \\{\\s*content-visibility: visible;`,
      ),
    );
    expect(css, 'no CSS nesting: older browsers drop the whole rule').not.toMatch(/^\s*&/m);
  });
});
