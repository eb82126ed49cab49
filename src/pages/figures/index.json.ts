import type { APIRoute } from 'astro';
import { figureIds, versionsOf } from '../../figures/registry.ts';
import { figurePath } from '../../figures/paths.ts';
import { figureAlt, isFrozen, lockEntry } from '../../figures/publishing/served-files.ts';
import { SITE } from '../../site.ts';

/** Every figure, its versions, dates, URLs and files: the machine-readable URL contract. */
export const GET: APIRoute = () => {
  const absolute = (path: string) => new URL(path, SITE.url).href;
  const figures = figureIds().map((id) => {
    const versions = versionsOf(id);
    const latest = versions.at(-1)!;
    return {
      id,
      title: latest.title,
      url: absolute(`/figures/${id}/`),
      latestVersion: latest.version,
      versions: versions.map((spec) => {
        const base = figurePath(spec);
        const lock = lockEntry(spec);
        return {
          version: spec.version,
          date: spec.date,
          changes: spec.changes,
          title: spec.title,
          caption: spec.caption,
          alt: figureAlt(spec),
          frozen: isFrozen(spec),
          url: absolute(base),
          files: {
            'figure.svg': { url: absolute(`${base}figure.svg`), sha256: lock.outputs['figure.svg'] },
            'data.csv': { url: absolute(`${base}data.csv`), sha256: lock.outputs['data.csv'] },
            'figure.png': { url: absolute(`${base}figure.png`) },
            'params.json': { url: absolute(`${base}params.json`) },
            'cite.bib': { url: absolute(`${base}cite.bib`) },
            'cite.ris': { url: absolute(`${base}cite.ris`) },
            'cite.json': { url: absolute(`${base}cite.json`) },
            'oembed.json': { url: absolute(`${base}oembed.json`) },
            embed: { url: absolute(`${base}embed/`) },
            'embed/static': { url: absolute(`${base}embed/static/`) },
          },
          datasets: spec.datasets,
        };
      }),
    };
  });
  return new Response(`${JSON.stringify({ site: SITE.url, figures }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
