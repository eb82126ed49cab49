import { globSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING_UNIT_FILES, UNIT_INCLUDE, replacesModules } from './unit-isolation.ts';

const ROOT = resolve(import.meta.dirname, '../..');
/** `vi` spelled apart, so that this file's own examples do not count as replacing modules. */
const VI = 'vi';
const unitFiles = () => [...new Set(UNIT_INCLUDE.flatMap((pattern) => globSync(pattern, { cwd: ROOT })))].sort();

describe('unit files without isolation', () => {
  it('recognises a module replaced, and not a mocked function', () => {
    expect(replacesModules(`${VI}.mock('../../src/figures/registry.ts', async () => ({}))`)).toBe(true);
    expect(replacesModules(`${VI}.doMock('../model/bibliography.ts', () => bibliography)`)).toBe(true);
    expect(replacesModules(`${VI}.resetModules();`)).toBe(true);
    expect(replacesModules(`const spy = ${VI}.fn(); ${VI}.useFakeTimers();`)).toBe(false);
  });

  it('every unit file that replaces modules runs isolated (MOCKING_UNIT_FILES), and every listed file does', () => {
    const files = unitFiles();
    expect(files.length).toBeGreaterThan(100);
    const mocking = files.filter((file) => replacesModules(readFileSync(resolve(ROOT, file), 'utf8')));
    expect(
      mocking,
      'a unit file that replaces modules (vi.mock, vi.doMock, vi.resetModules) runs isolated: list it in MOCKING_UNIT_FILES (tests/support/unit-isolation.ts)',
    ).toEqual([...MOCKING_UNIT_FILES].sort());
  });
});
