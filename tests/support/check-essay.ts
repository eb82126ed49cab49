/**
 * `npm run check:essay -- <slug>`: the quick loop for one essay (issue 22 §5).
 * Builds the site and tests the essay and its figures, in this order:
 *
 *   1. unit   each figure's spec tests and SVG snapshots (tests/figures, narrowed to
 *             the figures by test name), and the tests beside each figure's code and
 *             the model files it imports
 *   2. build  `astro build` (the whole site: Astro builds no single page), then the
 *             build tests over dist/, except the two that build the site again
 *             (reproducible, new-figure: `npm test` runs them)
 *   3. browser the per-page browser checks (axe, CSP, every-page, phone layout,
 *             island) on the essay's page and its figures' pages only (CHECK_PAGES,
 *             tests/support/site-pages.ts), and every browser test file that names
 *             the essay or one of its figures
 *
 * It stops at the first failing step. `npm test` still runs everything.
 *
 * @example
 *   npm run check:essay -- meek-models
 *   npm run check:essay -- meek-models --dry-run   # print the plan, run nothing
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { essayPlan, type EssayPlan } from './essay-plan.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function fail(message: string): never {
  console.error(`check:essay: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const slugs = args.filter((arg) => arg !== '--dry-run');
if (slugs.length !== 1)
  fail('usage: npm run check:essay -- <slug>   (an essay in src/content/essays/, e.g. meek-models)');

let plan: EssayPlan;
try {
  plan = essayPlan(ROOT, slugs[0]!);
} catch (error) {
  fail((error as Error).message);
}

/** The vitest and npm runs, in order. */
type Run = [label: string, command: string, args: string[], environment: Record<string, string>];
const vitest = (project: string, files: string[], ...rest: string[]) => [
  'exec',
  '--',
  'vitest',
  'run',
  // The unit files that replace modules run in a project of their own (tests/support/unit-isolation.ts).
  ...(project === 'unit' ? ['--project', 'unit', '--project', 'unit-mocks'] : ['--project', project]),
  ...files,
  ...rest,
];
const runs: Run[] = [
  ...(plan.figures.length > 0
    ? [
        [
          'unit: the figures’ specs and snapshots',
          'npm',
          vitest('unit', plan.figureSuites, '-t', plan.testNamePattern),
          {},
        ] satisfies Run,
      ]
    : []),
  ...(plan.unitFiles.length > 0
    ? [['unit: tests beside the figures’ code and models', 'npm', vitest('unit', plan.unitFiles), {}] satisfies Run]
    : []),
  ['build', 'npm', ['run', 'build'], {}],
  ['build tests', 'npm', vitest('build', plan.buildFiles), {}],
  [
    'browser tests on the essay’s pages',
    'npm',
    vitest('browser', plan.browserFiles),
    { CHECK_PAGES: plan.pagePrefixes.join(',') },
  ],
];

console.log(`check:essay ${plan.slug}: figures ${plan.figures.join(', ') || '(none)'}`);
console.log(`pages: ${plan.pagePrefixes.join(' ')}`);
const started = Date.now();
for (const [label, command, commandArgs, environment] of runs) {
  const shown = `${Object.entries(environment)
    .map(([key, value]) => `${key}=${value} `)
    .join('')}${command} ${commandArgs.join(' ')}`;
  console.log(`\n▶ ${label}\n  ${shown}`);
  if (dryRun) continue;
  const run = spawnSync(command, commandArgs, {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...environment },
  });
  if (run.status !== 0) {
    console.error(`\ncheck:essay ${plan.slug}: ✗ ${label} failed (exit ${run.status ?? run.signal})`);
    process.exit(1);
  }
}
if (!dryRun) console.log(`\ncheck:essay ${plan.slug}: ✓ all passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
