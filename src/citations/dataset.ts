/** The citation of a dataset version, shared by its page and /data/index.json. */
import type { DatasetMetadata } from '../data/build.ts';
import { SITE } from '../site.ts';
import { datasetCsl, formatCitation, type CslItem, type FormattedCitation } from './formats.ts';

export const datasetPath = (name: string, version: number) => `/data/${name}/v${version}/`;

/** Data derived from Epoch AI credit Epoch AI first, then this publication. */
function creators(metadata: DatasetMetadata): string[] {
  return metadata.attribution.startsWith('Epoch AI') ? ['Epoch AI', SITE.publisher] : [SITE.publisher];
}

export function datasetVersionCsl(metadata: DatasetMetadata): CslItem {
  return datasetCsl({
    name: metadata.name,
    version: metadata.version,
    title: metadata.title,
    date: metadata.date,
    url: new URL(datasetPath(metadata.name, metadata.version), SITE.url).href,
    authors: creators(metadata),
  });
}

export function datasetVersionCitation(metadata: DatasetMetadata): FormattedCitation {
  return formatCitation(datasetVersionCsl(metadata));
}
