import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { treeCpuSeconds } from './process-cpu.ts';

describe('treeCpuSeconds', () => {
  it('counts the CPU of a child its process has already reaped', { timeout: 60_000 }, async () => {
    // A shell whose node child spins for 0.2 s of its own CPU and ends; the shell then waits, still running.
    const spin = 'const u = () => process.cpuUsage().user; const start = u(); while (u() - start < 200_000);';
    const shell = spawn('sh', ['-c', `"${process.execPath}" -e "${spin}"; echo spun; sleep 60`]);
    await once(shell.stdout, 'data');
    const seconds = treeCpuSeconds(shell.pid!);
    shell.kill();
    expect(seconds).toBeGreaterThanOrEqual(0.2);
  });

  it('is undefined for a process that does not exist', () => {
    expect(treeCpuSeconds(2 ** 22 + 1)).toBeUndefined();
  });
});
