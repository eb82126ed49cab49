/**
 * Clean build time: `npm run build` from an empty dist/ and empty Astro and
 * Vite caches (.astro/, node_modules/.astro/, node_modules/.vite/), wall clock,
 * median of `runs` builds. The last build is the dist/ the rest of the bench measures.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { median } from './numbers.ts';

const CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'];

export interface BuildTime {
  medianMs: number;
  runsMs: number[];
}

function cleanBuild(): number {
  for (const path of CACHES) rmSync(path, { recursive: true, force: true });
  const start = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const ms = performance.now() - start;
  if (build.status !== 0) {
    process.stderr.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    throw new Error(`npm run build failed (${build.error?.message ?? `exit code ${build.status}`})`);
  }
  return ms;
}

export function measureBuild(runs: number): BuildTime {
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    runsMs.push(cleanBuild());
    console.log(`  clean build ${run + 1}/${runs}: ${(runsMs.at(-1)! / 1000).toFixed(1)} s`);
  }
  return { medianMs: median(runsMs), runsMs };
}
