import { describe, expect, it } from 'vitest';
import { diffFigureVersions } from './version-diff.ts';

const base = {
  parameters: [{ key: 'g_i', value: 3.6, label: 'Spend growth', min: 1.1, max: 10, unit: '×/yr', source: 'Paper A' }],
  constants: [{ label: 'Start year', value: 2025, unit: 'year' }],
  datasets: [],
  model: { sourceSha256: 'a'.repeat(64) },
};

describe('diffFigureVersions', () => {
  it('reports nothing for identical versions', () => {
    expect(diffFigureVersions(JSON.stringify(base), JSON.stringify(base))).toEqual([]);
  });

  it('names every changed default, range, source, constant, dataset and the model', () => {
    const newer = {
      parameters: [
        { ...base.parameters[0], value: 4.2, max: 12, source: 'Paper B' },
        { key: 'alpha', value: 0.155, label: 'Returns', min: 0.05, max: 0.4, unit: '', source: 'C' },
      ],
      constants: [{ label: 'Start year', value: 2026, unit: 'year' }],
      datasets: [{ name: 'ai-models', version: 2 }],
      model: { sourceSha256: 'b'.repeat(64) },
    };
    expect(diffFigureVersions(JSON.stringify(base), JSON.stringify(newer))).toEqual([
      'Parameter g_i: default 3.6 → 4.2.',
      'Parameter g_i: range 1.1–10 ×/yr → 1.1–12 ×/yr.',
      'Parameter g_i: source “Paper A” → “Paper B”.',
      'Added parameter alpha (Returns), default 0.155.',
      'Constant “Start year”: 2025 → 2026 year.',
      'Datasets: none → ai-models v2.',
      'The model’s code changed between these versions, so the same settings may draw a different picture (its source fingerprint went from aaaaaaaa to bbbbbbbb).',
    ]);
  });

  it('names a choice’s default by its name beside its number', () => {
    const choices = [
      { value: 0, label: 'amortised hardware and energy' },
      { value: 1, label: 'cloud rental rates' },
    ];
    const cloud = { key: 'cloud', label: 'Price the compute at', min: 0, max: 1, unit: '', source: 'S', choices };
    const older = { ...base, parameters: [{ ...cloud, value: 0 }] };
    const newer = {
      ...base,
      parameters: [
        { ...cloud, value: 1 },
        { ...cloud, key: 'rent', value: 0 },
      ],
    };
    expect(diffFigureVersions(JSON.stringify(older), JSON.stringify(newer))).toEqual([
      'Parameter cloud: default 0 (amortised hardware and energy) → 1 (cloud rental rates).',
      'Added parameter rent (Price the compute at), default 0 (amortised hardware and energy).',
    ]);
  });
});
