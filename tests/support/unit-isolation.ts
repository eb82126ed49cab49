/**
 * Which unit test files need a module graph of their own. The unit project runs its files in one worker
 * without isolation (vitest.config.ts `isolate: false`): each module is imported once for all files instead
 * of once per file, which was half the unit project's CPU (155 → 83 CPU-s, issue 22 §5). A file that replaces
 * modules (vi.mock, vi.doMock, vi.resetModules) cannot share that graph: a module another file imported
 * first keeps the real import, and a mock would leak into the files after it. Those files run in the
 * `unit-mocks` project, isolated as before; tests/support/unit-isolation.test.ts fails when a unit file
 * replaces modules and is not listed here.
 *
 * @example
 *   replacesModules("vi.mock('../registry.ts', …)")   // true
 *   MOCKING_UNIT_FILES.includes('tests/authoring/figure-cases.test.ts')   // true
 */

/** The unit project's files (vitest.config.ts). */
export const UNIT_INCLUDE = [
  'src/**/*.test.ts',
  'tests/unit/**/*.test.ts',
  'tests/figures/**/*.test.ts',
  'tests/data/**/*.test.ts',
  'tests/model/**/*.test.ts',
  'tests/history/**/*.test.ts',
  'tests/authoring/**/*.test.ts',
  'tests/support/**/*.test.ts',
];

/** Unit files that replace modules: run isolated, in the `unit-mocks` project. */
export const MOCKING_UNIT_FILES = [
  'src/bundling/plot-narrowed.test.ts',
  'src/bundling/slim-browser-modules.test.ts',
  'tests/authoring/figure-cases.test.ts',
  'tests/unit/figure-cases-component.test.ts',
];

/** Whether a test file's source replaces modules for the files it imports. */
export function replacesModules(source: string): boolean {
  return /\bvi\s*\.\s*(mock|doMock|unmock|doUnmock|resetModules|importMock)\s*\(/.test(source);
}
