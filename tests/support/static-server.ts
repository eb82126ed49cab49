/**
 * A minimal static file server for the built site (dist/), used by browser
 * tests and the benchmark. Serves only files under the root, and the root's
 * 404.html for a missing file; listens on 127.0.0.1 with an ephemeral port.
 * The benchmark asks it to behave like a host (`asHost`): the headers a host
 * would add for a path, and gzip for clients that accept it, so Lighthouse
 * sees what a reader's browser would. Tests may add files of their own outside the
 * site (`testFiles`, e.g. axe-core for tests/support/axe.ts), served to be cached.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { LATE_PREFIX, lateAfterPaintScripts, lateModuleStub } from './late-page-script.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** Types worth compressing, as hosts do (images and fonts are compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|x-bibtex|xml)|image\/svg\+xml)/;

export interface HostBehaviour {
  /** Extra response headers for a URL path (e.g. from dist/_headers). */
  headers(pathname: string): Record<string, string>;
  /** gzip responses of compressible types when the client accepts it. */
  gzip: boolean;
}

export interface StaticServer {
  readonly origin: string;
  close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const decoded = decodeURIComponent(pathname);
  const candidate = normalize(join(root, decoded));
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
  for (const path of [candidate, join(candidate, 'index.html')]) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
  }
  return undefined;
}

/**
 * @param testFiles URL path → file, served besides the site with a year's cache, for files the tests add to
 *   pages (tests/support/axe.ts's axe-core). The site's own files keep no cache headers, as before.
 * @param pageScriptDelayMs tests only: start each page's after-paint module scripts this much later
 *   (late-page-script.ts, TEST_PAGE_SCRIPT_DELAY_MS); 0 serves the site as built.
 */
export async function startStaticServer(
  directory = 'dist',
  asHost?: HostBehaviour,
  testFiles: Readonly<Record<string, string>> = {},
  pageScriptDelayMs = 0,
): Promise<StaticServer> {
  const root = resolve(directory);
  const server: Server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pageScriptDelayMs > 0 && pathname.startsWith(`${LATE_PREFIX}/`)) {
      const stub = lateModuleStub(pathname.slice(LATE_PREFIX.length), pageScriptDelayMs);
      response.writeHead(200, { 'Content-Type': TYPES['.js']!, 'Cache-Control': 'no-store' }).end(stub);
      return;
    }
    const testFile = Object.hasOwn(testFiles, pathname) ? testFiles[pathname] : undefined;
    if (testFile) {
      const type = TYPES[extname(testFile)] ?? 'application/octet-stream';
      response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'public, max-age=31536000, immutable' });
      createReadStream(testFile).pipe(response);
      return;
    }
    resolveFile(root, pathname)
      .then((file) => {
        if (!file) {
          // As static hosts do: the site's own 404 page, with status 404, at the missing address.
          const notFound = join(root, '404.html');
          stat(notFound)
            .then((info) => {
              if (!info.isFile()) throw new Error('no 404 page');
              response.writeHead(404, { 'Content-Type': TYPES['.html']! });
              createReadStream(notFound).pipe(response);
            })
            .catch(() => response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found'));
          return;
        }
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        if (pageScriptDelayMs > 0 && extname(file) === '.html') {
          return readFile(file, 'utf8').then((html) => {
            response.writeHead(200, { ...asHost?.headers(pathname), 'Content-Type': type });
            response.end(lateAfterPaintScripts(html));
          });
        }
        const gzip =
          asHost?.gzip === true &&
          COMPRESSIBLE.test(type) &&
          /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
        response.writeHead(200, {
          ...asHost?.headers(pathname),
          'Content-Type': type,
          ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
        });
        const body = createReadStream(file);
        if (gzip) body.pipe(createGzip()).pipe(response);
        else body.pipe(response);
      })
      .catch(() => response.writeHead(400).end('Bad request'));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
  };
}
