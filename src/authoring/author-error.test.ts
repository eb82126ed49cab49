import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthorError, isAuthorMistake } from './author-error.ts';

describe('an author error prints as its one line', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('keeps no stack trace, even when a plugin re-captures one (as @astrojs/mdx does)', () => {
    const error = new AuthorError('src/content/essays/x.mdx', { line: 3, column: 7 }, 'unknown citation key "a"');
    (error as { name: string }).name = 'MDXError';
    Error.captureStackTrace(error);
    expect(error.stack).toBe('');
    expect(error.message).toBe('src/content/essays/x.mdx:3:7 unknown citation key "a"');
  });

  it('treats any error whose message starts at an essay’s file:line:col as an author’s mistake', () => {
    const claim = new Error('src/content/essays/x.mdx:42:7 claim false: …');
    Error.captureStackTrace(claim);
    expect(isAuthorMistake(claim)).toBe(true);
    expect(claim.stack).toBe('');
    const other = new Error('something else');
    expect(isAuthorMistake(other)).toBe(false);
    expect(other.stack).toMatch(/^Error: something else\n\s+at /);
  });

  it('keeps the place Astro sets for the dev overlay, but not in a production build', () => {
    const error = new AuthorError('x.mdx', { line: 1, column: 1 }, 'bad');
    (error as unknown as { loc: unknown }).loc = { file: 'x.mdx', line: 1, column: 1 };
    vi.stubEnv('NODE_ENV', 'development');
    expect(error.loc).toEqual({ file: 'x.mdx', line: 1, column: 1 });
    vi.stubEnv('NODE_ENV', 'production');
    expect(error.loc).toBeUndefined();
  });
});
