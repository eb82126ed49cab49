/** wall-glut v5: v4's figure with each dotted rule's name hanging from its own rule, no rule through a text. */
import { wallGlutFigure } from './figure.ts';

export default wallGlutFigure({
  version: 5,
  date: '2026-12-08',
  labelsOffMarks: true,
  glutPastEnd: true,
  namesOnRules: true,
  changes:
    'Each dotted line’s name hangs from its own line, beside it or over it, and the line starts under its name: on a phone at λ = 1 both lines ran through “glut, open” and “glut, leader” stood beside the open side’s line, and at T = 2044 the leader’s line ran through “→ glut, open: 2046”. When both sides get the glut in the same year there is one dotted line, “glut, both”, where v4 drew two, one over the other. Where two lines near the panel’s middle leave no room on a phone, the names are “leader” and “open”. The drawing takes six marks where v4 took ten. Same model, sliders, values, cases and data as v4.',
});
