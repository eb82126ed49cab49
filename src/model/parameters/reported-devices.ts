/**
 * What the essays report about home machines' prices and memory: NVIDIA's announced price for Project DIGITS, the
 * Framework Desktop's memory and launch price as local-devices v1 records them (tests/data/reported-devices.test.ts
 * reads the row), and the saving the edge essay derives from the two prices. Like reported-numbers.ts, read by
 * pages from the full registry (./index.ts), never by figures (device-frontier reads the dataset itself).
 *
 * @example parameter('framework_saving_vs_announced').default // 33
 */
import { reported } from './reported-numbers.ts';
import type { ParameterInput } from './schema.ts';

/** The Framework Desktop's row in local-devices v1. */
const FRAMEWORK_ROW = 'local-devices v1, row “Framework Desktop (Ryzen AI Max+ 395)”';
const FRAMEWORK_PRICE = 1999;
const DIGITS_PRICE = 3000;

export const REPORTED_DEVICES: ParameterInput[] = [
  reported({
    id: 'project_digits_announced_price',
    symbol: 'p_D',
    label: 'Price NVIDIA announced for Project DIGITS (later sold as the DGX Spark)',
    unit: 'US$',
    default: DIGITS_PRICE,
    source: {
      key: 'nvidia-project-digits-2025',
      locator: 'press release of 6 January 2025 (CES)',
      verified: false,
      reason:
        'NVIDIA’s release was not among the readable copies; reports of the announcement (e.g. aiwiki.ai’s entry: “Priced at $3,000 when first announced”) give the same price.',
    },
    note: 'The announced starting price; the local-devices dataset keeps the DGX Spark’s launch price, which is what buyers paid.',
  }),
  reported({
    id: 'framework_desktop_memory',
    symbol: 'M_{F}',
    label: 'Unified memory of the Framework Desktop with the Ryzen AI Max+ 395',
    unit: 'GB',
    default: 128,
    source: {
      key: 'open-closed-data',
      locator: `${FRAMEWORK_ROW}, memory_gb (from AMD’s and Framework’s specifications)`,
    },
    note: 'The DGX Spark in the same dataset has the same 128 GB.',
  }),
  reported({
    id: 'framework_desktop_price',
    symbol: 'p_{F}',
    label: 'Launch price of the 128 GB Framework Desktop',
    unit: 'US$',
    default: FRAMEWORK_PRICE,
    source: { key: 'open-closed-data', locator: `${FRAMEWORK_ROW}, price_usd (Framework’s launch price)` },
    note: 'The price the device-frontier figure also reads from the dataset.',
  }),
  reported({
    id: 'framework_saving_vs_announced',
    symbol: 's_{F}',
    label: 'How much less the Framework Desktop cost at launch than the price NVIDIA announced for Project DIGITS',
    unit: '%',
    default: Math.round((1 - FRAMEWORK_PRICE / DIGITS_PRICE) * 100),
    source: {
      key: 'open-closed-estimate',
      locator: `1 − framework_desktop_price / project_digits_announced_price = 1 − ${FRAMEWORK_PRICE} / ${DIGITS_PRICE}, to the whole per cent`,
    },
    note: 'Against the DGX Spark’s launch price the saving is larger; the edge essay gives both.',
  }),
];
