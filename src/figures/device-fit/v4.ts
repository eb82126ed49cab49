/** device-fit v4: every machine told apart at every setting, on a phone too (plot-v4.ts). */
import { deviceFitFigure } from './figure.ts';

export default deviceFitFigure({
  version: 4,
  date: '2026-12-07',
  changes:
    'Every machine can be told apart at every setting, on a phone too. Machines of different makers at nearly the same point (the DGX Spark and the Ryzen AI Max+ 395) are drawn a dot apart, the faster above, so both colours show; v3 drew the Ryzen’s red dot over the Spark’s green one and named only the Spark, beside the red dot. Machines of one maker at nearly the same point share a name (“RTX 3090 / 4090”, “M4 Max ×2”; Macs are named by their chips), and each name stands by its own dot or is joined to it by a line: at 16 bits v3 dropped the RTX 4090’s and 3090’s names. A name with no place is counted in a note. The speed axis starts at 0.2 tokens/s, not 0.5, to leave room for the slowest machines’ names. The description says “1 token/s”, not “1 tokens/s”. The model is the same.',
  reachableEnds: true,
  everyMachineNamed: true,
});
