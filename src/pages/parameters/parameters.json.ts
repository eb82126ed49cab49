import type { APIRoute } from 'astro';
import { BIBLIOGRAPHY } from '../../model/bibliography.ts';
import { PARAMETERS } from '../../model/parameters/index.ts';
import { distributionMedian } from '../../model/sampling.ts';

/** The registry as validated, each parameter with the median of the distribution Monte Carlo samples. */
export const GET: APIRoute = () =>
  new Response(
    `${JSON.stringify(
      { parameters: PARAMETERS.map((p) => ({ ...p, median: distributionMedian(p) })), bibliography: BIBLIOGRAPHY },
      null,
      2,
    )}\n`,
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
