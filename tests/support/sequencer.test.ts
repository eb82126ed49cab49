/** The longest-first list names test files that exist: a renamed or deleted file would silently drop out of it. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LONG_FIRST } from './sequencer.ts';

const testFiles = (readdirSync('tests', { recursive: true }) as string[])
  .filter((file) => file.endsWith('.test.ts'))
  .map((file) => `/work/tests/${file.replaceAll('\\', '/')}`);

describe('LONG_FIRST', () => {
  it.each(LONG_FIRST.map((pattern) => [pattern.source, pattern]))('%s names a test file', (_, pattern) => {
    expect(testFiles.filter((file) => pattern.test(file))).not.toEqual([]);
  });
});
