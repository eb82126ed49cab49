/**
 * Essay frontmatter checked with the essay's file and line: the content
 * loader calls `checkFrontmatter` before Astro's own validation, so a bad
 * field stops the build as `<file>:<line>:<col> frontmatter …` instead of
 * pointing at `:0:0`.
 */
import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { essayKeys, essaySchema } from '../schemas/essay.ts';
import { AuthorError, didYouMean, displayPath, type Place } from './author-error.ts';

/** Where `path` (["authors", 0, "orcid"]) is written in the YAML frontmatter of `source`. */
export function frontmatterPlace(source: string, path: readonly PropertyKey[]): Place {
  const lines = source.split('\n');
  const end = lines.indexOf('---', 1);
  let line = 1; // the opening ---
  let indent = -1;
  for (const step of path) {
    for (let i = line; i < (end > 0 ? end : lines.length); i++) {
      const text = lines[i]!;
      const leading = text.length - text.trimStart().length;
      const stripped = text.trimStart().replace(/^-\s+/, '');
      if (typeof step === 'number') {
        // The step-th list item after the key.
        if (/^\s*-(\s|$)/.test(text) && leading > indent) {
          let count = 0;
          for (let j = i; j < end; j++) {
            if (/^\s*-(\s|$)/.test(lines[j]!) && lines[j]!.length - lines[j]!.trimStart().length === leading) {
              if (count === step) {
                line = j;
                break;
              }
              count++;
            }
          }
          indent = leading;
          break;
        }
      } else if (new RegExp(`^${String(step).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*:`).test(stripped)) {
        line = i;
        indent = leading;
        break;
      }
    }
  }
  const text = lines[line] ?? '';
  const column = text.length - text.trimStart().replace(/^-\s+/, '').length + 1;
  return { line: line + 1, column };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  expected?: string;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    data,
  );
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'empty';
  return typeof value === 'string' ? `the text "${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

/** The first problem with an essay's frontmatter as an AuthorError, or undefined when it is valid. */
export function frontmatterError(filePath: string, source: string, data: unknown): AuthorError | undefined {
  const result = essaySchema.safeParse(data);
  if (result.success) return undefined;
  const issue = result.error.issues[0] as unknown as Issue;
  const file = displayPath(filePath);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys![0]!;
    const nested = issue.path.length > 0;
    const known = nested ? ['name', 'orcid', 'affiliation'] : essayKeys;
    return new AuthorError(
      file,
      frontmatterPlace(source, [...issue.path, key]),
      `unknown frontmatter key "${[...issue.path, key].join('.')}"${didYouMean(key, known)}`,
    );
  }
  const field = issue.path.join('.');
  const value = valueAt(data, issue.path);
  let hint = '';
  if (issue.code === 'invalid_type' && issue.expected === 'boolean' && typeof value === 'string') {
    hint = ` (did you mean ${String(issue.path.at(-1))}: ${/^(yes|true|on|1)$/i.test(value) ? 'true' : 'false'}?)`;
  } else if (issue.code === 'invalid_type' && issue.expected === 'number' && !Number.isNaN(Number(value))) {
    hint = ` (did you mean ${String(issue.path.at(-1))}: ${Number(value)}?)`;
  } else if (issue.code === 'invalid_type' && issue.expected === 'array' && typeof value === 'string') {
    hint = ` (did you mean a list: "- ${value}" on the next line?)`;
  }
  const what =
    issue.code === 'invalid_type' && issue.expected && !issue.message.startsWith('must')
      ? `must be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not ${describe(value)}`
      : issue.message;
  return new AuthorError(file, frontmatterPlace(source, issue.path), `frontmatter "${field}" ${what}${hint}`);
}

/** Throws the first frontmatter problem of the file at `filePath`. */
export function checkFrontmatter(filePath: string, data: unknown): void {
  const error = frontmatterError(filePath, readFileSync(filePath, 'utf8'), data);
  if (error) throw error;
}

/** Wraps a content loader so each entry's frontmatter is checked, with its line, before Astro validates it. */
export function withFrontmatterCheck(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        parseData: (props) => {
          if (props.filePath) checkFrontmatter(props.filePath, props.data);
          return context.parseData(props);
        },
      }),
  };
}
