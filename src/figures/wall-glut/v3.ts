/** wall-glut v3: v2's figure with every label kept off the lines and rules of another colour, panel by panel. */
import { wallGlutFigure } from './figure.ts';

export default wallGlutFigure({
  version: 3,
  date: '2026-12-07',
  labelsOffMarks: true,
  changes:
    'Labels keep off the lines: the glut’s dotted rules stop below the panels’ names (v2 drew them across “Sudden glut”), and the panels’ names, the rules’ names and “Frontier” and “Open” move, within their own panel, off any line or rule of another colour (on a phone “Frontier” was written along the open models’ line or the leader’s ceiling), and are drawn over the lines rather than under them. Same model, sliders, values and data as v2.',
});
