import { describe, expect, it } from 'vitest';
import { figureDataFromDisk } from '../publishing/lock-files.ts';
import { getFigure } from '../registry.ts';
import { lagTitleFails } from './title-fails.ts';

const spec = getFigure('open-closed-compute');
const data = figureDataFromDisk(spec);
const note = (from_year: number) => spec.titleFails!({ from_year }, spec.table({ from_year }, data));

describe('open-closed-compute: where its title fails', () => {
  it('holds while the median lag is nearer one year than two', () => {
    expect(note(2018)).toBeUndefined();
    expect(note(2014)).toBeUndefined();
    expect(lagTitleFails(2018, { months: 17.9, matched: 10, censored: 4 })).toBeUndefined();
  });

  it('says when the median is nearer two years', () => {
    expect(note(2012)).toBe(
      'From 2012 on, open models take a median 24 months to match a closed record, nearer two years than one.',
    );
  });

  it('says when there is no median', () => {
    expect(lagTitleFails(2023, { months: Infinity, matched: 2, censored: 4 })).toMatch(
      /\(4 of 6 not yet\), so there is no median lag\.$/,
    );
    expect(lagTitleFails(2023, { months: NaN, matched: 0, censored: 4 })).toMatch(
      /no closed compute record has been matched/,
    );
  });
});
