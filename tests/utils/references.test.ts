// Which other documents a document's page shows (src/utils/references.ts), on the sample
// issues: the build cache reuses a shard's pages exactly when these are unchanged, so adding
// an issue must change them for the documents it links to, and for no other.
import { describe, expect, it } from 'vitest';
import { referenceIndex, referencesShown } from '../../src/utils/references.ts';
import { sampleDocuments } from '../support/samples.ts';

const samples = sampleDocuments();
/** kundulun 2017-1 again under another gazette, as a later issue reprinting it would be. */
const copy = samples
  .filter((d) => d.issue === 'kundulun/2017/1')
  .map((d) => ({ ...d, id: d.id.replace('kundulun', 'reprint'), issue: 'reprint/2017/1' }));
const shownIn = (docs: typeof samples) => {
  const index = referenceIndex(docs);
  return new Map(samples.map((d) => [d.id, referencesShown(d, [], index).map((r) => r?.id)]));
};

describe('the references a page shows', () => {
  const before = shownIn(samples);
  const after = shownIn([...copy, ...samples]);

  it('resolves the 发文字号 a document cites, and the documents citing it', () => {
    // The 发文目录 of kundulun 2017-1 lists its own documents by number.
    const listing = samples.find((d) => d.id === 'kundulun/2017/1/5')!;
    expect(before.get(listing.id)).toEqual(
      expect.arrayContaining(['kundulun/2017/1/1', 'kundulun/2017/1/2', 'kundulun/2017/1/3']),
    );
    expect(before.get('kundulun/2017/1/1')).toContain('kundulun/2017/1/5');
  });

  it('changes, when an issue is added, only for the documents it links to', () => {
    const changed = samples.filter(
      (d) => JSON.stringify(before.get(d.id)) !== JSON.stringify(after.get(d.id)),
    );
    // The reprint's 发文目录 cites kundulun's numbers: those documents gain a citing document;
    // and a number borne twice leads to the later document, so kundulun's 发文目录 now links
    // the reprint's.
    expect(changed.map((d) => d.id)).toEqual([
      'kundulun/2017/1/1',
      'kundulun/2017/1/2',
      'kundulun/2017/1/3',
      'kundulun/2017/1/5',
    ]);
    expect(after.get('kundulun/2017/1/1')).toContain('reprint/2017/1/5');
    expect(after.get('kundulun/2017/1/5')).toContain('reprint/2017/1/1');
  });

  it('is the same whatever order the references come in', () => {
    expect(shownIn([...samples].reverse())).toEqual(before);
  });
});
