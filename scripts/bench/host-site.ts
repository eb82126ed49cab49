/**
 * dist/ served as a host would serve it: the project's static server with the
 * headers of dist/_headers (the Content-Security-Policy and the rest, by path
 * pattern, as Netlify and Cloudflare Pages read that file) and gzip for
 * browsers that accept it. Without compression Lighthouse would time text
 * transfers no host makes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer, type StaticServer } from '../../tests/support/static-server.ts';

interface Rule {
  pattern: RegExp;
  headers: Record<string, string>;
}

/** The rules of a _headers file: a path pattern (with * and :placeholders) and indented "Name: value" lines. */
export function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (!rule || !match) throw new Error(`_headers: cannot read the line "${line.trim()}"`);
    rule.headers[match[1]!.trim()] = match[2]!.trim();
  }
  return rules;
}

export function startHostSite(directory = 'dist'): Promise<StaticServer> {
  const file = join(directory, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: the bench serves the headers a host would`);
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return startStaticServer(directory, {
    gzip: true,
    headers: (pathname) =>
      Object.assign({}, ...rules.filter((rule) => rule.pattern.test(pathname)).map((rule) => rule.headers)),
  });
}
