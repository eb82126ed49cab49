/**
 * What meek-loss-gap v7 says is this site's reading, not the paper's statement. Only the abstract of
 * Gundlach, Lynch & Thompson 2025 could be read here (see gᵢ's citation in the parameter registry): gᵢ = 3.57
 * is this site's inference from summaries of the paper (5× compute a year over hardware's 1.4×), and the loss
 * law's constants are as cited from its eq. 1, unchecked. v4–v6 said "The paper's 3.57" and labelled the
 * preset "Paper: …"; they are published and keep their words.
 *
 * @example readingPresets([{ label: 'gᵢ = 3.57: Paper: 5× compute a year ÷ 1.4', params: { g_i: 3.57 }, source: '…' }])[0].label
 *   // 'gᵢ = 3.57: this site’s reading of the paper (5× compute a year ÷ 1.4)'
 */
import { parameterEntry } from '../../model/parameter-entries.ts';
import { registryParam } from '../registry-param.ts';
import type { FigurePreset, ParamDefinition } from '../spec.ts';
import { v4Params, type Key } from './params.ts';

/** v7: v4's sliders, with gᵢ's description saying whose 3.57 it is. */
export const v7Params: Record<Key, ParamDefinition> = {
  ...v4Params,
  g_i: registryParam('g_i', {
    description:
      'How much faster the frontier’s training compute grows than hardware price-performance: gᵢ·gₕ is the growth of its compute. The default 3.57 is this site’s reading of the paper, not a number its text was read to state: summaries of the paper give frontier compute growing about 5× a year and hardware 1.4×, and 5 ÷ 1.4 = 3.57. Epoch AI’s 4–5× a year gives 2.86 to 3.57. Training cost in dollars grew 2.4× a year (Cottier et al. 2024), which with gₕ = 1.4 is compute growth of only 3.4× a year.',
    min: 1.1,
    max: 10,
    step: 0.01,
    scale: 'linear',
  }),
};

/** Where the loss law's constants come from, said as what could be checked. */
export const LOSS_LAW_SOURCE =
  'Gundlach, Lynch & Thompson 2025, eq. 1, as cited (from Hoffmann et al. 2022); unchecked here, where only the paper’s abstract could be read';

/** gᵢ's anchor from the meek-models paper, whose value is this site's reading (see the file comment). */
const READING = parameterEntry('g_i').anchors!.find((a) => a.source.key === 'gundlach-2025')!;

/** The presets with the paper anchor's label saying it is this site's reading of the paper. */
export function readingPresets(presets: readonly FigurePreset<Key>[]): FigurePreset<Key>[] {
  return presets.map((preset) =>
    preset.params.g_i === Number(READING.value.toPrecision(3)) && preset.label.includes(READING.label)
      ? {
          ...preset,
          label: preset.label.replace(READING.label, 'this site’s reading of the paper (5× compute a year ÷ 1.4)'),
        }
      : preset,
  );
}
