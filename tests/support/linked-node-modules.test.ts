import { existsSync, lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PER_COPY_CACHES, linkNodeModules } from './linked-node-modules.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(join(tmpdir(), 'linked-node-modules-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('linkNodeModules', () => {
  it('links every package but keeps the caches (Astro’s content store among them) out', () => {
    linkNodeModules(ROOT, copy);
    const modules = join(copy, 'node_modules');
    expect(lstatSync(modules).isDirectory()).toBe(true);
    expect(lstatSync(join(modules, 'astro')).isSymbolicLink()).toBe(true);
    expect(existsSync(join(modules, 'astro/package.json'))).toBe(true);
    for (const cache of PER_COPY_CACHES) expect(existsSync(join(modules, cache)), cache).toBe(false);
  });

  it('is how every test that copies the project gets its packages', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(dir, entry.name))
          : entry.name.endsWith('.ts')
            ? [join(dir, entry.name)]
            : [],
      );
    const linkingWholeDirectory = sources(join(ROOT, 'tests')).filter((file) =>
      /symlinkSync\([^)]*'node_modules'/.test(readFileSync(file, 'utf8')),
    );
    expect(linkingWholeDirectory.map((file) => file.slice(ROOT.length + 1))).toEqual([]);
  });
});
