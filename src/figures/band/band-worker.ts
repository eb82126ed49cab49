/**
 * The Web Worker that computes live uncertainty bands, so a slider drag never
 * waits for hundreds of model runs. It loads a figure's band definition
 * (`src/figures/<id>/band.ts`: the model only, no Plot) and the registry's
 * distributions from the site's /parameters/parameters.json (the same values
 * the build reads from src/model/parameters.ts), then answers each request.
 */
import { computeBand, type BandDefinition, type Distribution } from './band.ts';
import type { BandReply, BandRequest } from './band-client.ts';

const definitions = import.meta.glob<{ default: BandDefinition }>('../*/band.ts');
let distributions: Promise<Record<string, Distribution>> | undefined;

function registry(): Promise<Record<string, Distribution>> {
  distributions ??= fetch('/parameters/parameters.json')
    .then((response) => {
      if (!response.ok) throw new Error(`/parameters/parameters.json: HTTP ${response.status}`);
      return response.json() as Promise<{ parameters: Distribution[] }>;
    })
    .then((json) => Object.fromEntries(json.parameters.map((p) => [p.id, p])));
  return distributions;
}

self.addEventListener('message', (event: MessageEvent<BandRequest>) => {
  const { id, figure, params, limits } = event.data;
  const load = definitions[`../${figure}/band.ts`];
  const reply = (message: BandReply) => self.postMessage(message);
  if (!load) {
    reply({ id, error: `no band definition for ${figure}` });
    return;
  }
  Promise.all([load(), registry()])
    .then(([module, registered]) => reply({ id, band: computeBand(module.default, params, registered, limits) }))
    .catch((error: unknown) => reply({ id, error: String(error) }));
});

// Tell the page the listener is in place: it sends nothing before this (see band-client.ts).
self.postMessage({ ready: true } satisfies BandReply);
