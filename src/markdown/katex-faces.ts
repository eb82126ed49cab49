/**
 * Which of KaTeX's faces draws each character of the built maths (issue 21: LCP). KaTeX picks a face by class
 * (`mathnormal` → KaTeX_Math italic, `mathbf` → KaTeX_Main bold, `delimsizing size1` → KaTeX_Size1, …) in its
 * stylesheet; this reads those rules from the stylesheet itself and applies them to the maths' HTML the way the
 * browser's cascade does (specificity, then order; family, weight and style inherited), then matches the result
 * to KaTeX's @font-face rules as the browser's font matching does. The sheet then ships only these faces, each cut
 * to these characters (katex-subset.ts). Only the visible `.katex-html` counts: the MathML copy for screen readers
 * is set in the browser's own maths font. A font rule this cannot read (a selector other than classes and types
 * joined by descendant or child combinators, or generated text) throws, so a KaTeX upgrade cannot slip past it.
 * @example facesInMaths(['<span class="katex"><span class="katex-html"><span class="mord mathnormal">x</span></span></span>'], css)
 *   // Map { 'KaTeX_Math-Italic.woff2' => Set { 'x' } }
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

/** One @font-face of KaTeX's sheet. */
export interface KatexFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** The WOFF2 file's name, e.g. KaTeX_Main-Regular.woff2. */
  file: string;
}

interface Font {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
}
type Compound = { tag?: string; classes: string[] };
interface FontRule {
  /** Compounds from the outermost; `child[i]` says compound i+1 is a child (not a descendant) of compound i. */
  compounds: Compound[];
  child: boolean[];
  specificity: number;
  order: number;
  font: Partial<Font>;
}

const RULE = /([^{}@]+)\{([^{}]*)\}/g;
const weightOf = (value: string) => (value === 'bold' ? 700 : value === 'normal' ? 400 : Number(value));
const styleOf = (value: string): Font['style'] => (value === 'normal' ? 'normal' : 'italic');
const firstFamily = (list: string) =>
  list
    .split(',')[0]!
    .trim()
    .replace(/^["']|["']$/g, '');

/** KaTeX's @font-face rules. */
export function katexFaces(css: string): KatexFace[] {
  return [...css.matchAll(/@font-face\{([^}]*)\}/g)].map(([, body]) => {
    const get = (property: string) => new RegExp(`(?:^|;)${property}:([^;]+)`).exec(body!)?.[1]?.trim();
    const family = get('font-family');
    const [weight, style] = [weightOf(get('font-weight') ?? '400'), styleOf(get('font-style') ?? 'normal')];
    // A face already inlined (katex-subset.ts) is named as KaTeX names its files.
    const inlined = /url\(data:font\/woff2;/.test(body!)
      ? `${family}-${`${weight >= 600 ? 'Bold' : ''}${style === 'italic' ? 'Italic' : ''}` || 'Regular'}.woff2`
      : undefined;
    const file = inlined ?? /url\((?:[^)]*\/)?([^/)]+\.woff2)\)/.exec(body!)?.[1];
    if (!file || !family) throw new Error(`KaTeX stylesheet: a @font-face without a family or a WOFF2 file: ${body}`);
    return { family, weight, style, file };
  });
}

/** The declarations of a rule that choose a face, or undefined when it sets none. */
function fontOf(body: string): Partial<Font> | undefined {
  const font: Partial<Font> = {};
  for (const declaration of body.split(';')) {
    const colon = declaration.indexOf(':');
    const [property, value] = [declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()];
    if (property === 'font-family') font.family = firstFamily(value);
    else if (property === 'font-weight') font.weight = weightOf(value);
    else if (property === 'font-style') font.style = styleOf(value);
    else if (property === 'font') {
      // The shorthand: [style] [weight] size[/line-height] family, resetting what it leaves out to normal.
      const [, before, family] = /^(.*?)\s*[\d.]+(?:em|rem|px|pt|%)(?:\/\S+)?\s+(.+)$/.exec(value) ?? [];
      if (family === undefined) throw new Error(`KaTeX stylesheet: a font shorthand this cannot read: ${value}`);
      const words = before!.split(/\s+/);
      font.family = firstFamily(family);
      font.style = words.includes('italic') || words.includes('oblique') ? 'italic' : 'normal';
      font.weight = weightOf(words.find((word) => word === 'bold' || /^\d+$/.test(word)) ?? 'normal');
    }
  }
  return Object.keys(font).length > 0 ? font : undefined;
}

function parseSelector(selector: string): Pick<FontRule, 'compounds' | 'child' | 'specificity'> {
  const parts = selector
    .trim()
    .replace(/\s*>\s*/g, ' > ')
    .split(/\s+/);
  const compounds: Compound[] = [];
  const child: boolean[] = [];
  for (const part of parts) {
    if (part === '>') {
      child[compounds.length - 1] = true;
      continue;
    }
    const match = /^([a-z][a-z0-9]*)?((?:\.[\w-]+)*)$/i.exec(part);
    if (!match || (!match[1] && !match[2]))
      throw new Error(`KaTeX stylesheet: a font rule's selector this cannot match: ${selector}`);
    compounds.push({ tag: match[1], classes: match[2]!.split('.').filter(Boolean) });
    child[compounds.length - 1] ??= false;
  }
  const specificity = compounds.reduce((sum, c) => sum + c.classes.length * 1000 + (c.tag ? 1 : 0), 0);
  return { compounds, child, specificity };
}

/** The rules of KaTeX's sheet that choose a family, weight or style, in the cascade's order. */
export function fontRules(css: string): FontRule[] {
  const rules: FontRule[] = [];
  let order = 0;
  for (const [, selectors, body] of css.replace(/@font-face\{[^}]*\}/g, '').matchAll(RULE)) {
    const font = fontOf(body!);
    if (!font) continue;
    if (/:/.test(selectors!)) {
      if (/content:/.test(body!)) throw new Error(`KaTeX stylesheet: generated text in a font rule: ${selectors}`);
      continue; // pseudo-classes (:hover, :focus) do not change a face the first paint draws with
    }
    for (const selector of selectors!.split(',')) rules.push({ ...parseSelector(selector), order: order++, font });
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

const classesOf = (element: Element) => (element.properties['className'] as string[] | undefined) ?? [];
const matchesCompound = (element: Element, compound: Compound) =>
  (!compound.tag || element.tagName === compound.tag) &&
  compound.classes.every((name) => classesOf(element).includes(name));

/** Whether a rule matches the last element of a chain of ancestors (outermost first). */
function matches(rule: FontRule, chain: readonly Element[]): boolean {
  const match = (compound: number, at: number): boolean => {
    if (!matchesCompound(chain[at]!, rule.compounds[compound]!)) return false;
    if (compound === 0) return true;
    if (rule.child[compound - 1]) return at > 0 && match(compound - 1, at - 1);
    for (let up = at - 1; up >= 0; up--) if (match(compound - 1, up)) return true;
    return false;
  };
  return match(rule.compounds.length - 1, chain.length - 1);
}

/** The face the browser picks for a font (CSS Fonts 4, §5.2: style first, then the nearest weight). */
export function matchFace(font: Font, faces: readonly KatexFace[]): KatexFace | undefined {
  const family = faces.filter((face) => face.family === font.family);
  const styled = family.filter((face) => face.style === font.style);
  const pool = styled.length > 0 ? styled : family;
  const rank = (weight: number) =>
    font.weight <= 500
      ? weight >= font.weight && weight <= 500
        ? weight - font.weight
        : weight < font.weight
          ? 1000 + font.weight - weight
          : 2000 + weight
      : weight >= font.weight
        ? weight - font.weight
        : 1000 + font.weight - weight;
  return pool.sort((a, b) => rank(a.weight) - rank(b.weight))[0];
}

/**
 * Each KaTeX face the pages' maths draws with, and the characters it draws. Characters whose family is not one of
 * KaTeX's (none in KaTeX's own output) are not counted: no KaTeX face would draw them.
 */
export function facesInMaths(pages: readonly string[], css: string): Map<string, Set<string>> {
  const faces = katexFaces(css);
  const rules = fontRules(css);
  const used = new Map<string, Set<string>>();
  const visit = (node: RootContent | Root, chain: Element[], font: Font | undefined) => {
    if (node.type === 'text' && font) {
      // Spaces count too: a space drawn by a fallback face would have another width.
      const text = node.value;
      const face = matchFace(font, faces);
      if (!face) return;
      const characters = used.get(face.file) ?? new Set<string>();
      for (const character of text) characters.add(character);
      used.set(face.file, characters);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    let next = font;
    let nextChain = chain;
    if (node.type === 'element') {
      const classes = classesOf(node);
      if (classes.includes('katex-mathml')) return;
      if (classes.includes('eqn-num')) throw new Error('KaTeX maths: numbered equations (generated text) are not read');
      if (classes.includes('katex')) nextChain = [];
      if (classes.includes('katex') || font) {
        nextChain = [...nextChain, node];
        const own = rules.filter((rule) => matches(rule, nextChain)).map((rule) => rule.font);
        next = Object.assign({ family: '', weight: 400, style: 'normal' }, font, ...own) as Font;
      }
    }
    for (const child of node.children) visit(child, nextChain, next);
  };
  for (const html of pages) visit(fromHtml(html), [], undefined);
  return used;
}
