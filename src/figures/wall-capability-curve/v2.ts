/** wall-capability-curve v2: a fixed frame, the gaps' sizes where they fit, theme colours, registry growth rates. */
import { wallCapabilityCurveFigure } from './figure.ts';

export default wallCapabilityCurveFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'The frame holds every slider setting (compute −6 to +18 tenfold steps, capability −5 to 21 points), so the axes no longer rescale and the dots no longer leave the chart; the gaps’ sizes move to the top left, where a label beside the 2035 bar was cut off; colours follow the reader’s theme; frontier compute growth (4.6×/yr) and the open lag (16.3 months) come from the parameter registry, where v1 used 4.7×/yr and 15 months; symbols σ, λ and ℓₒ replace κ, ρ and ℓ, which other essays use for other things.',
});
