/**
 * Figure parameters read from the model's parameter registry by id, so a
 * figure never retypes a default, unit or source the registry already holds.
 * A figure states only what truly differs: its slider range (wide enough to
 * explore, where the registry's range is the plausible interval), its step and
 * scale, and where needed a label or description for the figure's context.
 */
import { BIBLIOGRAPHY, type ReferenceKey } from '../model/bibliography.ts';
import { parameterEntry } from '../model/parameter-entries.ts';
import { formatNumber } from './format.ts';
import { symbolPlain } from '../notation/symbol-text.ts';
import type { FigurePreset, ParamDefinition } from './spec.ts';

/** "Gundlach, Lynch & Thompson 2025" from a bibliography key. */
export function shortCitation(key: ReferenceKey): string {
  const reference = BIBLIOGRAPHY[key];
  if (!reference) throw new Error(`unknown bibliography key "${key}"`);
  // Authors are "Surname, I., Surname, I., & Surname, I." or "Surname, I., et al."; keep the surnames.
  const names = reference.authors
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .split(/,\s*(?:&\s*)?/)
    .map((part) => part.trim())
    .filter((part) => part && !/^([A-Z]\.\s*)+$/.test(part) && part !== 'et al.');
  const etAl = /et al\./.test(reference.authors) || names.length > 3;
  const authors = etAl
    ? `${names[0]} et al.`
    : names.length <= 2
      ? names.join(' & ')
      : `${names.slice(0, -1).join(', ')} & ${names.at(-1)}`;
  return `${authors} ${reference.year}`;
}

/**
 * "Cottier et al. 2024, Table 2": the work and the place in it. The browser's copy of the registry keeps no
 * locators (src/bundling/slim-browser-modules.ts: only build-time pages show a source), so there it is the work.
 *
 * @example citedAt({ key: 'cottier-2024', locator: '' }) // 'Cottier et al. 2024'
 */
function citedAt(source: { readonly key: ReferenceKey; readonly locator: string }): string {
  return source.locator ? `${shortCitation(source.key)}, ${source.locator}` : shortCitation(source.key);
}

/** What a figure states itself about a registry parameter. */
export interface FigureParamOverrides {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  readonly scale: 'linear' | 'log';
  /** Only where the figure's context needs other words than the registry's. */
  readonly label?: string;
  readonly description?: string;
}

/**
 * A slider definition for registry parameter `id`.
 *
 * @example registryParam('g_a', { min: 1, max: 10, step: 0.1, scale: 'linear' }).default // 2.8
 */
export function registryParam(id: string, figure: FigureParamOverrides): ParamDefinition {
  const entry = parameterEntry(id);
  return {
    label: figure.label ?? entry.label,
    symbol: entry.symbol,
    unit: entry.unit,
    description: figure.description ?? entry.note,
    default: entry.default,
    min: figure.min,
    max: figure.max,
    step: figure.step,
    scale: figure.scale,
    source: citedAt(entry.source),
  };
}

/**
 * One-click presets from the registry's anchors (named, sourced values such as
 * "Measured training-cost growth 2.4") for each of a figure's parameters that
 * is a registry parameter under the same id.
 *
 * @example anchorPresets(['g_i'])[1] // { label: 'gᵢ = 2.4: Measured training-cost growth (Cottier et al. 2024)', params: { g_i: 2.4 }, … }
 */
export function anchorPresets<K extends string>(keys: readonly K[]): FigurePreset<K>[] {
  return keys.flatMap((key) => {
    let entry;
    try {
      entry = parameterEntry(key);
    } catch {
      return [];
    }
    return (entry.anchors ?? []).map((anchor) => ({
      label: `${symbolPlain(entry.symbol)} = ${formatNumber(anchor.value, 3)}: ${anchor.label}`,
      params: { [key]: Number(anchor.value.toPrecision(3)) } as Partial<Record<K, number>>,
      source: `${citedAt(anchor.source)}${anchor.source.quote ? `: “${anchor.source.quote}”` : ''}`,
    }));
  });
}
