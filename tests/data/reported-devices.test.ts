/**
 * The parameter registry's numbers about home machines (src/model/parameters/reported-numbers.ts) are the ones
 * local-devices v1 records: the edge essay prints them from the registry, and the device-frontier figure reads
 * the same rows, so the two must not drift apart.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parameter } from '../../src/model/parameters/index.ts';

const localDevices = JSON.parse(
  readFileSync(new URL('../../data/local-devices/v1/local-devices.json', import.meta.url), 'utf8'),
) as { device: string; memory_gb: number; price_usd: number | null }[];
const row = (prefix: string) => localDevices.find((d) => d.device.startsWith(prefix))!;

describe('reported numbers about home machines', () => {
  it('give the Framework Desktop the memory and launch price local-devices v1 records', () => {
    expect(parameter('framework_desktop_memory').default).toBe(row('Framework Desktop').memory_gb);
    expect(parameter('framework_desktop_price').default).toBe(row('Framework Desktop').price_usd);
    // The entry's note says the DGX Spark has the same memory.
    expect(row('DGX Spark').memory_gb).toBe(row('Framework Desktop').memory_gb);
  });
});
