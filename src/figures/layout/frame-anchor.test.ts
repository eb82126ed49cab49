import { describe, expect, it } from 'vitest';
import { frameX, frameY } from './frame-anchor.ts';

const d = { width: 640, height: 400, marginLeft: 40, marginRight: 20, marginTop: 30, marginBottom: 50 };

describe('frameX and frameY', () => {
  it('put a text at its frame anchor as Plot does: edges of the plot area, or its middle', () => {
    expect([frameX({ frameAnchor: 'top-left' }, d), frameY({ frameAnchor: 'top-left' }, d)]).toEqual([40, 30]);
    expect([frameX({ frameAnchor: 'bottom-right' }, d), frameY({ frameAnchor: 'bottom-right' }, d)]).toEqual([
      620, 350,
    ]);
    expect([frameX({ frameAnchor: 'top' }, d), frameY({}, d)]).toEqual([330, 190]);
  });
});
