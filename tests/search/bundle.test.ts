// A shard's search bundle is reused from the build cache only while what its records are made
// of is unchanged (scripts/search-index.ts, bundleInputs) — including each document's last day
// in force, which a document of another shard sets when it repeals it. On the real
// 证监会公告〔2017〕13号, which repeals 证监会公告〔2008〕38号 (tests/support/repeal.ts), each
// placed in an issue of its own, in two shards.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundleInputs, lastDays } from '../../scripts/search-index.ts';
import type { Shard } from '../../scripts/lib/shards.ts';
import { repealed as repealedData, repealing as repealingData } from '../support/repeal.ts';
import { sampleDocuments } from '../support/samples.ts';
import { parseIssue } from '../../src/parser/index.ts';

// The shapes of a sample issue and document, carrying the two documents' published data.
const { issue } = parseIssue(
  'content/nanming/2020-4.txt',
  readFileSync('content/nanming/2020-4.txt'),
);
const [shape] = sampleDocuments();
const shardOf = (id: string, doc: Partial<typeof shape>): Shard => ({
  gazettes: [id.split('/')[0]!],
  records: [
    {
      issue: { ...issue, id },
      documents: [{ ...shape!, ...doc, id: `${id}/1`, issue: id, order: 1 }],
    },
  ],
  documents: 1,
});
const repealed = shardOf('csrc2008/2008/1', { ...repealedData, cites: [] });
const repealing = shardOf('csrc2017/2017/1', { ...repealingData, cites: [] });
const noTexts = () => '';

describe("a shard's search bundle inputs", () => {
  it('change when a document of another shard repeals one of its documents', () => {
    expect(lastDays([repealed])(repealed.records[0]!.documents[0]!)).toBeNull();
    expect(lastDays([repealed, repealing])(repealed.records[0]!.documents[0]!)).toBe('2017-09-04');
    expect(bundleInputs(repealed, lastDays([repealed, repealing]), noTexts)).not.toBe(
      bundleInputs(repealed, lastDays([repealed]), noTexts),
    );
  });

  it('stay the same when another shard ends none of its documents', () => {
    const other = shardOf('nanming2/2020/4', {});
    expect(bundleInputs(repealed, lastDays([repealed, other]), noTexts)).toBe(
      bundleInputs(repealed, lastDays([repealed]), noTexts),
    );
  });
});
