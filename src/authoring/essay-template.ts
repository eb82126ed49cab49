/**
 * The essay `npm run new:essay -- <slug>` writes: it builds at once and uses
 * every feature of an essay once (citation, note, maths, a labelled equation,
 * a figure with a preset and a cross-reference, a second figure sharing a key,
 * a number from a figure, a preset's value, a cited number from the parameter
 * registry, checked claims, a "what would you have to believe" box in both
 * forms, whole sentences per case when the figure declares a case, an internal
 * link), so an author can start by replacing text. It is built on the
 * meek-models figures (src/figures/meek-loss-gap/), whose claims hold at their
 * defaults; docs/authoring.md explains each part.
 */
import { figureIds, getFigure } from '../figures/registry.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';

/** Slugs become URLs (/essays/<slug>/): lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const FIGURE = 'meek-loss-gap';
/** A second figure with the key g_i: the two move together on the page. */
const SHARING = 'meek-capability-gap';

/** The first latest figure version that declares a case, preferring the two the template shows. */
function caseFigure(): AnyFigureSpec | undefined {
  return [FIGURE, SHARING, ...figureIds()].map((id) => getFigure(id)).find((spec) => spec.cases !== undefined);
}

/** One whole sentence per option of a figure's first case (and that figure, if the page has not shown it), or nothing. */
export function casesBlock(spec: AnyFigureSpec | undefined): string {
  const [name, figureCase] = Object.entries(spec?.cases ?? {})[0] ?? [];
  if (spec === undefined || name === undefined || figureCase === undefined) return '';
  const whens = figureCase.options
    .map((option) => `  <When is="${option}">Write here the sentence that holds when ${option}.</When>`)
    .join('\n');
  const figure = [FIGURE, SHARING].includes(spec.id) ? '' : `\n<Figure id="${spec.id}" />\n`;
  return `
Where the wording depends on the reader's settings, write one whole sentence
per case and let the figure choose (${figureCase.label.toLowerCase()}):
${figure}
<FigureCases figure="${spec.id}" case="${name}">
${whens}
</FigureCases>
`;
}

export function essayTemplate(slug: string, today: string): string {
  const spec = getFigure(FIGURE);
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  const cases = casesBlock(caseFigure());
  return `---
title: ${title}
description: One or two sentences that say what this essay argues, for lists and link previews.
thesis: One sentence that states the essay's argument as a claim, shown under its title in lists.
authors:
  - name: Your Name
    # orcid: 0000-0002-1825-0097
    # affiliation: Your institution
published: ${today}
tags: [draft-topic]
# draft: true keeps the essay out of the published site (it still shows in npm run dev).
draft: false
---

import Figure from '../../components/Figure.astro';
import FigureValue from '../../components/FigureValue.astro';
import PresetValue from '../../components/PresetValue.astro';
import ParameterValue from '../../components/parameters/ParameterValue.astro';
import Claim from '../../components/Claim.astro';
import Believe from '../../components/Believe.astro';
import BelieveNote from '../../components/BelieveNote.astro';
${cases ? "import FigureCases from '../../components/FigureCases.astro';\nimport When from '../../components/When.astro';\n" : ''}
Start with the claim. Cite a work from src/bibliography/references.json by its
key [@gundlach-2025], with a page [@hoffmann-2022, p. 7], or several at once
[@ho-2024; @besiroglu-2024]. The reference list at the end is generated.[^notes]

## The model

Inline maths uses dollars, $C \\approx 6ND$; a display equation gets a label on
the line right after it:

$$
L(C) = L_0 + A\\,C^{-\\alpha}
$$
{#eq-loss}

@eq-loss is the scaling law. @fig-main shows it at work: move its sliders.
Numbers in prose come from the figure, never typed: the gap peaks in
<FigureValue figure="${FIGURE}" value="peakYear" />. A number a source
published comes from the parameter registry, with its source: frontier
compute beyond hardware gains grows <ParameterValue id="g_i" source="epoch-compute-trends-2024" interval />.
The figure starts from spending that grows
<PresetValue figure="${FIGURE}" param="g_i" /> a year, the value this essay
presets.

<Figure id="${FIGURE}" label="fig-main" params={{ g_i: 3.6 }} />
${cases}
A sentence the model can test is a claim, checked at build and as the reader
moves the sliders: <Claim figure="${FIGURE}" value="peakGap" param="g_i" trend="increasing">faster
spending growth makes the peak higher</Claim>.

Figures that share a parameter move together: @fig-second has $g_i$ too, so
moving it in either figure moves both.

<Figure id="${SHARING}" label="fig-second" />

<Believe figure="${FIGURE}" value="peakYearsAfterStart" threshold={5} holdsWhen="above" param={['alpha', 'g_i']}>
  The frontier's lead keeps growing for years
</Believe>

<BelieveNote title="The same question in your own words">

The gap peaks <FigureValue figure="${FIGURE}" value="peakYearsAfterStart" />
after the start; list here what would have to hold for that to change.

</BelieveNote>

The figure's [permalink page](/figures/${spec.id}/v${spec.version}/) has its data and citation.

[^notes]: Notes appear in the margin on wide screens and at the end on narrow ones.
`;
}
