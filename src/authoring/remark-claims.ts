/**
 * remark plugin: evaluates every <Claim> in an essay against the figure's model
 * at build, at the essay's starting state (the figure's defaults merged with the
 * page's presets: the `pagePreset` attribute remark-figures.ts sets), and stops
 * the build naming the essay's file, line and column when the model disagrees
 * there (or the claim names an unknown figure, value or parameter):
 *   src/content/essays/meek-models.mdx:42:7 claim false at the essay's starting state: Largest loss gap … rises from 0.15 at α = 0.1 to … (Checked against …)
 * The position comes from the MDX JSX node. The evaluation itself is pure
 * (src/figures/claims.ts); this file only finds claims and reads their attributes.
 */
import { relative } from 'node:path';
import { evaluateClaim, type Claim, type Trend } from '../figures/claims.ts';
import { getFigure } from '../figures/registry.ts';
import type { AnyFigureSpec, FigureData } from '../figures/spec.ts';
import { figureDataFromDisk } from '../figures/publishing/lock-files.ts';
import { pagePresetFor } from '../figures/presets.ts';

interface Position {
  readonly start: { readonly line: number; readonly column: number };
}
interface JsxAttribute {
  readonly type: string;
  readonly name?: string;
  readonly value?: string | { readonly type: string; readonly value: string } | null;
}
interface Node {
  readonly type: string;
  readonly name?: string | null;
  readonly attributes?: readonly JsxAttribute[];
  readonly children?: readonly Node[];
  readonly position?: Position;
}
interface File {
  readonly path?: string;
  readonly cwd?: string;
}

/** A claim the model disagrees with; `line` and `column` are what Astro's error overlay reads (as the apparatus helper's AuthorError). */
export class ClaimError extends Error {
  override readonly name = 'ClaimError';
  readonly file: string;
  readonly line: number;
  readonly column: number;
  constructor(message: string, file: string, line: number, column: number) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

export interface RemarkClaimsOptions {
  /** Dataset rows for a figure; defaults to the published JSON on disk. */
  readonly dataFor?: (spec: AnyFigureSpec) => FigureData;
}

/** `{ g_h: 1, g_a: 1 }` as numbers; anything else is an authoring error. */
export function parsePreset(source: string): Record<string, number> {
  const body = source.trim().replace(/^\{/, '').replace(/\}$/, '').trim();
  if (!body) return {};
  const out: Record<string, number> = {};
  for (const part of body.split(',').filter((p) => p.trim())) {
    const match = /^\s*['"]?([A-Za-z_][\w]*)['"]?\s*:\s*(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*$/i.exec(part);
    if (!match) throw new Error(`at={…} takes numbers only, as in at={{ g_h: 1 }}; cannot read "${part.trim()}"`);
    out[match[1]!] = Number(match[2]);
  }
  return out;
}

function readClaim(node: Node): Claim & { version?: number } {
  const strings: Record<string, string> = {};
  let at: Record<string, number> | undefined;
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    const { name, value } = attribute;
    if (typeof value === 'string') strings[name] = value;
    else if (value && name === 'at') at = parsePreset(value.value.trim().replace(/^\{([\s\S]*)\}$/, '$1'));
    else if (value && name === 'version') strings[name] = value.value.trim();
    else throw new Error(`<Claim ${name}=…> must be a plain string`);
  }
  if (strings.kind !== undefined && strings.kind !== 'check' && strings.kind !== 'illustration') {
    throw new Error(`kind="${strings.kind}": use "illustration" for a sentence true by construction, or leave it out`);
  }
  for (const required of ['figure', 'value']) {
    if (!strings[required]) throw new Error(`<Claim> needs ${required}="…"`);
  }
  return {
    figure: strings.figure!,
    value: strings.value!,
    ...(strings.param ? { param: strings.param } : {}),
    ...(strings.trend ? { trend: strings.trend as Trend } : {}),
    ...(strings.condition ? { condition: strings.condition } : {}),
    ...(at ? { at } : {}),
    ...(strings.version ? { version: Number(strings.version) } : {}),
  };
}

function* claims(node: Node): Generator<Node> {
  if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Claim') yield node;
  for (const child of node.children ?? []) yield* claims(child);
}

export default function remarkClaims(options: RemarkClaimsOptions = {}) {
  const dataFor = options.dataFor ?? figureDataFromDisk;
  return (tree: Node, file: File) => {
    const path = file.path ? relative(file.cwd ?? process.cwd(), file.path) : '<unknown file>';
    for (const node of claims(tree)) {
      const line = node.position?.start.line ?? 0;
      const column = node.position?.start.column ?? 0;
      const where = `${path}:${line}:${column}`;
      let problem: string | undefined;
      try {
        const claim = readClaim(node);
        const spec = getFigure(claim.figure, claim.version);
        const page = node.attributes?.find((a) => a.name === 'pagePreset')?.value;
        const start = pagePresetFor(spec, typeof page === 'string' ? (JSON.parse(page) as Record<string, number>) : {});
        const result = evaluateClaim(claim, spec, dataFor(spec), start);
        if (!result.ok) problem = `claim false at the essay's starting state: ${result.problem} (${result.checked})`;
      } catch (error) {
        problem = `claim cannot be checked: ${(error as Error).message}`;
      }
      if (problem) throw new ClaimError(`${where} ${problem}`, path, line, column);
    }
  };
}
