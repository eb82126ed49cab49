/** wall-capability-curve v6: v5's figure with each dot's name by its dot or joined to it by a leader. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 6,
  date: '2026-12-07',
  labelsOffLines: true,
  keyHeld: true,
  namesByDots: true,
  changes:
    'Each dot’s name stands by its dot or is joined to it by a short line: on a phone “Frontier 2025” and “2035” stood 33–36 px from their dots, where they could read as another’s. Same model, sliders, values and data as v5.',
});
