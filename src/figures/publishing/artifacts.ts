/**
 * What a figure version publishes: its SVG, its plotted values (CSV) and its
 * parameters (JSON), plus the hashes the figure lock records. Pure: the
 * caller passes in how to hash a version's model files and the site URL, so the same code
 * runs inside the Astro build and in plain-Node scripts (scripts/figures.ts).
 */
import { tableToCsv } from '../csv.ts';
import { renderFigureSvg } from '../render-static.ts';
import { defaultParams, type AnyFigureSpec, type FigureData, type ParamDefinition } from '../spec.ts';
import { sha256 } from '../../history/provenance.ts';

import { figurePath } from '../paths.ts';

/** Files whose bytes a published version freezes. */
export const FROZEN_FILES = ['figure.svg', 'data.csv', 'params.json'] as const;
export type FrozenFile = (typeof FROZEN_FILES)[number];
export type FigureArtifacts = Record<FrozenFile, string>;

/**
 * Everything that determines a version's output apart from the model code:
 * parameter definitions, constants, columns and dataset versions, as canonical JSON.
 */
export function figureInputs(spec: AnyFigureSpec) {
  return {
    parameters: Object.entries<ParamDefinition>(spec.params).map(([key, def]) => ({ key, ...def })),
    constants: spec.constants,
    columns: spec.columns,
    datasets: spec.datasets,
  };
}

export interface RenderContext {
  /** sha256 of the model files a version imports (figureModelSha256 in ./import-graph.ts). */
  readonly modelSha256Of: (spec: AnyFigureSpec) => string;
  /** The site's origin, for absolute URLs in params.json. */
  readonly site: URL | string;
  /** The site's version (package.json). */
  readonly siteVersion: string;
}

/** Renders a version's files from its spec at its default parameters, with the rows of the datasets it reads. */
export function renderFigureArtifacts(
  spec: AnyFigureSpec,
  context: RenderContext,
  data: FigureData = {},
): FigureArtifacts {
  const params = defaultParams(spec);
  const document = {
    figure: {
      id: spec.id,
      version: spec.version,
      title: spec.title,
      date: spec.date,
      changes: spec.changes,
      url: new URL(figurePath(spec), context.site).href,
    },
    parameters: figureInputs(spec).parameters.map(({ key, ...def }) => ({ key, value: params[key], ...def })),
    constants: spec.constants,
    datasets: spec.datasets,
    columns: spec.columns,
    model: { sourceSha256: context.modelSha256Of(spec) },
    site: { version: context.siteVersion },
  };
  return {
    'figure.svg': `${renderFigureSvg(spec, params, data)}\n`,
    'data.csv': tableToCsv(spec.columns, spec.table(params, data)),
    'params.json': `${JSON.stringify(document, null, 2)}\n`,
  };
}

/** The hashes a lock entry records for a version. */
export function lockRecord(spec: AnyFigureSpec, artifacts: FigureArtifacts, modelSha256: string) {
  return {
    date: spec.date,
    outputs: { 'figure.svg': sha256(artifacts['figure.svg']), 'data.csv': sha256(artifacts['data.csv']) },
    inputs: {
      parameters: sha256(JSON.stringify(figureInputs(spec))),
      datasets: spec.datasets.map((d) => `${d.name}/v${d.version}`),
      model: modelSha256,
    },
  };
}
