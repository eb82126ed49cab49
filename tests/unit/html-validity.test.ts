/**
 * The validator used over dist/ (tests/build/html-valid.test.ts) catches the
 * markup issue 12 found: a <figcaption> in the middle of a <figure>; and the
 * Believe box's old <p><strong><p>…</p></strong></p>. Valid versions pass.
 */
import { describe, expect, it } from 'vitest';
import { formatProblems, validateHtml } from '../support/html-validity.ts';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><main>${body}</main></body></html>`;

describe('html-validate standard preset, as the build test runs it', () => {
  it('rejects a figcaption between the figure’s drawing and its table (the old Figure order)', async () => {
    const html = page(
      '<figure><svg></svg><figcaption>Caption</figcaption><details><summary>Data</summary></details></figure>',
    );
    const problems = await validateHtml(html, 'fixture.html');
    expect(problems.map((p) => p.rule)).toContain('element-permitted-order');
    expect(formatProblems(problems)).toMatch(
      /^fixture\.html:1:\d+ element-permitted-order: Element <details> must be used before <figcaption>/m,
    );
  });

  it('accepts the figcaption last', async () => {
    const html = page(
      '<figure><svg></svg><details><summary>Data</summary></details><figcaption>Caption</figcaption></figure>',
    );
    expect(await validateHtml(html, 'fixture.html')).toEqual([]);
  });

  it('rejects a paragraph inside <strong> inside <p> (the Believe conclusion MDX wrapped in <p>)', async () => {
    const problems = await validateHtml(page('<p><strong><p>Claim</p></strong></p>'), 'fixture.html');
    expect(problems.map((p) => p.rule)).toContain('element-permitted-content');
  });

  it('accepts the conclusion as a div holding the paragraph', async () => {
    expect(await validateHtml(page('<aside aria-label="x"><div><p>Claim</p></div></aside>'), 'fixture.html')).toEqual(
      [],
    );
  });
});
