import { describe, expect, it } from 'vitest';
import {
  simulatedPath,
  takeSimulatedPath,
  type LanternNode,
  type NodeTimings,
} from '../../scripts/bench/lantern-path.ts';

const network = (resourceType: string): LanternNode => ({ type: 'network', request: { resourceType } });
const cpu = (): LanternNode => ({ type: 'cpu' });

describe('simulatedPath', () => {
  it('reads when the HTML and the stylesheet ended, the last request, and the main-thread time', () => {
    const timings: NodeTimings = new Map([
      [network('Document'), { startTime: 0, endTime: 763 }],
      [network('Stylesheet'), { startTime: 763, endTime: 926 }],
      [network('Font'), { startTime: 926, endTime: 928 }],
      [cpu(), { startTime: 763, endTime: 806 }],
      [cpu(), { startTime: 806, endTime: 906 }],
      [cpu(), { startTime: 906, endTime: 915 }],
    ]);
    expect(simulatedPath(timings)).toEqual({ documentMs: 763, stylesheetMs: 926, networkMs: 928, cpuMs: 152 });
  });

  it('says NaN for a stylesheet that was not on the path', () => {
    const timings: NodeTimings = new Map([[network('Document'), { startTime: 0, endTime: 600 }]]);
    expect(simulatedPath(timings)).toEqual({ documentMs: 600, stylesheetMs: NaN, networkMs: 600, cpuMs: 0 });
  });
});

describe('takeSimulatedPath', () => {
  it('is undefined when Lantern simulated nothing since it was last read', () => {
    expect(takeSimulatedPath()).toBeUndefined();
  });
});
