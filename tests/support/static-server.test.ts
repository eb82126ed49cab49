import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AXE_PATH, TEST_FILES } from './axe.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

describe('the tests’ static server', () => {
  const root = mkdtempSync(join(tmpdir(), 'static-server-'));
  let server: StaticServer;
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>home</title>');
    writeFileSync(join(root, '404.html'), '<!doctype html><title>missing</title>');
    server = await startStaticServer(root, undefined, TEST_FILES);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('serves axe-core beside the site, to be cached, so Chromium keeps its compiled code between pages', async () => {
    const response = await fetch(`${server.origin}${AXE_PATH}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await response.text()).toBe(readFileSync(TEST_FILES[AXE_PATH]!, 'utf8'));
  });

  it('serves the site’s files without cache headers, and its 404 page for a missing one', async () => {
    const home = await fetch(`${server.origin}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get('cache-control')).toBeNull();
    expect(await home.text()).toContain('<title>home</title>');
    const missing = await fetch(`${server.origin}/__tests__/other.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<title>missing</title>');
  });
});
