/** meek-loss-gap v8: v7's figure, with the constants' sources written so the permalink prints no brackets inside brackets. */
import { meekLossGapFigure } from './figure.ts';

export default meekLossGapFigure({
  version: 8,
  date: '2026-12-07',
  changes:
    'The sources of the constants fixed in this version read without brackets inside brackets: v7’s page printed the loss law’s source as “(Gundlach, Lynch & Thompson 2025, eq. 1, as cited (from Hoffmann et al. 2022); …)”, and the sources of the loss coefficient, the compute held fixed, the compute per dollar, the fitted range and the EU threshold each nested a bracket the same way. The words say the same things. Same model, sliders, values, drawing and data as v7.',
  headStart: true,
  pivot: 'paper-start',
  fromRegistry: true,
  extrapolation: true,
  placedLabels: true,
  labelsOffLines: true,
  readingStated: true,
  plainSources: true,
});
