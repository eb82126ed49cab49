/**
 * Sentences that compare numbers the essays print from this registry, so a new value could turn them false while
 * every printed number stays right:
 * - incentives: Epoch AI's 4–5× a year of frontier compute over Cottier et al.'s 2.4× a year of cost means the
 *   frontier's cost per FLOP "falls about twice as fast as the list price-performance of GPUs" (Hobbhahn &
 *   Besiroglu's ML GPUs): the two falls, in log terms, are 1.5–2.2 apart across Epoch AI's range;
 * - meek: the cost reading of gᵢ gives compute "growing about 3.4×, below what Epoch AI measured" (4–5×), and
 *   Epoch AI's range over hardware's 1.4× is "a gᵢ from 2.86 up to the paper's value as we read it".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PARAMETERS, type Parameter } from '../../src/model/parameters/index.ts';

const essay = (name: string) => readFileSync(`src/content/essays/${name}.mdx`, 'utf8').replace(/\s+/g, ' ');
const param = (id: string): Parameter => PARAMETERS.find((p) => p.id === id)!;
/** The value a source gives a parameter, as <ParameterValue> prints it: an anchor of that source, or the default. */
function from(id: string, source: string): number {
  const p = param(id);
  const anchor = p.anchors?.find((a) => a.source.key === source);
  if (anchor) return anchor.value;
  expect(p.source.key).toBe(source);
  return p.default;
}
/** The interval a source publishes for a parameter. */
function published(id: string, source: string): [number, number] {
  const p = param(id).published!;
  expect(p.key).toBe(source);
  return [p.low, p.high];
}

describe('comparisons the essays draw between registry values', () => {
  it('incentives: the frontier’s cost per FLOP falls about twice as fast as GPU price-performance', () => {
    expect(essay('incentives-and-compute-cost')).toContain(
      "frontier's cost per FLOP falls about twice as fast as the list price-performance of GPUs",
    );
    const cost = from('training_cost_growth', 'cottier-2024');
    const gpus = from('g_h', 'hobbhahn-2022');
    const [low, high] = published('frontier_compute_growth', 'epoch-compute-trends-2024');
    const times = [low, (low + high) / 2, high].map((compute) => Math.log(compute / cost) / Math.log(gpus));
    for (const t of times) expect(t).toBeGreaterThan(1.5);
    for (const t of times) expect(t).toBeLessThan(2.5);
  });

  it('meek: compute read from the cost growth is below what Epoch AI measured', () => {
    const text = essay('meek-models');
    expect(text).toContain(
      '<ParameterValue id="compute_growth_from_cost" source="open-closed-estimate" />, below what Epoch AI measured',
    );
    const fromCost = from('compute_growth_from_cost', 'open-closed-estimate');
    expect(fromCost).toBeCloseTo(from('g_i', 'cottier-2024') * from('g_h', 'gundlach-2025'), 1);
    expect(fromCost).toBeLessThan(published('frontier_compute_growth', 'epoch-compute-trends-2024')[0]);
  });

  it('meek: Epoch AI’s range over hardware’s gain runs from its low end up to the paper’s gᵢ', () => {
    expect(essay('meek-models')).toMatch(
      /that is a \$g_i\$ from <ParameterValue id="g_i" source="epoch-compute-trends-2024" \/> up to the paper's value/,
    );
    const [low, high] = published('frontier_compute_growth', 'epoch-compute-trends-2024');
    const hardware = from('g_h', 'gundlach-2025');
    expect(from('g_i', 'epoch-compute-trends-2024')).toBeCloseTo(low / hardware, 2);
    expect(from('g_i', 'gundlach-2025')).toBeCloseTo(high / hardware, 2);
  });
});
