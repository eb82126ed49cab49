/**
 * Plot's text mark without wrapping and clipping (plot-text-unwrapped.ts): the transformed text.js does what Plot's
 * does for a text without a finite lineWidth, throws where Plot's would wrap or clip, and refuses a changed Plot.
 * That no figure gives a text a lineWidth is held by plot-narrowed.test.ts, over every version's reachable states.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { textWithoutWrapping } from './plot-text-unwrapped.ts';

const require = createRequire(import.meta.url);
const realFile = join(dirname(require.resolve('@observablehq/plot')), 'marks', 'text.js');
const scratch = mkdtempSync(join(tmpdir(), 'plot-text-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type TextModule = Record<string, (...args: unknown[]) => unknown> & { Text: new (...args: unknown[]) => object };

/** The browser's text.js, evaluated in Node: its imports pointed at Plot's files and d3 by absolute URL. */
async function browserText(): Promise<TextModule> {
  const marks = pathToFileURL(dirname(realFile)).href;
  const code = textWithoutWrapping(readFileSync(realFile, 'utf8'))
    .replaceAll('from "../', `from "${marks}/../`)
    .replaceAll('from "./', `from "${marks}/`)
    .replaceAll('from "d3"', `from "${pathToFileURL(require.resolve('d3')).href}"`);
  const file = join(scratch, 'text.mjs');
  writeFileSync(file, code);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as TextModule;
}

describe('Plot text without wrapping (browser build)', () => {
  it('splits and keeps a text without a lineWidth as Plot does', async () => {
    const text = await browserText();
    const real = (await import(/* @vite-ignore */ pathToFileURL(realFile).href)) as TextModule;
    for (const options of [{ lineWidth: Infinity }, { lineWidth: Infinity, textOverflow: 'ellipsis' }]) {
      const split = text.splitter!(options) as (t: string) => string[];
      const realSplit = real.splitter!(options) as (t: string) => string[];
      expect(split('one\ntwo\r\nthree')).toEqual(realSplit('one\ntwo\r\nthree'));
      expect((text.clipper!(options) as (t: string) => string)('a long label')).toBe('a long label');
    }
    const mark = new text.Text([{ name: 'GPT-4' }], { x: 1, y: 2, text: 'name' }) as { lineWidth: number };
    expect(mark.lineWidth).toBe(Infinity);
  });

  it('throws, naming the file, where Plot would wrap or clip', async () => {
    const text = await browserText();
    expect(() => new text.Text([], { lineWidth: 10 })).toThrow(/wrapped to a lineWidth .*plot-text-unwrapped/);
    expect(() => new text.Text([], { lineWidth: 10, textOverflow: 'ellipsis' })).toThrow(
      /clipped by textOverflow .*plot-text-unwrapped/,
    );
  });

  it('leaves the measuring code unreferenced, for the bundler to drop', () => {
    const code = textWithoutWrapping(readFileSync(realFile, 'utf8'));
    const calls = (name: string) => code.split(`${name}(`).length - 1;
    // Each measuring function is now only defined, never called.
    expect(calls('splitterMeasuring')).toBe(1);
    expect(calls('clipperMeasuring')).toBe(1);
  });

  it('refuses a text.js whose splitter or clipper changed', () => {
    expect(() => textWithoutWrapping('export function splitter() {}')).toThrow(/no longer has splitter/);
  });
});
