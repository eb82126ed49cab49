/** Sizes and statistics shared by every measurement of the benchmark. */
import { gzipSync } from 'node:zlib';

export interface Bytes {
  raw: number;
  /** gzip at level 9, what a host serving precompressed files sends. */
  gzip: number;
}

export const bytesOf = (body: Buffer | string): Bytes => {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
};

export const total = (files: Iterable<Bytes>): Bytes => {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    raw += file.raw;
    gzip += file.gzip;
  }
  return { raw, gzip };
};

/** The q-quantile of sorted values, nearest rank (p95 of 60 samples is the 57th). */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

export interface Stats {
  median: number;
  p95: number;
  max: number;
  samples: number;
}

export const stats = (values: readonly number[]): Stats => {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    max: sorted.at(-1) ?? NaN,
    samples: sorted.length,
  };
};

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
