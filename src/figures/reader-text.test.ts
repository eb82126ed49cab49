/**
 * What a reader reads of every figure's latest version (title, caption, slider labels and symbols, column and
 * value labels, presets, constants, the description at the defaults) names parameters by symbol or in words,
 * never by key (g_i, T_g, c_ft, g_$, C^(−α): issue 19), and has no NaN, undefined or grouped year.
 */
import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from './publishing/lock-files.ts';
import { leaksIn } from './reader-leaks.ts';
import { figureIds, getFigure } from './registry.ts';
import { defaultParams, type AnyFigureSpec, type ParamDefinition } from './spec.ts';

/** Every reader-facing text of a spec, by where it is written in the spec. */
function readerTexts(spec: AnyFigureSpec): [string, string][] {
  const texts: [string, string][] = [
    ['title', spec.title],
    ['caption', spec.caption],
  ];
  for (const [key, def] of Object.entries(spec.params as Record<string, ParamDefinition>)) {
    texts.push([`params.${key}.label`, def.label], [`params.${key}.symbol`, def.symbol]);
    texts.push([`params.${key}.description`, def.description], [`params.${key}.unit`, def.unit]);
    for (const anchor of def.anchors ?? []) texts.push([`params.${key}.anchors`, anchor.label]);
  }
  for (const column of spec.columns) texts.push([`columns.${column.name}`, `${column.label} ${column.description}`]);
  for (const [name, value] of Object.entries(spec.values)) texts.push([`values.${name}.label`, value.label]);
  for (const preset of spec.presets ?? []) texts.push(['presets', preset.label]);
  for (const constant of spec.constants) texts.push(['constants', constant.label]);
  const params = defaultParams(spec);
  const rows = spec.table(params, figureDataFromDisk(spec));
  texts.push(['alt', spec.alt(params, rows)]);
  if (spec.summary) texts.push(['summary', spec.summary(params, rows)]);
  return texts;
}

/**
 * Where a latest version still shows a key (figure: field). Only shrinks: the essay helpers remove an entry when
 * their next version names the parameter by symbol or in words (the test fails on an entry that is clean).
 */
const NOT_YET_CLEAN = new Set<string>([
  'meek-inference-gap: params.inference_price_decline.symbol',
  'open-closed-compute: columns.source_row',
  'wall-gap-lag: params.g_c.symbol',
  'device-frontier: params.frontier_compute_growth.symbol',
  'over-training: params.frontier_compute_growth.symbol',
]);

const fields = figureIds().flatMap((id) => {
  const spec = getFigure(id);
  const byField = new Map<string, string[]>();
  for (const [field, text] of readerTexts(spec)) byField.set(field, [...(byField.get(field) ?? []), text]);
  return [...byField].map(([field, texts]) => ({ name: `${id}: ${field}`, texts }));
});

describe('reader-facing text of every latest figure version', () => {
  it.each(fields)('$name shows no key, NaN or grouped year', ({ name, texts }) => {
    const leaks = leaksIn(texts);
    if (NOT_YET_CLEAN.has(name)) expect(leaks, `${name} is clean now: remove it from NOT_YET_CLEAN`).not.toEqual([]);
    else expect(leaks).toEqual([]);
  });

  it('lists only fields that exist', () => {
    const names = new Set(fields.map((f) => f.name));
    expect([...NOT_YET_CLEAN].filter((name) => !names.has(name))).toEqual([]);
  });
});
