/**
 * The browser side of live uncertainty bands: sends the reader's parameters to
 * one shared Web Worker (band-worker.ts) and resolves with the band, or with
 * undefined when a newer request for the same figure has superseded it (a drag
 * sends many; only the last one's band is drawn). Loaded by the island only
 * when a figure with a band is redrawn.
 */
import type { AnyFigureSpec, ParamDefinition, Params } from '../spec.ts';
import type { Band } from './band.ts';

export interface BandRequest {
  readonly id: number;
  readonly figure: string;
  readonly params: Params;
  readonly limits: Record<string, { min: number; max: number }>;
}
export type BandReply =
  | { readonly id: number; readonly band: Band }
  | { readonly id: number; readonly error: string }
  /** Sent once by the worker when its listener is in place. */
  | { readonly ready: true };

let worker: Promise<Worker> | undefined;
let nextId = 0;
const latest = new Map<string, number>();
const waiting = new Map<number, (reply: BandReply) => void>();

/**
 * The shared worker, once it has said it is listening (band-worker.ts posts "ready" after adding its listener), so
 * no request depends on how a browser queues messages sent while a module worker is still loading.
 */
function bandWorker(): Promise<Worker> {
  worker ??= new Promise((resolve) => {
    const created = new Worker(new URL('./band-worker.ts', import.meta.url), { type: 'module' });
    created.addEventListener('message', (event: MessageEvent<BandReply>) => {
      const reply = event.data;
      if ('ready' in reply) {
        resolve(created);
        return;
      }
      waiting.get(reply.id)?.(reply);
      waiting.delete(reply.id);
    });
  });
  return worker;
}

// One request per figure with the worker at a time. A drag sends an input a frame; a worker answering each in
// turn would compute bands no one will see while competing with the page for the CPU (two cores on most phones).
// A request that arrives while one is out waits, and a newer one takes its place.
const busy = new Set<string>();
const queued = new Map<string, (turn: boolean) => void>();

/** Resolves true when it is this request's turn, false when a newer request took its place while it waited. */
function turn(key: string): Promise<boolean> {
  if (!busy.has(key)) {
    busy.add(key);
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    queued.get(key)?.(false);
    queued.set(key, resolve);
  });
}

function release(key: string): void {
  const next = queued.get(key);
  queued.delete(key);
  if (next) next(true);
  else busy.delete(key);
}

/** The band of `spec` at `params`, computed off the main thread; undefined if superseded meanwhile. */
export async function latestBand(spec: AnyFigureSpec, params: Params): Promise<Band | undefined> {
  if (!spec.band) return undefined;
  const id = ++nextId;
  const key = `${spec.id}/v${spec.version}`;
  latest.set(key, id);
  const limits = Object.fromEntries(
    Object.keys(spec.band.sampled).map((k) => {
      const def = spec.params[k] as ParamDefinition;
      return [k, { min: def.min, max: def.max }];
    }),
  );
  const request: BandRequest = { id, figure: spec.id, params: { ...params }, limits };
  const ready = await bandWorker();
  if (latest.get(key) !== id) return undefined; // superseded while the worker started
  if (!(await turn(key))) return undefined; // superseded while an earlier request was out
  if (latest.get(key) !== id) {
    release(key);
    return undefined;
  }
  let reply: BandReply;
  try {
    reply = await new Promise<BandReply>((resolve) => {
      waiting.set(id, resolve);
      ready.postMessage(request);
    });
  } finally {
    release(key);
  }
  if ('error' in reply) throw new Error(`Band of ${key}: ${reply.error}`);
  if (!('band' in reply)) return undefined;
  return latest.get(key) === id ? reply.band : undefined;
}
