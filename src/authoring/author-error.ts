/**
 * The one error contract for authors: every mistake in an essay stops the
 * build with one line, `<file>:<line>:<col> <what is wrong> (did you mean …?)`,
 * where the file is relative to the project root, and nothing after it: no
 * stack trace (which would point into the MDX plugin, not the essay) and, in
 * `astro build`, no "Location:" block repeating the place.
 */
import { relative } from 'node:path';

/** A message that starts with an essay's place: an author's mistake, whatever class reported it. */
const AUTHOR_MESSAGE = /^\S+\.mdx?:\d+:\d+ /;

/** Whether an error is an author's mistake (then its stack trace is noise). */
export function isAuthorMistake(error: unknown): boolean {
  return error instanceof AuthorError || (error instanceof Error && AUTHOR_MESSAGE.test(error.message));
}

// @astrojs/mdx re-captures the stack of every error a remark plugin throws (Error.captureStackTrace), so
// a stack set on the error cannot survive; V8 formats a captured stack through Error.prepareStackTrace,
// so an author's mistake is given an empty one there and Astro prints no "Stack trace:" after the message.
const previousPrepare = Error.prepareStackTrace;
Error.prepareStackTrace = (error, frames) =>
  isAuthorMistake(error)
    ? ''
    : previousPrepare
      ? previousPrepare(error, frames)
      : `${String(error)}${frames.map((frame) => `\n    at ${String(frame)}`).join('')}`;

export interface Place {
  readonly line: number;
  readonly column: number;
}

interface Positioned {
  readonly position?: { readonly start: { readonly line: number; readonly column: number } } | undefined;
}

/** An author's mistake, with its place in the source. The message is the whole one-line report. */
export class AuthorError extends Error {
  override readonly name = 'AuthorError';
  /** Read by Astro's MDX plugin for the error overlay's location. */
  readonly line: number;
  readonly column: number;
  readonly file: string;
  readonly place: Place;
  readonly problem: string;
  constructor(file: string, place: Place, problem: string) {
    super(`${file}:${place.line}:${place.column} ${problem}`);
    this.file = file;
    this.place = place;
    this.problem = problem;
    this.line = place.line;
    this.column = place.column;
  }

  /**
   * The place Astro shows (set by @astrojs/mdx): kept for the dev server's overlay, left out of
   * `astro build`, where it would print a "Location:" block repeating the message's file:line:col.
   */
  #loc: unknown;
  get loc(): unknown {
    return process.env.NODE_ENV === 'production' ? undefined : this.#loc;
  }
  set loc(value: unknown) {
    this.#loc = value;
  }
}

/** The file's path relative to the project root, as authors see it in their editor. */
export function displayPath(path: string | undefined): string {
  if (!path) return '<unknown file>';
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

/** Where a node starts (1-based line and column); 1:1 when the parser gave no position. */
export function placeOf(node: Positioned | undefined): Place {
  const start = node?.position?.start;
  return start ? { line: start.line, column: start.column } : { line: 1, column: 1 };
}

/** Stops the build: throws an AuthorError for `node` in the vfile. */
export function fail(file: { path?: string }, node: Positioned | Place | undefined, problem: string): never {
  const place = node && 'line' in node ? node : placeOf(node as Positioned | undefined);
  throw new AuthorError(displayPath(file.path), place, problem);
}

/** Edit distance (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The closest candidate to a mistyped name, as " (did you mean "x"?)", or, when
 * nothing is close, the list of what exists (" (known: a, b, c)").
 */
export function didYouMean(name: string, candidates: Iterable<string>, quote = true): string {
  const list = [...new Set(candidates)];
  if (list.length === 0) return '';
  const scored = list.map((c) => ({ c, d: editDistance(name.toLowerCase(), c.toLowerCase()) }));
  scored.sort((x, y) => x.d - y.d || x.c.localeCompare(y.c));
  const best = scored[0]!;
  const q = (s: string) => (quote ? `"${s}"` : s);
  if (best.d <= Math.max(2, Math.ceil(name.length / 3))) return ` (did you mean ${q(best.c)}?)`;
  const shown = list.slice(0, 8).map(q).join(', ');
  return ` (did you mean one of ${shown}${list.length > 8 ? ', …' : ''}?)`;
}
