/**
 * Settings a reader can reach on a wall figure, for the wall figures' tests: the defaults, each slider at both
 * ends, all at their minimum and all at their maximum, and seeded random stops (a test helper, no figure uses it).
 *
 * @example wallStates(getFigure('wall-glut')).length // 2 × 5 sliders + 3 + 40
 */
import { randomLcg } from 'd3-random';
import { defaultParams, type AnyFigureSpec, type ParamDefinition, type Params } from '../spec.ts';

export function wallStates(spec: AnyFigureSpec, random = 40): Params[] {
  const base = defaultParams(spec);
  const defs = Object.entries(spec.params as Record<string, ParamDefinition>);
  const ends = defs.flatMap(([key, def]) => [
    { ...base, [key]: def.min },
    { ...base, [key]: def.max },
  ]);
  const all = (pick: (def: ParamDefinition) => number) =>
    Object.fromEntries(defs.map(([key, def]) => [key, pick(def)]));
  const next = randomLcg(20261206);
  const stop = (def: ParamDefinition) => {
    const steps = Math.round((def.max - def.min) / def.step);
    return Math.min(def.max, def.min + Math.round(next() * steps) * def.step);
  };
  const randoms = Array.from({ length: random }, () => all(stop));
  return [base, ...ends, all((d) => d.min), all((d) => d.max), ...randoms];
}
