/**
 * What a figure version publishes beside its permalink page: the SVG, the
 * plotted values and the parameters. One function per file, shared by the
 * endpoints and the tests.
 */
import { tableToCsv } from '../figures/csv.ts';
import { renderFigureSvg } from '../figures/render-static.ts';
import { defaultParams, type AnyFigureSpec, type ParamDefinition } from '../figures/spec.ts';
import { SITE_VERSION, modelSourceSha256 } from './provenance.ts';

/** Path of a figure version's permalink, e.g. /figures/meek-loss-gap/v1/. */
export function figurePath(spec: AnyFigureSpec): string {
  return `/figures/${spec.id}/v${spec.version}/`;
}

export function figureSvgFile(spec: AnyFigureSpec): string {
  return renderFigureSvg(spec, defaultParams(spec));
}

export function figureCsvFile(spec: AnyFigureSpec): string {
  return tableToCsv(spec.columns, spec.table(defaultParams(spec), {}));
}

export function figureParamsFile(spec: AnyFigureSpec, site: URL | undefined): string {
  const params = Object.entries<ParamDefinition>(spec.params).map(([key, def]) => ({
    key,
    value: def.default,
    ...def,
  }));
  const document = {
    figure: {
      id: spec.id,
      version: spec.version,
      title: spec.title,
      date: spec.date,
      changes: spec.changes,
      url: new URL(figurePath(spec), site ?? 'http://localhost/').href,
    },
    parameters: params,
    constants: spec.constants,
    datasets: spec.datasets,
    columns: spec.columns,
    model: { sourceSha256: modelSourceSha256() },
    site: { version: SITE_VERSION },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
