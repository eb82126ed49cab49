/**
 * Freezing a superseded version from git. When an author changes a figure's
 * code and adds v<N+1>, version N no longer renders as published; its bytes
 * live in the commit that last drew it. This renders the requested versions
 * from a clean export of git HEAD (node_modules linked), and returns their
 * files only if they hash as the figure lock records; otherwise it says
 * exactly what to do by hand.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sha256 } from '../../history/provenance.ts';
import type { FigureArtifacts } from './artifacts.ts';
import type { LockRecord } from './lock.ts';

// Runs inside the exported tree: renders versions with that tree's own code, wherever it kept it.
const RENDER_SCRIPT = `
import { existsSync } from 'node:fs';
const pick = (...paths) => paths.find((p) => existsSync(new URL(p, import.meta.url)));
const { figureVersions } = await import('./src/figures/registry.ts');
const artifacts = await import(pick('./src/figures/publishing/artifacts.ts', './src/figures/publishing/artifacts.ts'));
const files = await import(pick('./src/figures/publishing/lock-files.ts', './src/figures/publishing/lock-files.ts'));
const context = files.renderContextFromDisk();
const out = {};
for (const spec of figureVersions) {
  const key = spec.id + '/v' + spec.version;
  if (process.argv.slice(2).includes(key)) out[key] = artifacts.renderFigureArtifacts(spec, context, files.figureDataFromDisk(spec));
}
process.stdout.write(JSON.stringify(out));
`;

export interface HistoryFreeze {
  readonly frozen: Record<string, FigureArtifacts>;
  readonly problems: string[];
}

function manualSteps(key: string): string {
  const [id, version] = key.split('/');
  return `To freeze ${key} by hand: \`git stash\`, run \`npm run figures\` on the committed code after registering v<N+1> as an unchanged copy, commit src/figures/frozen/${id}/${version}/, then \`git stash pop\` and run \`npm run figures\` again.`;
}

/** Renders `keys` ("id/vN") from git HEAD of the repository at `root` and checks them against the lock. */
export function freezeFromGit(root: string, keys: readonly string[], lock: Record<string, LockRecord>): HistoryFreeze {
  const frozen: Record<string, FigureArtifacts> = {};
  const problems: string[] = [];
  if (keys.length === 0) return { frozen, problems };
  const work = mkdtempSync(join(tmpdir(), 'figures-head-'));
  try {
    const archive = join(work, 'head.tar');
    execFileSync('git', ['archive', '--format=tar', '-o', archive, 'HEAD'], { cwd: root, stdio: 'pipe' });
    const tree = join(work, 'tree');
    execFileSync('mkdir', ['-p', tree]);
    execFileSync('tar', ['-xf', archive, '-C', tree]);
    if (existsSync(join(root, 'node_modules')))
      symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    writeFileSync(join(tree, 'render-versions.mjs'), RENDER_SCRIPT);
    const output = execFileSync(process.execPath, ['render-versions.mjs', ...keys], {
      cwd: tree,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rendered = JSON.parse(output) as Record<string, FigureArtifacts>;
    for (const key of keys) {
      const files = rendered[key];
      const recorded = lock[key];
      if (!files || !recorded) {
        problems.push(`${key}: git HEAD has no such version to freeze. ${manualSteps(key)}`);
        continue;
      }
      const mismatched = (['figure.svg', 'data.csv'] as const).filter((f) => sha256(files[f]) !== recorded.outputs[f]);
      if (mismatched.length > 0) {
        problems.push(
          `${key}: the code at git HEAD does not draw what was published (${mismatched.join(', ')} differ from the lock); commit nothing that changed it, or restore it. ${manualSteps(key)}`,
        );
        continue;
      }
      frozen[key] = files;
    }
  } catch (error) {
    const detail =
      (error as { stderr?: string }).stderr?.toString().trim().split('\n').slice(-3).join(' ') ?? String(error);
    for (const key of keys) problems.push(`${key}: could not render it from git HEAD (${detail}). ${manualSteps(key)}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { frozen, problems };
}
