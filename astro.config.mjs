// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import { SITE } from './src/site.ts';
import { historyGuard } from './src/history/integration.ts';

// Astro 7's default Markdown processor does not render math, so essays use the
// unified pipeline with remark-math + rehype-katex (HTML for sighted readers,
// MathML for screen readers). MDX inherits this configuration.
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkMath],
      rehypePlugins: [[rehypeKatex, { output: 'htmlAndMathml' }]],
    }),
  },
  // historyGuard first: nothing is rendered when a published file has changed.
  integrations: [historyGuard(), mdx()],
  vite: {
    // The island formats "cite this view" with the same SITE.url as the build (src/site.ts).
    define: { 'process.env.SITE_URL': JSON.stringify(SITE.url) },
  },
});
