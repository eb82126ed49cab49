import { describe, expect, it } from 'vitest';
import { PARAMETERS, parameter } from '../../model/parameters/index.ts';
import { citedValue } from './cited-value.ts';

describe('citedValue', () => {
  it("reads g_i's values and the interval each source published from the registry", () => {
    const gi = parameter('g_i');
    const anchor = gi.anchors!.find((a) => a.source.key === 'cottier-2024')!;
    expect(citedValue('g_i', 'cottier-2024')).toEqual({
      text: `${anchor.value}×/yr`,
      href: '/parameters/#g_i',
      title: `${gi.label}: ${anchor.label}`,
    });
    // gᵢ is compute growth beyond hardware (the meek paper's 3.57 = 5/1.4): its published interval is Epoch AI's
    // 4–5× compute a year, divided by gₕ = 1.4, a range without a stated level.
    expect(gi.published!.quote).toContain('4-5x/year');
    expect(citedValue('g_i', 'epoch-compute-trends-2024', true).text).toBe('2.86×/yr (range 2.86–3.57)');
  });

  it("prints a parameter's default with its source when the source gave the default, not an anchor", () => {
    // training_cost_growth has no anchors: Cottier et al.'s 2.4× is its default (issue 20: the incentives essay
    // typed it by hand because citedValue read only anchors).
    const growth = parameter('training_cost_growth');
    expect(growth.anchors).toBeUndefined();
    expect(citedValue('training_cost_growth', 'cottier-2024', true)).toEqual({
      text: '2.4×/yr (90% interval 2.0–2.9)',
      href: '/parameters/#training_cost_growth',
      title: `${growth.label}: the value the essays start from`,
    });
  });

  it('says a rate as the halving or doubling time its source publishes, interval in order', () => {
    // Ho et al.: halved every 8 months, 95% interval 5 to 14 months (stored as 2^(12/m) a year).
    expect(citedValue('g_a', 'ho-2024', true, 'halving').text).toBe('8 months (95% interval 5–14 months)');
    // The rate is converted from the 8 months, which holds two significant digits at most (7.5–8.5 months is
    // 3.03–2.66× a year): 2.8, the figures' starting value, not 2.83 (issue 20).
    expect(citedValue('g_a', 'ho-2024').text).toBe('2.8×/yr');
    // Hobbhahn & Besiroglu: ML GPUs double FLOP/s per dollar every 2.07 years [1.54, 3.13].
    expect(citedValue('g_h', 'hobbhahn-2022', true, 'doubling').text).toBe('2.07 years (95% interval 1.54–3.13 years)');
    // A converted interval shows formatted ends, not a float's sixteen decimals.
    expect(citedValue('g_a', 'ho-2024', true).text).toBe('2.8×/yr (95% interval 1.8–5.3)');
    expect(() => citedValue('open_lag_compute_months', 'open-closed-data', false, 'halving')).toThrow(
      'is not a rate a year (its unit is "months")',
    );
    expect(() => citedValue('g_a', 'ho-2024', false, 'tripling' as never)).toThrow('unknown form "tripling"');
    // Epoch AI publishes only a range for frontier compute growth (the default is our own estimate): cited as it.
    expect(citedValue('frontier_compute_growth', 'epoch-compute-trends-2024', true).text).toBe('4–5×/yr');
    expect(() => citedValue('frontier_compute_growth', 'epoch-compute-trends-2024')).toThrow(
      'it publishes only an interval: add interval',
    );
  });

  it('says what exists when the id, the source or the interval is wrong', () => {
    expect(() => citedValue('g_j', 'cottier-2024')).toThrow('unknown parameter "g_j" (did you mean "g_');
    expect(() => citedValue('g_i', 'cottier-2042')).toThrow(
      'parameter "g_i" has no value from "cottier-2042" (did you mean "cottier-2024"?)',
    );
    expect(() => citedValue('g_i', 'gundlach-2025', true)).toThrow(
      'parameter "g_i" has no interval published by "gundlach-2025" (its interval is from "epoch-compute-trends-2024")',
    );
  });

  it('prints a rate converted from a published time at two significant digits, and a written number as written', () => {
    // Every anchor and default of every rate: converted ones (2.8284…, 1.3977…) get two digits; numbers a source
    // wrote (2.4, 3.57, 2.86) are printed as written, never rounded or padded.
    for (const p of PARAMETERS.filter((q) => q.unit.startsWith('×'))) {
      const given = [...(p.anchors ?? []), { value: p.default, source: p.source }];
      for (const { value, source } of given) {
        if (p.anchors?.some((a) => a.source.key === source.key && a.value !== value)) continue;
        const text = citedValue(p.id, source.key).text.replace(p.unit, '');
        const written = Math.abs(value * 100 - Math.round(value * 100)) < 1e-9;
        if (written) expect(text, `${p.id} from ${source.key}`).toBe(String(value));
        else expect(text.replace(/^0\.0*/, '').replace('.', ''), `${p.id} from ${source.key}`).toHaveLength(2);
      }
    }
    expect(citedValue('g_h', 'hobbhahn-2022').text).toBe('1.4×/yr');
  });

  it('gives a published range alone when asked for only the interval', () => {
    // Epoch AI's benchmark lag: a range, reported as the source states it, never as a made-up point.
    expect(citedValue('open_lag_benchmark_months', 'epoch-consumer-gpu-2025', 'only').text).toBe('5–22 months');
    expect(citedValue('open_lag_benchmark_months', 'epoch-open-models-2024').text).toBe('12 months');
    expect(citedValue('g_a', 'ho-2024', 'only', 'halving').text).toBe('5–14 months (95% interval)');
    expect(() => citedValue('g_i', 'gundlach-2025', 'only')).toThrow('has no interval published by "gundlach-2025"');
  });

  it('prints the numbers essays report as their sources write them: counts grouped, percentages tight, exponents', () => {
    // Issue 20: these were typed into the essays; each now comes from one registry entry with its quote.
    expect(citedValue('lora_trainable_reduction', 'hu-2021-lora').text).toBe('10,000');
    expect(citedValue('lora_memory_reduction', 'hu-2021-lora').text).toBe('3');
    expect(citedValue('palm_mmlu_paper', 'chowdhery-2022').text).toBe('69.3%');
    expect(citedValue('longpre_c4_tos_restricted', 'longpre-2024').text).toBe('45%');
    expect(citedValue('longpre_c4_tokens_restricted', 'longpre-2024').text).toBe('5%');
    expect(citedValue('project_digits_announced_price', 'nvidia-project-digits-2025').text).toBe('$3,000');
    expect(citedValue('longpre_domains_audited', 'longpre-2024').text).toBe('14,000 web domains');
    expect(citedValue('llama3_licence_user_threshold', 'meta-llama-3-license-2024').text).toBe(
      '700 million monthly users',
    );
    expect(citedValue('genai_patent_families_2014', 'wipo-genai-patents-2024').text).toBe('733 patent families');
    expect(citedValue('genai_patent_families_2023', 'wipo-genai-patents-2024').text).toBe('14,000 patent families');
    expect(citedValue('largest_training_run_2025', 'open-closed-data').text).toBe('5×10²⁶ FLOP');
    expect(citedValue('largest_run_cost_2027', 'cottier-2024').text).toBe('1 billion dollars');
  });

  it('derives compute growth from cost growth and hardware growth out of the registry, at their precision', () => {
    // Cottier et al.'s 2.4×/yr of dollars times the meek paper's 1.4×/yr of FLOP per dollar: 3.36, said as 3.4.
    const cost = parameter('g_i').anchors!.find((a) => a.source.key === 'cottier-2024')!.value;
    const hardware = parameter('g_h').anchors!.find((a) => a.source.key === 'gundlach-2025')!.value;
    expect(cost * hardware).toBeCloseTo(3.36, 10);
    expect(citedValue('compute_growth_from_cost', 'open-closed-estimate').text).toBe('3.4×/yr');
  });
});
