/**
 * The build's rewrite (after-paint.ts): on a page with the head script, the listed components' module scripts become
 * inert placeholders for the head script to start after the first paint; other scripts, and pages without the head
 * script (embeds), are left as Astro wrote them. The built pages are checked in tests/build/first-screen.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { AFTER_PAINT_SCRIPT } from './after-paint-script.ts';
import { AFTER_PAINT, deferModuleScripts } from './after-paint.ts';
import { HEAD_SCRIPT } from './head-script.ts';

const module = (component: string) =>
  `<script type="module" src="/_astro/${component}.astro_astro_type_script_index_0_lang.AbC-12_x.js"></script>`;
const page = (body: string, head = `<script>${HEAD_SCRIPT}</script>`) =>
  `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

describe('deferModuleScripts', () => {
  it('lists the page script and the served-origin rewrite', () => {
    expect(AFTER_PAINT).toEqual(['PageScript', 'ServedOrigin']);
  });

  it('turns the listed components’ module scripts into placeholders with their address, in place', () => {
    const html = page(`<p>Text</p>${module('PageScript')}<footer></footer>${module('ServedOrigin')}`);
    expect(deferModuleScripts(html)).toBe(
      page(
        '<p>Text</p>' +
          '<script type="text/x-after-paint" data-after-paint="/_astro/PageScript.astro_astro_type_script_index_0_lang.AbC-12_x.js"></script>' +
          '<footer></footer>' +
          '<script type="text/x-after-paint" data-after-paint="/_astro/ServedOrigin.astro_astro_type_script_index_0_lang.AbC-12_x.js"></script>',
      ),
    );
  });

  it('leaves the scripts of components not listed, whose first run changes the first screen', () => {
    const html = page(`${module('FrozenViewScript')}${module('404')}${module('PageScript')}`);
    const deferred = deferModuleScripts(html);
    expect(deferred).toContain(module('FrozenViewScript'));
    expect(deferred).toContain(module('404'));
    expect(deferred).not.toContain(module('PageScript'));
  });

  it('leaves a page without the head script (an embed) as it is', () => {
    const embed = page(module('PageScript'), '<title>Embed</title>');
    expect(deferModuleScripts(embed)).toBe(embed);
  });

  it('needs the loader itself, not only a page with some inline script', () => {
    expect(HEAD_SCRIPT).toContain(AFTER_PAINT_SCRIPT);
    const other = page(module('PageScript'), '<script>var x=1</script>');
    expect(deferModuleScripts(other)).toBe(other);
  });
});
