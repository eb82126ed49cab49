import { describe, expect, it } from 'vitest';
import { cssDependencies, slimPreloadSource } from './slim-preload.ts';

type Preload = (load: () => Promise<unknown>, deps?: string[]) => Promise<unknown>;

/** The helper's module evaluated over a stand-in document that records the links it appends. */
async function helperWith(base: string) {
  const links: { rel: string; href: string }[] = [];
  const document = {
    createElement: (tag: string) => ({ tag, rel: '', href: '' }),
    head: { append: (link: { rel: string; href: string }) => links.push(link) },
  };
  const source = slimPreloadSource(base).replace('export const __vitePreload =', 'return');
  const preload = new Function('document', source)(document) as Preload;
  return { preload, links };
}

describe('the slim preload helper', () => {
  it('links each file a split chunk imports once, from the base, then runs the import and returns its promise', async () => {
    const { preload, links } = await helperWith('/');
    const island = { hydrate: () => undefined };
    const loaded = await preload(() => Promise.resolve(island), ['_astro/island.js', '_astro/runtime.js']);
    expect(loaded).toBe(island);
    expect(links).toEqual([
      { tag: 'link', rel: 'modulepreload', href: '/_astro/island.js' },
      { tag: 'link', rel: 'modulepreload', href: '/_astro/runtime.js' },
    ]);
    await preload(() => Promise.resolve(1), ['_astro/runtime.js', '_astro/figure.js']);
    expect(links.map((link) => link.href)).toEqual(['/_astro/island.js', '/_astro/runtime.js', '/_astro/figure.js']);
    // An import with no list (Vite passes none for a chunk without imports) links nothing.
    await preload(() => Promise.resolve(2));
    expect(links).toHaveLength(3);
  });

  it('rejects as the import does, so the figure keeps its static drawing and says so (live-figure.ts)', async () => {
    const { preload } = await helperWith('/sub/');
    await expect(preload(() => Promise.reject(new Error('HTTP 404')), ['_astro/x.js'])).rejects.toThrow('HTTP 404');
  });

  it('finds a stylesheet in a chunk’s preload list, which the build refuses (the helper links scripts only)', () => {
    const head = (files: string[]) =>
      `const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=${JSON.stringify(files)})))=>i.map(i=>d[i]);\nimport "x";`;
    expect(cssDependencies(head(['_astro/a.js', '_astro/b.css']))).toEqual(['_astro/b.css']);
    expect(cssDependencies(head(['_astro/a.js']))).toEqual([]);
    expect(cssDependencies('import "x";')).toEqual([]);
  });
});
