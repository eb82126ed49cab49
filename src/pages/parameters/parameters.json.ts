import type { APIRoute } from 'astro';
import { BIBLIOGRAPHY } from '../../model/bibliography.ts';
import { PARAMETERS } from '../../model/parameters.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify({ parameters: PARAMETERS, bibliography: BIBLIOGRAPHY }, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
