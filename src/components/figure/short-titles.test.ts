import { describe, expect, it } from 'vitest';
import { figureVersions } from '../../figures/registry.ts';
import { SHORT_TITLE_IDS, shortTitle } from './short-titles.ts';

describe('short titles', () => {
  const ids = [...new Set(figureVersions.map((spec) => spec.id))];

  it('every registered figure has one, and none names a figure that does not exist', () => {
    expect(ids.filter((id) => shortTitle(id) === undefined)).toEqual([]);
    expect(SHORT_TITLE_IDS.filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('are short (a label, not a sentence) and differ from the takeaway title', () => {
    for (const id of ids) {
      const short = shortTitle(id)!;
      expect(short.length, id).toBeLessThanOrEqual(32);
      expect(short, id).not.toMatch(/\.$/);
      for (const spec of figureVersions.filter((s) => s.id === id)) expect(spec.title).not.toBe(short);
    }
  });

  it('a figure without one gets none', () => {
    expect(shortTitle('no-such-figure')).toBeUndefined();
  });
});
