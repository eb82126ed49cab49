/**
 * Checked claims about the data: evaluates every <DataClaim> in an essay against its pinned dataset version at
 * build (src/data/claims/data-claims.ts) and stops the build at its file:line:col when the data contradict it or
 * it cannot be checked:
 *   src/content/essays/x.mdx:40:1 data claim false: Kaplan–Meier median … is 8.4 months (90% interval …), not below 7.4 months.
 *
 *   <DataClaim estimate="benchmark-lag" version={2} from="2025-01-01" condition="> 8">…</DataClaim>
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { evaluateDataClaim, estimatorOf, type DataClaim } from '../data/claims/data-claims.ts';
import { datasetRows } from '../data/claims/dataset-rows.ts';
import { fail } from './author-error.ts';
import { expressionAttribute, isJsxElement, stringAttribute, type JsxElement } from './mdx-jsx.ts';

/** A <DataClaim>'s attributes as a claim; throws (in words) on anything missing or malformed. */
export function readDataClaim(element: JsxElement): DataClaim {
  const estimate = stringAttribute(element, 'estimate');
  const condition = stringAttribute(element, 'condition');
  const version = expressionAttribute(element, 'version');
  if (!estimate || !condition || !version || 'error' in version || !Number.isInteger(Number(version.value))) {
    throw new Error('<DataClaim> needs estimate="…", version={N} (the dataset version) and condition="…"');
  }
  const across = stringAttribute(element, 'across');
  if (across !== undefined && across !== 'estimate' && across !== 'interval') {
    throw new Error(`across="${across}": use "estimate" or "interval"`);
  }
  const subset = Object.fromEntries(
    ['from', 'to', 'benchmark'].flatMap((key) => {
      const value = stringAttribute(element, key);
      return value === undefined ? [] : [[key, value]];
    }),
  );
  for (const key of ['from', 'to'] as const) {
    if (subset[key] !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(subset[key])) {
      throw new Error(`${key}="${subset[key]}" must be a date, YYYY-MM-DD`);
    }
  }
  return { estimate, condition, version: Number(version.value), subset, ...(across ? { across } : {}) };
}

export default function remarkDataClaims() {
  return (tree: Root, file: VFile) => {
    visit(tree, (node) => {
      if (!isJsxElement(node) || node.name !== 'DataClaim') return;
      let problem: string | undefined;
      try {
        const claim = readDataClaim(node);
        const result = evaluateDataClaim(claim, datasetRows(estimatorOf(claim.estimate).dataset, claim.version));
        if (!result.ok) problem = `data claim false: ${result.problem}`;
      } catch (error) {
        problem = `data claim cannot be checked: ${(error as Error).message}`;
      }
      if (problem) fail(file, node, problem);
    });
  };
}
