import type { APIRoute } from 'astro';
import { writeCsv } from '../../data/csv.ts';
import { formatReference } from '../../model/bibliography.ts';
import { PARAMETERS, type Citation } from '../../model/parameters/index.ts';
import { distributionMedian } from '../../model/sampling.ts';

const COLUMNS = [
  'id',
  'symbol',
  'label',
  'unit',
  'default',
  'source',
  'locator',
  'quote',
  'verified',
  'unverified_reason',
  'assumption',
  'low',
  'high',
  'distribution',
  'level',
  'median',
  'published_low',
  'published_high',
  'published_level',
  'published_source',
  'published_locator',
  'published_quote',
  'published_verified',
  'published_conversion',
  'note',
];

const cite = (c: Citation | undefined, prefix = '') =>
  c
    ? {
        [`${prefix}source`]: formatReference(c.key),
        [`${prefix}locator`]: c.locator,
        [`${prefix}quote`]: c.quote ?? '',
        [`${prefix}verified`]: String(c.verified),
        ...(prefix ? {} : { unverified_reason: c.reason ?? '' }),
      }
    : {};

export const GET: APIRoute = () =>
  new Response(
    writeCsv(
      COLUMNS,
      PARAMETERS.map((p) => ({
        ...p,
        ...cite(p.source),
        assumption: p.assumption?.reason ?? '',
        median: distributionMedian(p),
        published_low: p.published?.low ?? '',
        published_high: p.published?.high ?? '',
        published_level: p.published?.level ?? '',
        ...cite(p.published, 'published_'),
        published_conversion: p.published?.conversion ?? '',
      })),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
