// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { rehypePlugins, remarkPlugins } from './src/authoring/index.ts';
import { SITE } from './src/site.ts';
// Checked claims (meek helper): evaluates every <Claim> against its figure's model; a false one stops the build with file:line.
import remarkClaims from './src/authoring/remark-claims.ts';

// Astro 7's default Markdown processor does not render math, so essays use the
// unified pipeline. src/authoring/ holds the plugins: maths (KaTeX, HTML for
// sighted readers, MathML for screen readers), citations, cross-references,
// sidenotes, and the build-time checks that stop at an essay's file:line:col.
// MDX inherits this configuration.
export default defineConfig({
  site: SITE.url,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [...remarkPlugins, remarkClaims],
      rehypePlugins,
    }),
  },
  integrations: [mdx()],
});
