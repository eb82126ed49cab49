/**
 * The model's source text, for hashing inside the Astro build (Vite), where
 * files are read through import.meta.glob because prerendered code runs from dist/.
 * Plain-Node scripts read the same files with fs (scripts/figures.ts).
 */
import { hashSources, isModelSource } from '../../history/provenance.ts';

const sources = import.meta.glob<string>('/src/model/**/*.ts', { query: '?raw', import: 'default', eager: true });

/** sha256 of the model's source files (see hashSources). */
export const MODEL_SOURCE_SHA256 = hashSources(
  Object.fromEntries(
    Object.entries(sources)
      .map(([path, text]) => [path.replace(/^\//, ''), text] as const)
      .filter(([path]) => isModelSource(path)),
  ),
);
