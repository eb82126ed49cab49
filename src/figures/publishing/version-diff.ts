/**
 * What changed between two versions of a figure, in words, from their
 * params.json files: parameters (defaults, ranges, sources), fixed constants,
 * dataset versions and the model source.
 */
interface ParamsDocument {
  parameters: {
    key: string;
    value: number;
    label: string;
    min: number;
    max: number;
    unit: string;
    source: string;
    choices?: { value: number; label: string }[];
  }[];
  constants: { label: string; value: number; unit: string }[];
  datasets: { name: string; version: number }[];
  model: { sourceSha256: string };
}

/** A default as written in the diff: its number, and for a parameter with choices its name ("1 (cloud rental rates)"). */
function describeValue(p: ParamsDocument['parameters'][number], value: number): string {
  const named = p.choices?.find((choice) => choice.value === value)?.label;
  return named === undefined ? String(value) : `${value} (${named})`;
}

function describeRange(p: ParamsDocument['parameters'][number]): string {
  return `${p.min}–${p.max}${p.unit ? ` ${p.unit}` : ''}`;
}

export function diffFigureVersions(olderJson: string, newerJson: string): string[] {
  const older = JSON.parse(olderJson) as ParamsDocument;
  const newer = JSON.parse(newerJson) as ParamsDocument;
  const changes: string[] = [];

  const oldParams = new Map(older.parameters.map((p) => [p.key, p]));
  const newParams = new Map(newer.parameters.map((p) => [p.key, p]));
  for (const [key, p] of newParams) {
    const before = oldParams.get(key);
    if (!before) {
      changes.push(`Added parameter ${key} (${p.label}), default ${describeValue(p, p.value)}.`);
      continue;
    }
    if (before.value !== p.value)
      changes.push(`Parameter ${key}: default ${describeValue(before, before.value)} → ${describeValue(p, p.value)}.`);
    if (before.min !== p.min || before.max !== p.max)
      changes.push(`Parameter ${key}: range ${describeRange(before)} → ${describeRange(p)}.`);
    if (before.source !== p.source) changes.push(`Parameter ${key}: source “${before.source}” → “${p.source}”.`);
  }
  for (const key of oldParams.keys()) if (!newParams.has(key)) changes.push(`Removed parameter ${key}.`);

  const oldConstants = new Map(older.constants.map((c) => [c.label, c]));
  for (const c of newer.constants) {
    const before = oldConstants.get(c.label);
    if (!before) changes.push(`Added constant “${c.label}” = ${c.value} ${c.unit}.`);
    else if (before.value !== c.value) changes.push(`Constant “${c.label}”: ${before.value} → ${c.value} ${c.unit}.`);
  }
  for (const label of oldConstants.keys())
    if (!newer.constants.some((c) => c.label === label)) changes.push(`Removed constant “${label}”.`);

  const datasets = (doc: ParamsDocument) => doc.datasets.map((d) => `${d.name} v${d.version}`).join(', ') || 'none';
  if (datasets(older) !== datasets(newer)) changes.push(`Datasets: ${datasets(older)} → ${datasets(newer)}.`);
  if (older.model.sourceSha256 !== newer.model.sourceSha256) {
    changes.push(
      `The model’s code changed between these versions, so the same settings may draw a different picture (its source fingerprint went from ${older.model.sourceSha256.slice(0, 8)} to ${newer.model.sourceSha256.slice(0, 8)}).`,
    );
  }
  return changes;
}
