/**
 * The essay pipeline's plugins, in order, for astro.config.mjs and for the
 * tests that run the same pipeline on fixture essays. Remark plugins check
 * the author's input first (maths, figures, links, citations, labels), each
 * stopping the build with `<file>:<line>:<col> <what is wrong> (did you mean …?)`.
 */
import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import remarkMathCheck from './remark-math-check.ts';
import remarkHasMaths from './remark-has-maths.ts';
import remarkFigures from './remark-figures.ts';
import remarkFigureCases from './remark-figure-cases.ts';
import remarkDataClaims from './remark-data-claims.ts';
import remarkNotation from './remark-notation.ts';
import remarkInternalLinks from './remark-internal-links.ts';
import remarkCitations from './remark-citations.ts';
import remarkCrossReferences from './remark-cross-references.ts';
import remarkParameterValues from './remark-parameter-values.ts';
import rehypeSidenotes from './rehype-sidenotes.ts';
import rehypeKatexScroll from './rehype-katex-scroll.ts';

export const remarkPlugins: RemarkPlugins = [
  remarkMath,
  remarkMathCheck,
  // Whether the essay has maths: only then does its page link KaTeX's stylesheet (src/markdown/katex-sheet.ts).
  remarkHasMaths,
  // Also merges the essay's presets and hands them to every figure and prose value.
  remarkFigures,
  // Whole-sentence live prose: checks <FigureCases>/<When> and shows the option that holds at the starting state.
  remarkFigureCases,
  // Sentences about the data (<DataClaim>) checked against their pinned dataset version.
  remarkDataClaims,
  // One notation across the site (src/notation/registry.ts): a registered symbol means one thing everywhere.
  remarkNotation,
  remarkInternalLinks,
  remarkCitations,
  remarkCrossReferences,
  remarkParameterValues,
];

export const rehypePlugins: RehypePlugins = [
  [rehypeKatex, { output: 'htmlAndMathml', throwOnError: true }],
  rehypeKatexScroll,
  rehypeSidenotes,
];
