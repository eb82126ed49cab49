/**
 * A dataset definition, in the manner of an ETL step: declared inputs (raw
 * snapshots, and for derived tables such as the estimates, published dataset
 * versions), each with its sha256 so a changed input is caught before use; a
 * pure function from their contents to rows; and the schema the rows must satisfy.
 */
import type * as z from 'zod';

/** A raw file under data/raw/, copied verbatim from a public source. */
export interface RawInput {
  /** Path under data/raw/, e.g. "epoch-models-2026-02-mirror/Epoch Database - Notable Models.csv". */
  readonly path: string;
  /** sha256 of the file's bytes; the pipeline refuses a file that differs. */
  readonly sha256: string;
  /** Where it came from: repository URL or publisher. */
  readonly origin: string;
  /** Commit of the snapshot (or "curated" for the project's own compilations). */
  readonly commit: string;
  readonly licence: string;
  /** Every column of the file's header, in order: a column not declared here stops the build. */
  readonly columns: readonly string[];
  /** Number of data records (header excluded): a truncated or padded file stops the build. */
  readonly rows: number;
}

/** A published dataset version that another dataset reads (the estimates read ai-models v1, …). */
export interface DatasetVersionInput {
  readonly name: string;
  readonly version: number;
  /** sha256 of its CSV, as its metadata.json records it; the pipeline refuses a file that differs. */
  readonly sha256: string;
}

/** Validated rows of each dataset version a definition reads, keyed by dataset name. */
export type DatasetRows = Readonly<Record<string, readonly Record<string, unknown>[]>>;

export interface DatasetDefinition<S extends z.ZodObject = z.ZodObject> {
  /** URL-safe name: /data/<name>/. */
  readonly name: string;
  /** The version this code produces; published versions never change. */
  readonly version: number;
  /** Publication date of this version (ISO), declared, never read from the clock. */
  readonly date: string;
  readonly title: string;
  readonly description: string;
  readonly licence: string;
  /** The credit line users must give. */
  readonly attribution: string;
  readonly inputs: readonly RawInput[];
  /** Published dataset versions this one is computed from (its raw sources are inherited from theirs). */
  readonly datasetInputs?: readonly DatasetVersionInput[];
  readonly schema: S;
  /** Columns whose values identify a row. */
  readonly key: readonly string[];
  /**
   * Raw file text by input path, and the rows of each dataset input (validated
   * against the columns it was published with) → rows, sorted deterministically. Pure.
   */
  build(inputs: Readonly<Record<string, string>>, datasets: DatasetRows): z.input<S>[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDatasetDefinition = DatasetDefinition<any>;

/** The files of a dataset version, relative to data/, e.g. "ai-models/v1". */
export const versionDirectory = (name: string, version: number) => `${name}/v${version}`;

/** How a version is named in the CHANGELOG, the lock and estimates, e.g. "ai-models v1". */
export const versionId = (name: string, version: number) => `${name} v${version}`;
