/** wall-glut v4: v3's figure saying where open models' glut went when it falls after 2045, and "1 year", not "1 years". */
import { wallGlutFigure } from './figure.ts';

export default wallGlutFigure({
  version: 4,
  date: '2026-12-07',
  labelsOffMarks: true,
  glutPastEnd: true,
  changes:
    'When open models get the glut after 2045 (a late glut with a long delay), the glut’s panel says so at its right edge, “→ glut, open: 2049”, and so does the description: v3 dropped the dotted line and its name with nothing said. The leader’s dashed ceiling stops below the panels’ names, as the dotted lines do: at λ = 1 it ran through “Sudden glut”, which v3 moved to the foot of its panel. The description says “1 year” and “1 point”, where v3 said “1 years” and “1 points”. Same model, sliders, values and data as v3.',
});
