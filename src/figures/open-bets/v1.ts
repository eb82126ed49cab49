/** open-bets v1: bets a fixed open budget pays for, with hardware improving or flat. */
import { openBetsFigure } from './figure.ts';

export default openBetsFigure({
  version: 1,
  date: '2026-11-23',
  changes: 'First version: bets a year for a fixed open budget, anchored on training-costs v1, against flat hardware.',
});
