/**
 * A dataset definition, in the manner of an ETL step: declared raw inputs
 * (with their sha256, so a changed snapshot is caught before use), a pure
 * function from their text to rows, and the schema the rows must satisfy.
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
}

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
  readonly schema: S;
  /** Columns whose values identify a row. */
  readonly key: readonly string[];
  /** Raw file text by input path → rows, sorted deterministically. Pure. */
  build(inputs: Readonly<Record<string, string>>): z.input<S>[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyDatasetDefinition = DatasetDefinition<any>;
