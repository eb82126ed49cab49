/**
 * Where a figure or an essay uses a registered symbol (registry.ts) for something else. Pure: the build plugin
 * (src/authoring/remark-notation.ts) reports what these return at the essay's file:line, and notation.test.ts
 * runs them over every figure.
 *
 * @example paramClashes(getFigure('wall-glut')) // [{ symbol: 'D', param: 'wall-glut:glut_delay', problem: '…' }]
 */
import type { AnyFigureSpec, ParamDefinition } from '../figures/spec.ts';
import { KNOWN_CLASHES, NOTATION, type NotationEntry } from './registry.ts';

export interface Clash {
  readonly symbol: string;
  readonly param?: string;
  readonly essay?: string;
  /** In words, with what the registry says and where to look. */
  readonly problem: string;
}

const params = (spec: AnyFigureSpec) => Object.entries(spec.params as Record<string, ParamDefinition>);
const bySymbol = (symbol: string) => NOTATION.find((entry) => entry.symbol === symbol);
const byKey = (key: string) => NOTATION.find((entry) => entry.keys.includes(key));

/** Parameters of a figure whose symbol means something else site-wide, or whose quantity has another symbol. */
export function paramClashes(spec: AnyFigureSpec): Clash[] {
  return params(spec).flatMap(([key, def]): Clash[] => {
    const entry = bySymbol(def.symbol);
    if (entry && !entry.keys.includes(key)) {
      return [
        {
          symbol: def.symbol,
          param: `${spec.id}:${key}`,
          problem: `figure "${spec.id}" uses ${def.symbol} for “${def.label}”, but ${def.symbol} means ${entry.meaning} site-wide (src/notation/registry.ts): give “${def.label}” a symbol of its own`,
        },
      ];
    }
    const own = byKey(key);
    if (own && own.symbol !== def.symbol) {
      return [
        {
          symbol: def.symbol,
          param: `${spec.id}:${key}`,
          problem: `figure "${spec.id}" writes ${own.meaning} as ${def.symbol}; the site writes it ${own.symbol} (src/notation/registry.ts)`,
        },
      ];
    }
    return [];
  });
}

/** Whether the essay's figures define this symbol with its registered meaning. */
const definedBy = (entry: NotationEntry, specs: readonly AnyFigureSpec[]) =>
  specs.some((spec) => params(spec).some(([key, def]) => def.symbol === entry.symbol && entry.keys.includes(key)));

/** Registered symbols an essay's maths (`tex`, one formula) uses without their registered meaning. */
export function mathClashes(essay: string, tex: string, specs: readonly AnyFigureSpec[]): Clash[] {
  return NOTATION.flatMap((entry): Clash[] => {
    if (!new RegExp(entry.tex).test(tex)) return [];
    if (entry.mathIn?.includes(essay) || definedBy(entry, specs)) return [];
    const otherwise = specs.some((spec) =>
      params(spec).some(([key, def]) => def.symbol === entry.symbol && !entry.keys.includes(key)),
    );
    if (!entry.contested && !otherwise) return [];
    return [
      {
        symbol: entry.symbol,
        essay,
        problem: otherwise
          ? `${entry.symbol} in “${tex}” means ${entry.meaning} site-wide (src/notation/registry.ts), but a figure of this essay gives it another meaning: rename one of them`
          : `${entry.symbol} in “${tex}” means ${entry.meaning} site-wide (src/notation/registry.ts), and none of this essay’s figures defines it so: write another symbol, or, if it is that quantity, list the essay in the entry’s mathIn`,
      },
    ];
  });
}

/** Whether a clash is one of the known ones (registry.ts KNOWN_CLASHES), which do not stop the build yet. */
export function isKnown(clash: Clash): boolean {
  return KNOWN_CLASHES.some(
    (known) =>
      known.symbol === clash.symbol &&
      (known.param ? known.param === clash.param : known.essay !== undefined && known.essay === clash.essay),
  );
}
