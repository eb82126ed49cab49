import { describe, expect, it } from 'vitest';
import { topAtRelease } from './frontier.ts';

describe('topAtRelease', () => {
  it('picks the models in the top n by compute at their release', () => {
    const m = (publication_date: string, training_compute_flop?: number) => ({
      publication_date,
      training_compute_flop,
    });
    const models = [
      m('2020-01-01', 10),
      m('2020-06-01', 5), // second largest so far: in the top 2
      m('2021-01-01', 1), // two larger before it: out
      m('2021-01-01', 20), // a new record: in
      m('2021-06-01'), // unknown compute: never ranked
      m('2022-01-01', 8), // 10 and 20 before it: out of the top 2
    ];
    expect(topAtRelease(models, 2).map((x) => x.training_compute_flop)).toEqual([10, 5, 20]);
    expect(topAtRelease(models, 10)).toHaveLength(5);
  });
});
