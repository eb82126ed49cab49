/**
 * `npm run new:essay -- <slug>` writes an essay that builds at once and uses
 * every feature; and the error contract holds in a real `astro build`, not
 * only in the pipeline tests (tests/authoring/). Runs in a temporary copy of
 * the project (node_modules linked), so the working tree is never touched.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../support/linked-node-modules.ts';

const root = process.cwd();
let copy = '';

function npm(args: string[]) {
  return spawnSync('npm', args, {
    cwd: copy,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'open-closed-scaffold-'));
  for (const entry of ['src', 'data', 'public', 'scripts', 'package.json', 'astro.config.mjs', 'tsconfig.json']) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  linkNodeModules(root, copy);
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('npm run new:essay', () => {
  it('refuses a slug that is not lower-case words joined by hyphens', { timeout: 60_000 }, () => {
    const result = npm(['run', '--silent', 'new:essay', '--', 'Bad Slug']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: npm run new:essay -- <slug>');
  });

  it('writes an essay that builds at once and shows every feature', () => {
    const scaffold = npm(['run', '--silent', 'new:essay', '--', 'scaffold-test']);
    expect(scaffold.status, scaffold.stderr).toBe(0);
    const build = npm(['run', 'build']);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const html = readFileSync(join(copy, 'dist/essays/scaffold-test/index.html'), 'utf8');
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
    expect(readFileSync(join(copy, 'dist/essays/scaffold-test/cite.bib'), 'utf8')).toMatch(/^@article\{/);
    // A second run refuses to overwrite.
    expect(npm(['run', '--silent', 'new:essay', '--', 'scaffold-test']).status).toBe(1);
  }, 900_000);

  it('stops a real build with one line naming file:line:col for a misspelled frontmatter key', () => {
    const path = join(copy, 'src/content/essays/scaffold-test.mdx');
    writeFileSync(path, readFileSync(path, 'utf8').replace('draft: false', 'draf: false'));
    const build = npm(['run', 'build']);
    expect(build.status).not.toBe(0);
    const output = build.stdout + build.stderr;
    const line =
      readFileSync(path, 'utf8')
        .split('\n')
        .findIndex((l) => l.startsWith('draf:')) + 1;
    expect(output).toContain(
      `src/content/essays/scaffold-test.mdx:${line}:1 unknown frontmatter key "draf" (did you mean "draft"?)`,
    );
    // One line: no "Location:" block, no stack trace from the MDX plugin after it.
    expect(output).not.toMatch(/Stack trace:|Location:|^\s+at /m);
  }, 300_000);
});
