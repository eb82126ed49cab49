/** device-fit v3: the share of active weights reaches 1 again (dense), and the speed axis holds every setting. */
import { deviceFitFigure } from './figure.ts';

export default deviceFitFigure({
  version: 3,
  date: '2026-12-07',
  changes:
    'The share of weights active per token now runs from 1% to 1: v2’s slider, 2% to 1 on a log scale in steps that did not divide its range, stopped at 0.98, so a reader who moved it could never return to a dense model. The speed axis now reaches 10,000 tokens/s, which holds every setting: v2’s stopped at 2,000, and the fastest machines’ dots, drawn above it, ran into the axis’s title. The model is the same.',
  reachableEnds: true,
});
