/**
 * Where Lighthouse's simulated phone (Lantern) spent one run's largest contentful paint: when the page's HTML and
 * its stylesheet ended, and how much main-thread time it added. The network part depends only on the bytes and
 * requests on the path (150 ms round trips, 1.6 Mbit/s, TCP windows of 10, 20, 21 segments of 1,460 bytes), so it
 * is the same on a quiet machine and a loaded one; the CPU part is the observed tasks times 4, so a loaded machine
 * inflates it. The bench prints both, to tell a page's own cost from the machine's load (issue 21). Lantern keeps
 * the node timings of its last simulations (Simulator.allNodeTimings, which Lighthouse's own debug traces read);
 * this reads the optimistic LCP simulation's, the one whose graph holds only what the paint needed.
 * @example simulatedPath(timings) // { documentMs: 763, stylesheetMs: 926, networkMs: 928, cpuMs: 66 }
 */
import * as Lantern from 'lighthouse/core/lib/lantern/lantern.js';

export interface SimulatedPath {
  /** When the HTML had arrived on the simulated phone, ms. */
  documentMs: number;
  /** When the last stylesheet had arrived, ms (NaN when none was on the path). */
  stylesheetMs: number;
  /** When the last request on the path had ended, ms (data: URLs count: Lantern gives each 2 ms). */
  networkMs: number;
  /** Main-thread time on the path (parse, style, layout, paint), ms, already multiplied by Lantern's slowdown. */
  cpuMs: number;
}

/** The parts of a Lantern node and its timing this reads. */
export interface LanternNode {
  type: string;
  request?: { resourceType?: string };
}
export type NodeTimings = Map<LanternNode, { startTime: number; endTime: number }>;

const LABEL = 'optimisticLargestContentfulPaint';

export function simulatedPath(timings: NodeTimings): SimulatedPath {
  const ends = (keep: (node: LanternNode) => boolean) =>
    [...timings].filter(([node]) => keep(node)).map(([, timing]) => timing.endTime);
  const network = (type?: string) => (node: LanternNode) =>
    node.type === 'network' && (type === undefined || node.request?.resourceType === type);
  const latest = (list: number[]) => (list.length > 0 ? Math.max(...list) : NaN);
  const cpu = [...timings].filter(([node]) => node.type === 'cpu');
  return {
    documentMs: latest(ends(network('Document'))),
    stylesheetMs: latest(ends(network('Stylesheet'))),
    networkMs: latest(ends(network())),
    cpuMs: cpu.reduce((sum, [, timing]) => sum + timing.endTime - timing.startTime, 0),
  };
}

/** The last Lighthouse run's simulated path, and forgets it (undefined when Lantern kept none). */
export function takeSimulatedPath(): SimulatedPath | undefined {
  const all = (Lantern as unknown as { Simulation: { Simulator: { allNodeTimings: Map<string, NodeTimings> } } })
    .Simulation.Simulator.allNodeTimings;
  const timings = all.get(LABEL);
  all.clear();
  return timings ? simulatedPath(timings) : undefined;
}
