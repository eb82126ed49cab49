/**
 * Words run together where a template joins text and an element without a
 * space ("Open & Closed ·23 November 2026", "…the glut.To cite"). Checked on
 * the text a reader sees in every block of every built page.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { expect, it } from 'vitest';

const dist = new URL('../../dist/', import.meta.url).pathname;

function htmlFiles(directory = dist): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/**
 * A sentence end glued to the next word ("glut.To"), a separator dot spaced on one side only ("Closed ·23"), or a
 * sentence that ends twice where a template adds a full stop after text that has one ("…read as before.. Download").
 */
const GLUED = /[a-z]{2}[.!?;][A-Z][a-z]| ·\S|\S· |[a-z)][.!?]\.(?!\.)/;
const BLOCKS = 'p, li, dd, dt, h1, h2, h3, h4, figcaption, td, th, summary, .byline';

/** The page's readable blocks with maths, code and hidden text left out. */
function gluedTexts(html: string): string[] {
  const { document } = parseHTML(html);
  for (const skip of document.querySelectorAll(
    // A checked claim's note is a note beside its sentence, not part of it (the sentence catalogue reads it alone).
    '.katex, code, pre, script, style, svg, [hidden], [aria-hidden="true"], .claim-checked, .claim-status, [data-claim-problem]',
  )) {
    skip.remove();
  }
  // Leaf blocks only: a list item holding paragraphs is checked paragraph by paragraph.
  return [...document.querySelectorAll(BLOCKS)]
    .filter((block) => !block.querySelector(BLOCKS))
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((text) => GLUED.test(text));
}

it.each(htmlFiles().map((file) => relative(dist, file)))(
  '%s runs no two words or a word and a separator together, and ends no sentence twice',
  (path) => {
    const problems = gluedTexts(readFileSync(join(dist, path), 'utf8')).map((text) => {
      const at = GLUED.exec(text)!.index;
      return `…${text.slice(Math.max(0, at - 30), at + 30)}…`;
    });
    expect(problems).toEqual([]);
  },
);

it('the check finds the cases it was written for', () => {
  expect(gluedTexts('<p>Version 6 of 2026-12-07: the sentences read as before.. Download BibTeX</p>')).toHaveLength(1);
  expect(gluedTexts('<p class="byline">Open &amp; Closed ·<time>23 November 2026</time></p>')).toHaveLength(1);
  expect(
    gluedTexts('<p>see the end of <a href="#">The wall and the glut</a>.To cite the publication</p>'),
  ).toHaveLength(1);
  expect(gluedTexts('<p>Open &amp; Closed · <time>23 November 2026</time>. Node.js and e.g. 2.4× a year.</p>')).toEqual(
    [],
  );
});
