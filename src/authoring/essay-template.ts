/**
 * The essay `npm run new:essay -- <slug>` writes: it builds at once and uses
 * every feature of an essay once (citation, note, maths, a labelled equation,
 * a figure with a preset and a cross-reference, a number from a figure, an
 * internal link), so an author can start by replacing text.
 */
import { figureIds, versionsOf } from '../figures/registry.ts';
import type { AnyFigureSpec } from '../figures/spec.ts';

/** Slugs become URLs (/essays/<slug>/): lower-case words joined by hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function exampleFigure(): AnyFigureSpec {
  const spec = figureIds()
    .map((id) => versionsOf(id).at(-1)!)
    .find((s) => Object.keys(s.params).length > 0 && Object.keys(s.values).length > 0);
  if (!spec) throw new Error('no figure with parameters and values to show in the template');
  return spec;
}

export function essayTemplate(slug: string, today: string): string {
  const spec = exampleFigure();
  const [paramKey, param] = Object.entries(spec.params as Record<string, { default: number; label: string }>)[0]!;
  const valueName = Object.keys(spec.values)[0]!;
  const title = slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return `---
title: ${title}
description: One or two sentences that say what this essay argues, for lists and link previews.
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
Numbers in prose come from the figure, never typed: its
${(spec.values as Record<string, { label: string }>)[valueName]!.label.toLowerCase()} is
<FigureValue figure="${spec.id}" value="${valueName}" />.

<Figure id="${spec.id}" label="fig-main" params={{ ${paramKey}: ${param.default} }} />

The figure's [permalink page](/figures/${spec.id}/v${spec.version}/) has its data and citation.

[^notes]: Notes appear in the margin on wide screens and at the end on narrow ones.
`;
}
