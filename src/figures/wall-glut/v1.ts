/** wall-glut v1: the wall rising gradually against a sudden glut the leader gets first. */
import { wallGlutFigure } from './figure.ts';

export default wallGlutFigure({
  version: 1,
  date: '2026-11-23',
  changes:
    'First version: the same race under a gradually rising wall and under a glut of AI-found algorithmic progress that reaches the leader first and open models after a delay.',
});
