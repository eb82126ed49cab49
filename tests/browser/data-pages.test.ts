/** Every dataset URL in /data/index.json, in Chromium: served, loading nothing from elsewhere, without errors. */

import { expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { pageScriptRan } from '../support/page-script.ts';

const site = useBuiltSite();

it('opens /data/, every dataset version page and every file /data/index.json lists', async () => {
  const page = await site.browser.newPage();
  const foreign: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(site.server.origin)) foreign.push(request.url());
  });
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(error.message));

  const index = await (await page.request.get(`${site.server.origin}/data/index.json`)).json();
  const local = (url: string) => `${site.server.origin}${new URL(url).pathname}`;
  for (const path of [
    '/data/',
    ...index.datasets.flatMap((d: { name: string; url: string }) => [`/data/${d.name}/`, new URL(d.url).pathname]),
  ]) {
    const response = await page.goto(`${site.server.origin}${path}`);
    expect(response?.status(), path).toBe(200);
    // Errors and requests of the page script count too: it starts after the first paint, so wait for it.
    await pageScriptRan(page);
    await expect(page.locator('h1').count()).resolves.toBe(1);
  }
  for (const dataset of index.datasets) {
    for (const file of [...Object.values<{ url: string }>(dataset.files), { url: dataset.metadata }]) {
      const response = await page.request.get(local(file.url));
      expect(response.status(), file.url).toBe(200);
      expect(response.headers()['content-type']).toMatch(/^(text\/csv|application\/json)/);
    }
  }
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
  await page.close();
});
