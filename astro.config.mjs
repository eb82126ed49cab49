// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/authoring/index.ts';
import { SITE } from './src/site.ts';
import { historyGuard } from './src/history/integration.ts';
import { siteAddress } from './src/site-address/integration.ts';
import { rehypeStyleToClass, styleAttributeSheet } from './src/markdown/style-attributes.ts';
// KaTeX's stylesheet as a file that only pages with maths link (issue 21: LCP).
import { katexStylesheet } from './src/markdown/katex-sheet.ts';
// Checked claims: evaluates every <Claim> against its figure's model; a false one stops the build with file:line.
import remarkClaims from './src/authoring/remark-claims.ts';
import { pagefindSearch } from './src/search/pagefind-integration.ts';
import { siteMap } from './src/feeds/sitemap.ts';
// The browser bundle: slim copies of the parameter registry and bibliography, and none of the Plot features no figure uses.
import { slimBrowserModules } from './src/bundling/slim-browser-modules.ts';
import { leftOutOfBrowser } from './src/bundling/left-out-of-browser.ts';
// A live figure's code in a few files (the runtime, one per figure) rather than ~35 small ones.
import { browserChunks } from './src/bundling/browser-chunks.ts';
// Vite's preload helper, cut to what the site uses (it sat in every page's script: issue 21, read JS).
import { slimPreload } from './src/bundling/slim-preload.ts';
// Figures' wide drawings and data tables as files the page fetches; one stylesheet link per page (issue 21: LCP).
import { pageFragmentsIntegration } from './src/bundling/page-fragments.ts';
import { oneStylesheet } from './src/bundling/one-stylesheet.ts';
// The pages' module scripts start after the first paint, so none is on the path to LCP (issue 21).
import { modulesAfterPaint } from './src/layouts/after-paint.ts';

// Astro 7's default Markdown processor does not render math, so essays use the
// unified pipeline. src/authoring/ holds the plugins: maths (KaTeX, HTML for
// sighted readers, MathML for screen readers), citations, cross-references,
// sidenotes, and the build-time checks that stop at an essay's file:line:col.
// MDX inherits this configuration.
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  // Every stylesheet a file: the Content-Security-Policy allows no inline style (src/security/csp.ts).
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({
      remarkPlugins: [...remarkPlugins, remarkClaims],
      // rehypeStyleToClass last: it turns every style attribute (KaTeX's) into a class for the CSP.
      rehypePlugins: [...rehypePlugins, rehypeStyleToClass],
    }),
  },
  // historyGuard first: nothing is rendered when a published file has changed.
  // pagefindSearch indexes the built pages once they are written (astro:build:done); siteMap lists them.
  // oneStylesheet last: it merges the stylesheets the others wrote (math.css, katex.css) into one per page.
  integrations: [
    historyGuard(),
    siteAddress(),
    mdx(),
    styleAttributeSheet(),
    katexStylesheet(),
    siteMap(),
    pagefindSearch(),
    pageFragmentsIntegration(),
    oneStylesheet(),
    modulesAfterPaint(),
  ],
  vite: {
    plugins: [slimBrowserModules(), leftOutOfBrowser(), browserChunks(), slimPreload()],
    // The band's Web Worker is bundled on its own, with these plugins only: it read the whole registry (notes, quotes,
    // published intervals: 5.8 KB gzip of its 10 KB), where it needs what the page's slim copy holds.
    worker: { plugins: () => [slimBrowserModules({ worker: true })] },
    // No data: URLs from Vite: the CSP allows images from this origin only. (KaTeX's faces are inlined on purpose, cut
    // to the characters the maths draws, by src/markdown/katex-subset.ts.)
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks each essay module "use astro:head-inject" for its own head bookkeeping; the bundler's
        // notice that it may drop such directives is about Astro's internals, not ours, and reads as breakage.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    // The island formats "cite this view" with the same SITE.url as the build (src/site.ts).
    define: { 'process.env.SITE_URL': JSON.stringify(SITE.url) },
  },
});
