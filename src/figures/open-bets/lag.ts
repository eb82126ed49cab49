/** How far behind the frontier an open lab's moving-target bet aims: shared by every open-bets version. */
import type { ParamDefinition } from '../spec.ts';

export const LAG_YEARS: ParamDefinition = {
  label: 'How far behind the frontier a bet aims',
  symbol: 'ℓ',
  unit: 'years',
  description: 'A bet is a training run that matches the frontier of this many years earlier.',
  default: 2,
  min: 0,
  max: 4,
  step: 0.25,
  scale: 'linear',
  source: 'Open & Closed; open models have trailed closed ones by 5–22 months (Epoch AI 2024)',
};
