/**
 * The range a "what would you have to believe" line shows beside a parameter, with the source of that interval
 * itself: the published interval's own citation and level when the registry has one (Cottier et al.'s 90%
 * interval for gᵢ, not the meek paper the default comes from), else the registry's plausible range, else the
 * slider's. `rangeText` adds when the value on show lies outside it (the meek paper's assumed 3.6×/yr for gᵢ);
 * the browser calls it again with the reader's value (believe-live.ts), so it takes the range, not the registry.
 *
 * @example rangeText(believeRange(def, entry), 3.6) // 'published 90% interval 2×/yr to 2.9×/yr, Cottier et al. 2024; the value now is outside it'
 */
import { formatParam } from '../../figures/format.ts';
import { shortCitation } from '../../figures/registry-param.ts';
import type { ParamDefinition } from '../../figures/spec.ts';
import type { ParameterEntry } from '../../model/parameter-entries.ts';

import type { BelieveRange } from './range-text.ts';

const LEVEL: Record<string, string> = { '0.9': '90% interval', '0.95': '95% interval', range: 'range' };

/** The interval to show for a parameter (build time: reads the registry entry). */
export function believeRange(def: ParamDefinition, entry: ParameterEntry | undefined): BelieveRange {
  const span = (low: number, high: number) => `${formatParam(low, def.unit)} to ${formatParam(high, def.unit)}`;
  if (entry?.published) {
    const { low, high, level, key } = entry.published;
    return { text: `published ${LEVEL[String(level)]} ${span(low, high)}, ${shortCitation(key)}`, low, high };
  }
  if (entry && entry.low < entry.high) {
    return { text: `plausible range ${span(entry.low, entry.high)} in the parameter registry`, ...entry };
  }
  return { text: `the slider runs from ${span(def.min, def.max)}`, low: def.min, high: def.max };
}
