/** device-fit v2: theme colours with a key, labels that move or drop, values in their units, a dense-or-sparse case for prose. */
import { deviceFitFigure } from './figure.ts';

export default deviceFitFigure({
  version: 2,
  date: '2026-12-06',
  changes:
    'Colours follow the light and dark themes (makers’ colours from the site theme, with a key; labels on halos in the background colour); labels move or drop instead of piling up on a phone (v1 drew “RTX 3090 · RTX 4090” over each other at 390 px); decode speeds carry their unit. Output at the defaults is otherwise the same model.',
});
