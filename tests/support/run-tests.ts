/**
 * `npm test`: every check, in two chains that run side by side so both cores
 * stay busy (issue 22 §5). Nothing is skipped; only the order changes:
 *
 *   site:   build (astro build → dist/)  →  dist tests (vitest: build + browser projects)
 *   source: lint (prettier, eslint)  →  unit tests (vitest: unit project)  →  check (astro check)
 *
 * The site chain is the long one, so it starts first. `astro check` waits
 * for the build because both write .astro/ (the generated types); the unit
 * tests and the linters read only the sources. Each line of output is
 * prefixed with its step; a summary gives each step's time and exit code.
 * Exits 1 if any step failed. Every step runs whatever the others did, except
 * the dist tests, which need the build: one run reports every failing step.
 *
 * @example
 *   npm test                      # both chains
 *   node tests/support/run-tests.ts lint unit   # only these steps (still in chain order)
 */
import { spawn } from 'node:child_process';

interface Step {
  name: string;
  script: string;
  /** Runs only if this earlier step of its chain passed (the dist tests need the build). */
  needs?: string;
  /** Starts only once this step (of the other chain) has ended, passed or not. */
  after?: string;
}

/** The npm scripts each step runs (package.json "scripts"). */
const CHAINS: Step[][] = [
  [
    { name: 'build', script: 'build' },
    { name: 'dist', script: 'test:dist', needs: 'build' },
  ],
  [
    { name: 'lint', script: 'lint' },
    { name: 'unit', script: 'test:unit' },
    // astro check and astro build both write .astro/.
    { name: 'check', script: 'check', after: 'build' },
  ],
];

/** Each step's end, for `after`. */
const ended = new Map<string, { promise: Promise<void>; resolve: () => void }>();
for (const step of CHAINS.flat()) {
  let resolve = () => {};
  const promise = new Promise<void>((done) => (resolve = done));
  ended.set(step.name, { promise, resolve });
}

interface Outcome {
  name: string;
  code: number;
  seconds: number;
}

function run(step: Step): Promise<Outcome> {
  const started = Date.now();
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', step.script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = `[${step.name}] `;
    for (const [stream, out] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) out.write(prefix + line + '\n');
      });
      stream.on('end', () => {
        if (rest) out.write(prefix + rest + '\n');
      });
    }
    child.on('close', (code, signal) =>
      done({ name: step.name, code: code ?? (signal ? 1 : 0), seconds: (Date.now() - started) / 1000 }),
    );
  });
}

async function runChain(chain: Step[], outcomes: Outcome[]): Promise<void> {
  for (const step of chain) {
    if (step.after && chains.flat().some((other) => other.name === step.after)) await ended.get(step.after)!.promise;
    if (step.needs && !outcomes.some((o) => o.name === step.needs && o.code === 0)) {
      ended.get(step.name)!.resolve();
      continue;
    }
    const outcome = await run(step);
    ended.get(step.name)!.resolve();
    outcomes.push(outcome);
    console.log(
      `[${step.name}] ${outcome.code === 0 ? 'passed' : `FAILED (exit ${outcome.code})`} in ${outcome.seconds.toFixed(0)} s`,
    );
  }
}

const only = process.argv.slice(2);
const known = CHAINS.flat().map((step) => step.name);
const unknown = only.filter((name) => !known.includes(name));
if (unknown.length > 0) {
  console.error(`run-tests: unknown step ${unknown.join(', ')}; the steps are ${known.join(', ')}.`);
  process.exit(2);
}
const chains = CHAINS.map((chain) => chain.filter((step) => only.length === 0 || only.includes(step.name)));
const started = Date.now();
const outcomes: Outcome[] = [];
await Promise.all(chains.map((chain) => runChain(chain, outcomes)));
const failed = outcomes.filter((outcome) => outcome.code !== 0);
const notRun = chains.flat().filter((step) => !outcomes.some((outcome) => outcome.name === step.name));
console.log(
  `\nnpm test: ${outcomes.map((o) => `${o.name} ${o.code === 0 ? 'ok' : 'FAILED'} ${o.seconds.toFixed(0)} s`).join(', ')}` +
    `${notRun.length > 0 ? `; not run (the build failed): ${notRun.map((step) => step.name).join(', ')}` : ''}` +
    `; ${((Date.now() - started) / 1000).toFixed(0)} s in all`,
);
process.exit(failed.length > 0 || notRun.length > 0 ? 1 : 0);
