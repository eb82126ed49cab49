/**
 * One bibliography style: every entry of references.json is written the same
 * way, so every reference list renders alike. arXiv preprints are articles
 * published by "arXiv" with the number "arXiv:<id>" (not a container title,
 * which citation-js renders as a journal); dates are date-parts; authors are
 * family and given names, or one literal name for an organisation. The
 * guide's example entry (docs/authoring.md, "Citations") follows it too, with
 * an id no other work has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import references from './references.json' with { type: 'json' };

interface Entry {
  readonly id: string;
  readonly type: string;
  readonly title: string;
  readonly author?: readonly Record<string, string>[];
  readonly issued?: { readonly 'date-parts'?: readonly (readonly number[])[] };
  readonly publisher?: string;
  readonly number?: string;
  readonly 'container-title'?: string;
  readonly DOI?: string;
  readonly URL?: string;
}

/** What breaks the house style in one entry, each as a sentence naming the entry. */
function styleProblems(entry: Entry): string[] {
  const problems: string[] = [];
  const arxiv = /arxiv\.org\/abs\/(\d{4}\.\d{4,5})/.exec(entry.URL ?? '')?.[1];
  if (arxiv !== undefined || entry['container-title'] === 'arXiv' || entry.publisher === 'arXiv') {
    if (entry.type !== 'article' || entry.publisher !== 'arXiv' || entry.number !== `arXiv:${arxiv}`)
      problems.push(
        `${entry.id}: an arXiv preprint is written type "article", publisher "arXiv", number "arXiv:${arxiv ?? '<id>'}"`,
      );
    if (entry['container-title'] !== undefined)
      problems.push(`${entry.id}: an arXiv preprint has no container-title (it renders as a journal)`);
  }
  if (!entry.issued?.['date-parts']?.[0]?.length)
    problems.push(`${entry.id}: "issued" is written { "date-parts": [[year, month, day]] }`);
  for (const author of entry.author ?? []) {
    const keys = Object.keys(author).sort().join(',');
    if (keys !== 'family,given' && keys !== 'literal')
      problems.push(`${entry.id}: an author is { "family", "given" } or, for an organisation, { "literal" }`);
  }
  return problems;
}

const entries = references as readonly Entry[];

describe('src/bibliography/references.json', () => {
  it('is written in one style', () => {
    expect(entries.flatMap(styleProblems)).toEqual([]);
  });

  it('finds a mixed style', () => {
    const mixed = { ...entries.find((e) => e.id === 'kaplan-2020')!, 'container-title': 'arXiv', number: '2001.08361' };
    expect(styleProblems(mixed)).toEqual([
      'kaplan-2020: an arXiv preprint is written type "article", publisher "arXiv", number "arXiv:2001.08361"',
      'kaplan-2020: an arXiv preprint has no container-title (it renders as a journal)',
    ]);
  });

  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('the guide’s example entry', () => {
  const guide = readFileSync(new URL('../../docs/authoring.md', import.meta.url), 'utf8');
  const example = JSON.parse(/## 3\. Citations[\s\S]*?```json\n([\s\S]*?)```/.exec(guide)![1]!) as Entry;

  it('is in the house style', () => {
    expect(styleProblems(example)).toEqual([]);
  });

  it('has an id that is not another work’s', () => {
    const same = entries.find((e) => e.id === example.id);
    expect(same === undefined || same.title === example.title, `${example.id} is already "${same?.title}"`).toBe(true);
  });
});
