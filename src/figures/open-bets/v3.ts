/** open-bets v3: v2's figure with its labels kept off the lines, and the 5 to 22 months cited where published. */
import { LAG_YEARS_V3 } from './lag.ts';
import { openBetsTargetsFigure } from './targets.ts';

export default openBetsTargetsFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'The labels keep off the four lines: on a phone, “one bet a year” was crossed by the lines drawn after it, and each target’s name could lie along the other target’s line. The labels are now drawn after the lines and move off lines of another colour. The lag slider’s source no longer attributes 5 to 22 months to Epoch AI’s 2024 report: it cites Epoch AI’s 2025 note on consumer GPUs (Somala & Emberson), which states that range as Epoch AI’s earlier estimate. Same model, sliders, values and data as v2.',
  labelsOffLines: true,
  lagYears: LAG_YEARS_V3,
});
