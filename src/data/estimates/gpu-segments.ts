/**
 * Which market a GPU board was sold to, from its product line in the name:
 * consumer boards (GeForce, consumer Radeon, TITAN) or data-centre and
 * workstation boards (Tesla, Quadro, NVIDIA's A- and RTX A-series, Instinct,
 * Radeon Pro, FirePro, Vega Frontier Edition). In ml-hardware v1, 2006–2021,
 * consumer boards cost $23–2,999 at release and data-centre and workstation
 * boards $178–15,000; the latter first appear with a price in November 2012
 * and give several times less FP32 per dollar than consumer boards of the
 * same years, because their price pays for memory, FP64, interconnect and
 * support rather than FP32. The rule reads names only, never prices or dates,
 * so it cannot be tuned to a trend.
 */
export type GpuSegment = 'consumer' | 'datacentre-workstation' | 'embedded';

/** Product lines sold for data centres and workstations. Checked before the consumer lines. */
const DATACENTRE_WORKSTATION = [
  /\bTesla\b/i,
  /\bQuadro\b/i,
  /\bRTX A\d{3,4}\b/i, // RTX A2000–A6000 workstation boards
  /\bNVIDIA (A|H|L)\d{1,3}\b/i, // A10, A100, H100, L40 data-centre boards
  /\bNVIDIA (K|M|P|V|T)\d{1,3}\b/i, // K80, M40, P40, P100, V100, T4 (named without "Tesla")
  /\bInstinct\b/i,
  /\bRadeon Pro\b/i,
  /\bFirePro\b/i,
  /\bFrontier Edition\b/i,
];

/** Product lines sold to consumers (gaming boards and the TITAN prosumer line). */
const CONSUMER = [/\bGeForce\b/i, /\bTITAN\b/i, /\bRadeon\b/i, /\bArc\b/i];

/** Boards for embedded systems (Jetson modules): in neither market segment. */
const EMBEDDED = [/\bJetson\b/i];

/**
 * The segment of a GPU by its name; undefined when no rule recognises it.
 *
 * @example gpuSegment('NVIDIA Tesla V100 SXM2') // 'datacentre-workstation'
 * @example gpuSegment('AMD Radeon RX 580') // 'consumer'
 */
export function gpuSegment(name: string): GpuSegment | undefined {
  if (EMBEDDED.some((r) => r.test(name))) return 'embedded';
  if (DATACENTRE_WORKSTATION.some((r) => r.test(name))) return 'datacentre-workstation';
  if (CONSUMER.some((r) => r.test(name))) return 'consumer';
  return undefined;
}
