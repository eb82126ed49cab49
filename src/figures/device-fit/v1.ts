/** device-fit v1: largest model and decode speed per machine in local-devices v1. Superseded by v2; frozen. */
import { deviceFitFigure } from './figure.ts';

export default deviceFitFigure({
  version: 1,
  date: '2026-11-23',
  changes: 'First version: the largest model that fits and its decode speed for each machine in local-devices v1.',
});
