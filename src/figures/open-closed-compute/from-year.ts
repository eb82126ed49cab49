/** open-closed-compute's from-year slider and its year ticks. */
import type { ParamDefinition } from '../spec.ts';
import { LAST_YEAR } from './releases.ts';

export const fromYearV1: ParamDefinition = {
  label: 'From year',
  symbol: 't₀',
  unit: '',
  description: 'First publication year included, in the chart and in the lag.',
  default: 2018,
  min: 2012,
  max: 2023,
  step: 1,
  scale: 'linear',
  source: 'Epoch AI 2024, “How far behind are open models?” (its analysis starts in 2018)',
};

/** From v3: the unit is a calendar year, so the slider reads "2018", not "2,018". */
export const fromYear: ParamDefinition = { ...fromYearV1, unit: 'year' };
/** Whole-year ticks, at most about eight of them (v3: short windows repeated years). */
export function yearTicks(from: number): number[] {
  const step = Math.max(1, Math.ceil((LAST_YEAR - from) / 8));
  const ticks: number[] = [];
  for (let year = Math.ceil(from); year <= LAST_YEAR; year += step) ticks.push(year);
  return ticks;
}
