/**
 * A home machine in a future year: the memory of the largest home AI machine
 * grows by a factor a year, and everything else about what it can run follows
 * from memory (edge.ts). In the local-devices dataset the largest home
 * machines went from 24 GB (GeForce RTX 3090, 2020) to 512 GB (Mac Studio
 * M3 Ultra, 2025); machines at a common price point grew more slowly.
 */

/**
 * Memory in `year` of a machine line with `memoryGB` in `year0`, growing `growth`× a year.
 *
 * @example projectedMemoryGB({ memoryGB: 128, year0: 2025, growth: 1.25 }, 2030) // ≈ 391
 */
export function projectedMemoryGB(machine: { memoryGB: number; year0: number; growth: number }, year: number): number {
  return machine.memoryGB * machine.growth ** (year - machine.year0);
}

/**
 * Annual growth factor of the largest memory among machines released by each
 * year: the least-squares slope of log(memory) on year over the running maxima.
 * NaN with fewer than two distinct years.
 *
 * @example recordMemoryGrowth([{ year: 2020, memoryGB: 24 }, { year: 2023, memoryGB: 192 }, { year: 2025, memoryGB: 512 }]) // ≈ 1.85
 */
export function recordMemoryGrowth(devices: readonly { year: number; memoryGB: number }[]): number {
  const byYear = new Map<number, number>();
  for (const d of devices) byYear.set(d.year, Math.max(byYear.get(d.year) ?? 0, d.memoryGB));
  const years = [...byYear.keys()].sort((a, b) => a - b);
  if (years.length < 2) return NaN;
  let best = 0;
  const points = years.map((year) => {
    best = Math.max(best, byYear.get(year)!);
    return { x: year, y: Math.log(best) };
  });
  const mx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const my = points.reduce((s, p) => s + p.y, 0) / points.length;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return Math.exp(sxy / sxx);
}
