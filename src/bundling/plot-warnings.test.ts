/** Plot's warnings in the browser build: every call stays, with its place in Plot's source for words. */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { plotSourceFile, shortPlotWarnings } from './plot-warnings.ts';

const PLOT_SRC = new URL('../../node_modules/@observablehq/plot/src/', import.meta.url);
const plotFiles = () =>
  readdirSync(PLOT_SRC, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));

describe('shortPlotWarnings', () => {
  it('keeps each warn() call and its check, naming the file and line of its words', () => {
    const code =
      'if (x) warn(`Warning: the ${k}-axis ticks … Try different ticks?`); // prettier-ignore\nwarn(\n  `Warning: a ${b} c`\n);';
    expect(shortPlotWarnings(code, 'marks/axis.js')).toBe(
      'if (x) warn("Plot warning, marks/axis.js:1 (src/bundling/plot-warnings.ts)"); // prettier-ignore\n' +
        'warn("Plot warning, marks/axis.js:2 (src/bundling/plot-warnings.ts)");',
    );
  });

  it("shortens every warning in Plot's source, and nothing else", () => {
    let warnings = 0;
    for (const file of plotFiles()) {
      const code = readFileSync(new URL(file, PLOT_SRC), 'utf8');
      const short = shortPlotWarnings(code, file);
      warnings += (code.match(/`Warning: /g) ?? []).length;
      // No warning's words are left, and the code around them is untouched (same lines, same calls).
      expect(short, file).not.toContain('`Warning: ');
      expect(short.replace(/warn\("Plot warning, [^"]+"\)/g, 'warn()'), file).toBe(
        code.replace(/\bwarn\(\s*`Warning: [^`]*`\s*\)/g, 'warn()'),
      );
    }
    expect(warnings).toBeGreaterThanOrEqual(9); // Plot's warnings are found: the check above is not vacuous
  });

  it('names the right line of Plot', () => {
    const code = readFileSync(new URL('marks/axis.js', PLOT_SRC), 'utf8');
    const [, line] = /Plot warning, marks\/axis\.js:(\d+)/.exec(shortPlotWarnings(code, 'marks/axis.js'))!;
    expect(code.split('\n')[Number(line) - 1]).toContain('`Warning: the ${k}-axis ticks');
  });
});

describe('plotSourceFile', () => {
  it("names a file of Plot's source, and nothing else", () => {
    expect(plotSourceFile('/p/node_modules/@observablehq/plot/src/marks/axis.js')).toBe('marks/axis.js');
    expect(plotSourceFile('/p/node_modules/d3-color/dist/d3-color.mjs')).toBeUndefined();
  });
});
