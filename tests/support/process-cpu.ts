/**
 * CPU seconds used by a process and everything under it, read from Linux's /proc: user + system time of
 * the process and of each live descendant, plus the time of the children each has already reaped.
 *
 * Why: `/usr/bin/time npm test` does not see the shared Chromium's renderers (they are reaped by Chromium's
 * zygote, which outlives the wait), and they do most of the browser project's work; on two cores, the
 * CPU seconds decide how short a run can be (issue 22 §5). `CHROMIUM_CPU=1` makes the browser project's
 * global setup (shared-site.ts) print the shared Chromium's total when it closes.
 *
 * @example
 *   treeCpuSeconds(chromium.process()!.pid!) // 412.7 after a browser project run; undefined off Linux
 */
import { readdirSync, readFileSync } from 'node:fs';

/** user + system time of `pid` and its live descendants and their reaped children, in seconds; undefined without /proc. */
export function treeCpuSeconds(pid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const ticksPerSecond = 100; // USER_HZ: 100 on every Linux ABI node runs on
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const entry of entries) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended while we read
    }
    // After "pid (comm) ": state ppid … ; utime, stime, cutime, cstime are fields 14–17 of proc(5).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    ticks.set(
      Number(entry),
      [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index]), 0),
    );
  }
  if (!ticks.has(pid)) return undefined;
  let total = 0;
  for (const stack = [pid]; stack.length > 0;) {
    const next = stack.pop()!;
    total += ticks.get(next) ?? 0;
    stack.push(...(children.get(next) ?? []));
  }
  return total / ticksPerSecond;
}
