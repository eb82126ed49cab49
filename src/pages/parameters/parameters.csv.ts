import type { APIRoute } from 'astro';
import { writeCsv } from '../../data/csv.ts';
import { formatReference } from '../../model/bibliography.ts';
import { PARAMETERS } from '../../model/parameters.ts';

const COLUMNS = [
  'id',
  'symbol',
  'label',
  'unit',
  'default',
  'low',
  'high',
  'distribution',
  'source',
  'locator',
  'note',
];

export const GET: APIRoute = () =>
  new Response(
    writeCsv(
      COLUMNS,
      PARAMETERS.map((p) => ({ ...p, source: formatReference(p.source.key), locator: p.source.locator })),
    ),
    { headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
  );
