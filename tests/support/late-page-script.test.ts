import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LATE_PREFIX, lateAfterPaintScripts, lateModuleStub, pageScriptDelayMs } from './late-page-script.ts';
import { startStaticServer, type StaticServer } from './static-server.ts';

const PLACEHOLDER = '<script type="text/x-after-paint" data-after-paint="/_astro/PageScript.abc.js"></script>';

describe('TEST_PAGE_SCRIPT_DELAY_MS', () => {
  it('is off unless set, and refuses a value that is not a whole number of ms', () => {
    expect(pageScriptDelayMs({})).toBe(0);
    expect(pageScriptDelayMs({ TEST_PAGE_SCRIPT_DELAY_MS: '' })).toBe(0);
    expect(pageScriptDelayMs({ TEST_PAGE_SCRIPT_DELAY_MS: '2500' })).toBe(2500);
    expect(() => pageScriptDelayMs({ TEST_PAGE_SCRIPT_DELAY_MS: '2.5s' })).toThrow(/whole number of ms, not "2.5s"/);
  });

  it('points each after-paint placeholder at a stub that waits, then imports the module at its own address', () => {
    expect(lateAfterPaintScripts(PLACEHOLDER)).toBe(PLACEHOLDER.replace('="/_astro/', `="${LATE_PREFIX}/_astro/`));
    const stub = lateModuleStub('/_astro/PageScript.abc.js', 2500);
    expect(stub).toContain('setTimeout(done, 2500)');
    expect(stub).toContain('await import("/_astro/PageScript.abc.js")');
  });
});

describe('the tests’ static server with a page script delay', () => {
  const root = mkdtempSync(join(tmpdir(), 'late-page-script-'));
  let late: StaticServer;
  let plain: StaticServer;
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), `<!doctype html><title>home</title>${PLACEHOLDER}`);
    [late, plain] = await Promise.all([startStaticServer(root, undefined, {}, 2500), startStaticServer(root)]);
  });
  afterAll(async () => {
    await Promise.all([late.close(), plain.close()]);
    rmSync(root, { recursive: true, force: true });
  });

  it('serves pages whose placeholders load the stub, and the stub, never cached', async () => {
    expect(await (await fetch(`${late.origin}/`)).text()).toContain(`data-after-paint="${LATE_PREFIX}/_astro/`);
    const stub = await fetch(`${late.origin}${LATE_PREFIX}/_astro/PageScript.abc.js`);
    expect(stub.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(stub.headers.get('cache-control')).toBe('no-store');
    expect(await stub.text()).toBe(lateModuleStub('/_astro/PageScript.abc.js', 2500));
  });

  it('serves the site as built without it', async () => {
    expect(await (await fetch(`${plain.origin}/`)).text()).toContain(PLACEHOLDER);
    expect((await fetch(`${plain.origin}${LATE_PREFIX}/_astro/PageScript.abc.js`)).status).toBe(404);
  });
});
