/**
 * The Content-Security-Policy: public/_headers sends the pages' policy, and it allows no inline script or
 * eval. Every page under it in Chromium (the policy is in the page; loading it, waking its island and moving
 * a slider raises no `securitypolicyviolation`) is checked by the per-page sweep (tests/support/page-sweep.ts,
 * tests/browser/every-page-<k>.test.ts), which reads the same load for its other checks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp.ts';

describe('Content-Security-Policy', () => {
  it('public/_headers sends the same policy as the pages', () => {
    const headers = readFileSync('public/_headers', 'utf8');
    expect(headers).toContain(`  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
    // 'wasm-unsafe-eval' (WebAssembly for search) is allowed; JavaScript eval and inline script are not.
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/);
  });
});
