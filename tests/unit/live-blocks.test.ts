import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { liveBlocks, uncatalogued } from '../prose/live-blocks.ts';

/** A page as the build writes <FigureCases> and <When> (FigureCases.astro, When.astro) in each layout. */
function page(body: string): Document {
  return parseHTML(
    `<!doctype html><html><body><article>${body}</article><footer><p>Not prose.</p></footer></body></html>`,
  ).document;
}

const text = (blocks: readonly Element[]) => blocks.map((block) => block.textContent?.replace(/\s+/g, ' ').trim());

describe('liveBlocks', () => {
  it('holds one-line <When>s at block level, which render as bare divs, with or without a value', () => {
    // the-edge's `case="ownYear"` and `case="fitSpread"`: the first catalogue read only <p>, <li>, <aside> and
    // <figcaption> holding a live element, so neither option of these was ever catalogued.
    const document = page(`
      <p>Static paragraph.</p>
      <div class="figure-cases" data-figure-case="device-frontier:ownYear">
        <div class="when" data-when="trails">It trails by <span data-figure-value="device-frontier:home2030Gap">3.4 years</span>.</div>
        <div class="when" data-when="level" hidden>It even matches the frontier of its own day.</div>
      </div>`);
    const blocks = liveBlocks(document);
    expect(text(blocks)).toEqual(['It trails by 3.4 years.', 'It even matches the frontier of its own day.']);
    expect(uncatalogued(document, blocks)).toEqual([]);
  });

  it('holds every paragraph of a paragraph-level <When>, also one without a value', () => {
    // the-edge's `case="algorithms"`, option "none": its paragraph holds a <ParameterValue>, not a live value.
    const document = page(`
      <div class="figure-cases" data-figure-case="device-frontier:algorithms">
        <div class="when" data-when="moves"><p>Moves to <span data-figure-value="device-frontier:year">2021</span>.</p><p>Second paragraph.</p></div>
        <div class="when" data-when="none" hidden><p>With algorithmic progress set to <a class="parameter-value">none</a>.</p></div>
      </div>`);
    const blocks = liveBlocks(document);
    expect(text(blocks)).toEqual(['Moves to 2021.', 'Second paragraph.', 'With algorithmic progress set to none.']);
    expect(uncatalogued(document, blocks)).toEqual([]);
  });

  it('keeps a paragraph with inline options, a note with its paragraphs, and a data claim as one block each', () => {
    const document = page(`
      <p>Before. <span class="figure-cases" data-figure-case="f:c"><span class="when" data-when="a">A.</span><span class="when" data-when="b" hidden>B.</span></span> After.</p>
      <aside class="believe-note"><p>Question?</p><div class="figure-cases" data-figure-case="f:d"><div class="when" data-when="x">Bare inside a note.</div></div></aside>
      <p>The data say <span class="claim data-claim" data-data-claim="compute-lag">more than a year<span class="claim-checked">Checked.</span></span>.</p>
      <p>Only static words.</p>`);
    const blocks = liveBlocks(document);
    expect(blocks.map((block) => block.tagName.toLowerCase())).toEqual(['p', 'aside', 'p']);
    expect(uncatalogued(document, blocks)).toEqual([]);
  });

  it('counts a bare <When> inside a bare <When> once, in the outer one', () => {
    const document = page(`
      <div class="figure-cases" data-figure-case="f:outer"><div class="when" data-when="a">Outer.
        <div class="figure-cases" data-figure-case="f:inner"><div class="when" data-when="b">Inner.</div></div></div></div>`);
    expect(liveBlocks(document).map((block) => block.getAttribute('data-when'))).toEqual(['a']);
  });

  it('names live words no block holds, so a new layout cannot drop sentences silently', () => {
    const document = page(`
      <table><tr><td><span class="figure-cases" data-figure-case="f:c"><span class="when" data-when="a">In a table cell.</span></span></td></tr></table>`);
    expect(uncatalogued(document, liveBlocks(document))).toEqual(['In a table cell.']);
  });
});
