import { describe, expect, it } from 'vitest';
import { bundleDir, planShards } from '../../scripts/lib/shards.ts';
import type { IssueRecord } from '../../src/data/generated.ts';

// An issue record with `documents` documents, as planShards sees it.
const issue = (id: string, documents: number) =>
  ({
    issue: { id },
    documents: Array.from({ length: documents }, (_, i) => ({ id: `${id}/${i + 1}` })),
  }) as unknown as IssueRecord;

describe('planShards', () => {
  it('fills shards with whole gazettes, in name order, up to the limit', () => {
    const shards = planShards(
      [issue('b/2020/1', 3), issue('a/2020/1', 2), issue('a/2020/2', 2), issue('c/2020/1', 4)],
      7,
    );
    expect(shards.map((s) => [s.gazettes, s.documents, s.records.map((r) => r.issue.id)])).toEqual([
      [['a', 'b'], 7, ['a/2020/1', 'a/2020/2', 'b/2020/1']],
      [['c'], 4, ['c/2020/1']],
    ]);
  });

  it('never splits a gazette: a larger one is a shard of its own', () => {
    const shards = planShards(
      [issue('a/2020/1', 1), issue('big/2020/1', 6), issue('big/2020/2', 6), issue('z/2020/1', 1)],
      5,
    );
    expect(shards.map((s) => [s.gazettes, s.documents])).toEqual([
      [['a'], 1],
      [['big'], 12],
      [['z'], 1],
    ]);
  });

  it('plans nothing for an empty archive, and names the first bundle pagefind/', () => {
    expect(planShards([], 10)).toEqual([]);
    expect([0, 1, 2].map(bundleDir)).toEqual(['pagefind', 'pagefind-1', 'pagefind-2']);
  });
});
