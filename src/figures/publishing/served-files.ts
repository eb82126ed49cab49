/**
 * Figure files as the site serves them: a frozen version's committed bytes,
 * otherwise the spec rendered now. Inside the Astro build only (import.meta.glob).
 */
import packageJson from '../../../package.json' with { type: 'json' };
import lockJson from '../figures.lock.json' with { type: 'json' };
import { publishedDatasets } from '../../data/site-data.ts';
import type { AnyFigureSpec, FigureData } from '../spec.ts';
import { SITE } from '../../site.ts';
import { figureKey } from '../paths.ts';
import { FROZEN_FILES, renderFigureArtifacts, type FigureArtifacts } from './artifacts.ts';
import { notInLockMessage, type FigureLock, type LockRecord } from './lock.ts';
import { figureModelSha256InBuild } from './model-sources.ts';

const frozenFiles = import.meta.glob<string>('/src/figures/frozen/**/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const lock = lockJson as FigureLock;

export const SITE_VERSION: string = packageJson.version;

/** Frozen files of a version, when it has been superseded and frozen. */
function frozenArtifacts(spec: AnyFigureSpec): FigureArtifacts | undefined {
  const base = `/src/figures/frozen/${figureKey(spec)}/`;
  const files = FROZEN_FILES.map((file) => frozenFiles[`${base}${file}`]);
  if (files.every((text) => text === undefined)) return undefined;
  if (files.some((text) => text === undefined))
    throw new Error(`Frozen figure ${figureKey(spec)} is missing files under ${base}`);
  return Object.fromEntries(FROZEN_FILES.map((file, i) => [file, files[i]])) as FigureArtifacts;
}

export function isFrozen(spec: AnyFigureSpec): boolean {
  return frozenArtifacts(spec) !== undefined;
}

/** Rows of every dataset version a figure reads, from the published files. */
export function figureData(spec: AnyFigureSpec): FigureData {
  return Object.fromEntries(
    spec.datasets.map((d) => {
      const dataset = publishedDatasets.find((p) => p.metadata.name === d.name && p.metadata.version === d.version);
      if (!dataset) throw new Error(`Figure ${figureKey(spec)} reads ${d.name} v${d.version}, which is not published`);
      return [d.name, JSON.parse(dataset.files[`${d.name}.json`] ?? '[]') as unknown[]];
    }),
  );
}

const cache = new Map<string, FigureArtifacts>();

/** The files a version's permalink serves. */
export function figureArtifacts(spec: AnyFigureSpec): FigureArtifacts {
  const key = figureKey(spec);
  let artifacts = cache.get(key);
  if (!artifacts) {
    artifacts =
      frozenArtifacts(spec) ??
      renderFigureArtifacts(
        spec,
        { modelSha256Of: figureModelSha256InBuild, site: SITE.url, siteVersion: SITE_VERSION },
        figureData(spec),
      );
    cache.set(key, artifacts);
  }
  return artifacts;
}

/** The lock entry of a version; the build fails if the lock lacks it (run `npm run figures`). */
export function lockEntry(spec: AnyFigureSpec): LockRecord {
  const entry = lock.figures[figureKey(spec)];
  if (!entry) throw new Error(notInLockMessage(figureKey(spec)));
  return entry;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&#39;': "'" };

/** A version's text description, as its SVG carries it (aria-description), so a frozen version keeps its own words. */
export function figureAlt(spec: AnyFigureSpec): string {
  const match = figureArtifacts(spec)['figure.svg'].match(/aria-description="([^"]*)"/);
  return (match?.[1] ?? '').replace(/&(?:amp|quot|lt|gt|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** A version's files as its spec renders them today (for a frozen version: to compare with its frozen bytes). */
export function renderedNow(spec: AnyFigureSpec): FigureArtifacts {
  return renderFigureArtifacts(
    spec,
    { modelSha256Of: figureModelSha256InBuild, site: SITE.url, siteVersion: SITE_VERSION },
    figureData(spec),
  );
}
