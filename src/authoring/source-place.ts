/** Line and column (1-based) of an offset in source text. */
import type { Place } from './author-error.ts';

export function offsetToPlace(source: string, offset: number): Place {
  const before = source.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { line, column };
}
