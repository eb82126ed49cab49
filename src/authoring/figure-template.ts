/**
 * The files `npm run new:figure -- <id>` writes: a model function with its
 * test and @example (src/model/<id>.ts), the spec (src/figures/<id>/figure.ts)
 * and its first version (v1.ts), and the registry entry. Together they pass
 * every rule the tests hold a figure to (docs/authoring.md, "Rules the tests
 * enforce"): a key of lower-case letters, finite values at every corner of the
 * parameter box, values in words, colours from the theme, years from
 * formatYear. The author replaces the quantity with theirs.
 */

/** Figure ids become URLs (/figures/<id>/): lower-case words joined by hyphens. */
export const FIGURE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** "distill-retention" → "distillRetention". */
export function camelCase(id: string): string {
  return id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The files of a new figure, by repository path. */
export function figureFiles(id: string, today: string): Record<string, string> {
  const name = camelCase(id);
  const title = id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return {
    [`src/model/${id}.ts`]: `/**
 * ${id}: compound growth, the model behind the figure of the same name. A
 * quantity that grows by a constant factor a year. Replace it with your model
 * and name its source here (author, year, equation or page).
 */

/**
 * The level after \`years\` years of growth by \`growth\`× a year, from \`start\`.
 * @example ${name}Level(1, 2, 3) // 8
 */
export function ${name}Level(start: number, growth: number, years: number): number {
  return start * growth ** years;
}

/**
 * Years for the level to double when it grows by \`growth\`× a year (growth > 1).
 * @example ${name}DoublingYears(2) // 1
 */
export function ${name}DoublingYears(growth: number): number {
  return Math.log(2) / Math.log(growth);
}
`,
    [`src/model/${id}.test.ts`]: `import { describe, expect, it } from 'vitest';
import { ${name}DoublingYears, ${name}Level } from './${id}.ts';

describe('${name}Level', () => {
  it('compounds the growth factor', () => {
    expect(${name}Level(1, 2, 3)).toBe(8);
    expect(${name}Level(5, 1.4, 0)).toBe(5);
  });
});

describe('${name}DoublingYears', () => {
  it('is the time for the level to double', () => {
    expect(${name}DoublingYears(2)).toBe(1);
    const years = ${name}DoublingYears(1.4);
    expect(${name}Level(1, 1.4, years)).toBeCloseTo(2, 12);
  });
});
`,
    [`src/figures/${id}/figure.ts`]: `/**
 * ${id}: a quantity that grows by a constant factor a year, relative to its
 * level in the start year (src/model/${id}.ts). Replace it with what your
 * figure shows, and name the source of every number.
 */
import * as Plot from '@observablehq/plot';
import { ${name}DoublingYears, ${name}Level } from '../../model/${id}.ts';
import { formatNumber, formatYear } from '../format.ts';
import { yearAxis } from '../layout/year-axis.ts';
import { defineFigure } from '../spec.ts';
import { theme } from '../theme.ts';

const START_YEAR = 2025;
const END_YEAR = 2035;
type Key = 'growth';

export function ${name}Figure(options: { version: number; date: string; changes: string }) {
  return defineFigure<Key>({
    id: '${id}',
    ...options,
    title: '${title}',
    titleHolds: 'It names what the figure shows; a title that claims a result needs titleFails instead.',
    caption: \`A quantity that grows by a constant factor a year, relative to \${formatYear(START_YEAR)}.\`,
    params: {
      growth: {
        label: 'Growth a year',
        symbol: 'g',
        unit: '×/yr',
        description: 'Annual growth factor of the quantity.',
        default: 1.4,
        min: 1.05,
        max: 3,
        step: 0.05,
        scale: 'linear',
        source: 'Replace with the source of this default and range (author, year, page)',
      },
    },
    constants: [{ label: 'Start year', value: START_YEAR, unit: 'year', source: 'Chosen' }],
    datasets: [],
    columns: [
      { name: 'year', label: 'Year', unit: '', description: 'Calendar year', digits: 4 },
      {
        name: 'level',
        label: 'Level',
        unit: \`× \${START_YEAR}\`,
        description: 'Level relative to the start year',
        digits: 3,
      },
    ],
    values: {
      doublingYears: {
        label: 'Years for the level to double',
        compute: (p) => ${name}DoublingYears(p.growth),
        format: (v) => \`\${formatNumber(v, 2)} years\`,
      },
    },
    cases: {
      pace: {
        label: 'Whether the level doubles within two years',
        options: ['fast', 'slow'],
        compute: (p) => (${name}DoublingYears(p.growth) <= 2 ? 'fast' : 'slow'),
      },
    },
    table: (p) =>
      Array.from({ length: END_YEAR - START_YEAR + 1 }, (_, t) => ({
        year: START_YEAR + t,
        level: ${name}Level(1, p.growth, t),
      })),
    plot: (_p, rows, _band, frame) => ({
      x: { ...yearAxis([START_YEAR, END_YEAR], { width: frame?.width ?? 640, marginLeft: 50 }), label: null },
      y: { type: 'log', label: \`Level (× \${START_YEAR})\`, grid: true },
      marginLeft: 50,
      marks: [Plot.lineY(rows, { x: 'year', y: 'level', stroke: theme.frontier, strokeWidth: 2 })],
    }),
    alt: (p, rows) =>
      \`The level grows \${formatNumber(p.growth, 3)}-fold a year, from 1 in \${formatYear(START_YEAR)} to \${formatNumber(rows.at(-1)?.level ?? 1, 3)} times that in \${formatYear(END_YEAR)}.\`,
  });
}
`,
    [`src/figures/${id}/v1.ts`]: `/** ${id} v1. */
import { ${name}Figure } from './figure.ts';

export default ${name}Figure({ version: 1, date: '${today}', changes: 'First version.' });
`,
  };
}

/**
 * The registry with a new figure's first version added: its import after the last version import,
 * and its entry at the end of figureVersions. Throws when the registry's shape is not recognised.
 * @example addToRegistry(registryText, 'distill-retention') // '…import distillRetentionV1 from './distill-retention/v1.ts';…'
 */
export function addToRegistry(registry: string, id: string): string {
  const name = `${camelCase(id)}V1`;
  const imports = [...registry.matchAll(/^import \w+ from '\.\/[\w-]+\/v\d+\.ts';$/gm)];
  const last = imports.at(-1);
  const list = registry.match(/export const figureVersions[^=]*= \[\n([\s\S]*?)\n\];/);
  if (last?.index === undefined || list?.index === undefined)
    throw new Error('src/figures/registry.ts: could not find its version imports and figureVersions list to add to');
  const importEnd = last.index + last[0].length;
  const withImport = `${registry.slice(0, importEnd)}\nimport ${name} from './${id}/v1.ts';${registry.slice(importEnd)}`;
  return withImport.replace(/(export const figureVersions[^=]*= \[\n[\s\S]*?)\n\];/, `$1\n  ${name},\n];`);
}
