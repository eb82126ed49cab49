/** Every HTML page of the built site (dist/), as URL paths ("/", "/essays/meek-models/", "/404.html"). */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(directory, entry.name)) : [join(directory, entry.name)],
  );
}

/** Every file under dist/ (or another build directory), as a path relative to it with forward slashes. */
export function distFiles(directory = DIST): string[] {
  return walk(directory)
    .map((file) => relative(directory, file).split(sep).join('/'))
    .sort();
}

/** The URL path of each built HTML page. */
export function sitePages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html'))
    .map((file) =>
      file === 'index.html'
        ? '/'
        : file.endsWith('/index.html')
          ? `/${file.slice(0, -'index.html'.length)}`
          : `/${file}`,
    );
}
