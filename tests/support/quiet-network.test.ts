import { describe, expect, it } from 'vitest';
import { describeOpen, RequestCount } from './quiet-network.ts';

/** A count on a clock the test moves. */
function counted() {
  let t = 0;
  const count = new RequestCount<string>(() => t);
  return { count, advance: (ms: number) => (t += ms) };
}

describe('RequestCount: when a page’s network is quiet', () => {
  it('is quiet only once nothing has been open for the whole quiet time', () => {
    const { count, advance } = counted();
    count.start('a.js');
    advance(2000);
    expect(count.isQuiet(500)).toBe(false);
    count.end('a.js');
    advance(499);
    expect(count.isQuiet(500)).toBe(false);
    advance(1);
    expect(count.isQuiet(500)).toBe(true);
  });

  it('a request that starts in the quiet time starts the wait again', () => {
    const { count, advance } = counted();
    advance(400);
    count.start('late.js');
    advance(10);
    count.end('late.js');
    advance(400);
    expect(count.isQuiet(500)).toBe(false);
    advance(100);
    expect(count.isQuiet(500)).toBe(true);
  });

  it('forgets the requests of the page before a restart, and ignores their ends', () => {
    const { count, advance } = counted();
    count.start('old-page.js');
    count.restart();
    advance(500);
    expect(count.isQuiet(500)).toBe(true);
    count.end('old-page.js');
    expect(count.isQuiet(500)).toBe(true);
  });

  it('names what is open and for how long', () => {
    const { count, advance } = counted();
    count.start('a.js');
    advance(300);
    count.start('b.json');
    advance(200);
    expect(count.open()).toEqual([
      { request: 'a.js', openMs: 500 },
      { request: 'b.json', openMs: 200 },
    ]);
  });
});

describe('describeOpen', () => {
  it('lists each open request by kind, path on the origin, and age', () => {
    expect(
      describeOpen(
        [
          { url: 'http://127.0.0.1:9/_astro/x.js', kind: 'script', openMs: 31200 },
          { url: 'https://elsewhere.example/y', kind: 'fetch', openMs: 5 },
        ],
        'http://127.0.0.1:9',
      ),
    ).toBe('2 requests still open: script /_astro/x.js (31200 ms), fetch https://elsewhere.example/y (5 ms)');
    expect(describeOpen([{ url: 'http://h/a', kind: 'font', openMs: 1 }], 'http://h')).toBe(
      '1 request still open: font /a (1 ms)',
    );
    expect(describeOpen([])).toBe('requests kept starting, none open for long');
  });
});
