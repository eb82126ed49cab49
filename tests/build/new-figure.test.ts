/**
 * `npm run new:figure -- <id>` and `npm run new:essay -- <slug>` end to end, in
 * a clone of the repository with the working tree committed on top: scaffold a
 * figure, record it with `npm run figures`, change it while it is a draft, pass
 * the figure and model checks; scaffold one essay left as written and one that
 * uses the new figure, and build the site once for both (a build of the site
 * costs ~40 CPU-s, and the two scaffolds were two files with a copy and a build
 * each); see the error contract hold in a real `astro build`; then commit the
 * figure and see it refused to change (published).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/linked-node-modules.ts';

const ROOT = process.cwd();
const work = mkdtempSync(join(tmpdir(), 'new-figure-'));
const copy = join(work, 'clone');
const ID = 'scaffold-growth';
/** The essay `new:essay` writes, built as it is written. */
const ESSAY = 'scaffold-test';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', ...args], {
    cwd: copy,
    encoding: 'utf8',
    stdio: 'pipe',
  });
const npm = (...args: string[]) =>
  spawnSync('npm', ['run', '--silent', ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ASTRO_TELEMETRY_DISABLED: '1' },
  });
const read = (path: string) => readFileSync(join(copy, path), 'utf8');
const lockEntry = () =>
  (JSON.parse(read('src/figures/figures.lock.json')) as { figures: Record<string, { outputs: object }> }).figures[
    `${ID}/v1`
  ];
const restyle = (from: string, to: string) => {
  const path = join(copy, `src/figures/${ID}/figure.ts`);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
};

beforeAll(() => {
  execFileSync('git', ['clone', '-q', '--no-hardlinks', ROOT, copy]);
  const status = execFileSync('git', ['status', '--porcelain', '-z', '--untracked-files=all'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  for (const file of status
    .split('\0')
    .filter(Boolean)
    .map((line) => line.slice(3))) {
    if (!existsSync(join(ROOT, file))) rmSync(join(copy, file), { force: true });
    else {
      mkdirSync(dirname(join(copy, file)), { recursive: true });
      cpSync(join(ROOT, file), join(copy, file));
    }
  }
  git('add', '-A');
  git('commit', '-q', '--allow-empty', '-m', 'working tree');
  linkNodeModules(ROOT, copy);
  writeFileSync(join(copy, '.git/info/exclude'), 'node_modules\n');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }), 60_000);

// The bound of a hung test, not a timing: the two full builds below run beside the browser files in npm test,
// and at a load of 30 on two cores one build took more than the 600 s this was.
describe('npm run new:figure and new:essay', { timeout: 1_200_000 }, () => {
  it('refuses an id that is not lower-case words joined by hyphens', () => {
    const run = npm('new:figure', '--', 'Bad Id');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: npm run new:figure -- <id>');
  });

  it('scaffolds the model, its test, the spec, v1 and the registry entry, and refuses to do it twice', () => {
    const run = npm('new:figure', '--', ID);
    expect(run.status, run.stderr).toBe(0);
    for (const path of [`src/model/${ID}.ts`, `src/model/${ID}.test.ts`, `src/figures/${ID}/figure.ts`])
      expect(run.stdout).toContain(`wrote ${path}`);
    expect(read('src/figures/registry.ts')).toContain(`import scaffoldGrowthV1 from './${ID}/v1.ts';`);
    expect(read(`src/model/${ID}.ts`)).toContain('@example');
    expect(npm('new:figure', '--', ID).stderr).toContain(`already has a figure "${ID}"`);
  });

  it('stops the build, before any page, naming its spec file and the command, until it is recorded', () => {
    const check = spawnSync(process.execPath, ['scripts/check-history.ts'], { cwd: copy, encoding: 'utf8' });
    expect(check.status).toBe(1);
    expect(check.stderr.trim().split('\n')).toEqual([
      `✗ Figure ${ID}/v1 (src/figures/${ID}/v1.ts) is not in src/figures/figures.lock.json: run \`npm run figures\` to record it and its snapshot.`,
    ]);
  });

  it('is recorded by `npm run figures`, lock entry and snapshot, as a draft that may change', () => {
    const first = npm('figures');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain(`wrote snapshot tests/figures/snapshots/${ID}-v1.svg`);
    expect(first.stdout).toMatch(new RegExp(`${ID}/v1 +draft `));
    const recorded = lockEntry();
    const snapshot = read(`tests/figures/snapshots/${ID}-v1.svg`);
    restyle('strokeWidth: 2', 'strokeWidth: 3');
    const stale = spawnSync(process.execPath, ['scripts/check-history.ts'], { cwd: copy, encoding: 'utf8' });
    expect(stale.stderr).toContain(
      `✗ ${ID}/v1 is a draft (not in the lock at git HEAD) whose files changed since \`npm run figures\` recorded it: run \`npm run figures\` again.`,
    );
    const second = npm('figures');
    expect(second.status, second.stderr).toBe(0);
    expect(lockEntry()?.outputs).not.toEqual(recorded?.outputs);
    expect(read(`tests/figures/snapshots/${ID}-v1.svg`)).not.toBe(snapshot);
  });

  it('passes the figure and model checks as scaffolded', () => {
    const run = spawnSync(
      'npm',
      [
        'exec',
        '--',
        'vitest',
        'run',
        '--project',
        'unit',
        `src/model/${ID}.test.ts`,
        'tests/figures/specs.test.ts',
        'tests/figures/value-words.test.ts',
        'tests/figures/snapshots.test.ts',
        'tests/model/doc-comments.test.ts',
        // Only the new figure's and model's cases: the other figures' are the unit project's.
        '-t',
        'scaffold-growth|scaffoldGrowth',
      ],
      { cwd: copy, encoding: 'utf8' },
    );
    expect(run.status, run.stdout.slice(-3000)).toBe(0);
    // eslint-disable-next-line no-control-regex
    const passed = /Tests\s+(\d+) passed/.exec(run.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1];
    expect(Number(passed), 'the filter kept the new figure’s checks').toBeGreaterThanOrEqual(10);
  });

  it('refuses an essay slug that is not lower-case words joined by hyphens', () => {
    const run = npm('new:essay', '--', 'Bad Slug');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage: npm run new:essay -- <slug>');
  });

  // One build for the next three tests: an essay as `new:essay` writes it, and one using the new figure.
  it('builds the site with a new essay as scaffolded and another using the new figure', () => {
    const scaffold = npm('new:essay', '--', ESSAY);
    expect(scaffold.status, scaffold.stderr).toBe(0);
    expect(npm('new:essay', '--', 'scaffold-figure-essay').status).toBe(0);
    const essay = join(copy, 'src/content/essays/scaffold-figure-essay.mdx');
    writeFileSync(
      essay,
      `${readFileSync(essay, 'utf8')}\nThe level doubles in <FigureValue figure="${ID}" value="doublingYears" />.\n\n<Figure id="${ID}" />\n`,
    );
    const build = npm('build');
    expect(build.status, (build.stdout + build.stderr).slice(-3000)).toBe(0);
  });

  it('writes an essay that builds at once and shows every feature', () => {
    const html = read(`dist/essays/${ESSAY}/index.html`);
    expect(html).toContain('class="cite"'); // citation with preview
    expect(html).toContain('id="ref-gundlach-2025"'); // generated reference list
    expect(html).toContain('class="sidenote"'); // footnote as sidenote
    expect(html).toContain('class="katex"'); // maths
    expect(html).toMatch(/href="#eq-loss"[^>]*>Equation 1</); // equation cross-reference
    expect(html).toMatch(/href="#fig-main"[^>]*>Figure 1</); // figure cross-reference
    expect(html).toContain('data-figure-value='); // number from the figure
    expect(html).toContain('class="preset-value"'); // a preset's value in prose
    expect(html).toContain('class="parameter-value"'); // a cited number from the registry
    expect(html).toContain('class="claim"'); // a checked claim
    expect(html.match(/class="believe"/g)).toHaveLength(2); // <Believe> and <BelieveNote>
    expect(html).toMatch(/data-figure="meek-loss-gap"[\s\S]*data-figure="meek-capability-gap"/); // two figures sharing g_i
    expect(html).toContain('class="figure-cases"'); // whole sentences per case
    expect(read(`dist/essays/${ESSAY}/cite.bib`)).toMatch(/^@article\{/);
    // A second run refuses to overwrite.
    expect(npm('new:essay', '--', ESSAY).status).toBe(1);
  });

  it('builds in an essay, with its permalink page', () => {
    expect(existsSync(join(copy, `dist/figures/${ID}/v1/index.html`))).toBe(true);
    expect(read('dist/essays/scaffold-figure-essay/index.html')).toContain(`data-figure="${ID}"`);
  });

  it('stops a real build with one line naming file:line:col for a misspelled frontmatter key', () => {
    const path = join(copy, `src/content/essays/${ESSAY}.mdx`);
    const written = readFileSync(path, 'utf8');
    writeFileSync(path, written.replace('draft: false', 'draf: false'));
    const build = npm('build');
    writeFileSync(path, written); // the essay as scaffolded again, for the commit below
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('draft:')) + 1;
    expect(output).toContain(
      `src/content/essays/${ESSAY}.mdx:${line}:1 unknown frontmatter key "draf" (did you mean "draft"?)`,
    );
    // One line: no "Location:" block, no stack trace from the MDX plugin after it.
    expect(output).not.toMatch(/Stack trace:|Location:|^\s+at /m);
  });

  it('once committed is published: a change is refused', () => {
    git('add', '-A');
    git('commit', '-q', '-m', `publish ${ID}`);
    restyle('strokeWidth: 3', 'strokeWidth: 2.5');
    const run = npm('figures');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${ID}/v1: figure.svg changed`);
    expect(run.stderr).toContain('publish a new version');
  });
});
