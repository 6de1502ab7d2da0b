// A field inferred rather than read says so on its record (issue 23 item 4): the 发文机关 of a
// document with no signature, taken from its header mark, its title or (a listing) its TOC
// entry, with the line it was taken from. A signed document's issuers are read, not inferred.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';

const parse = (path: string) => parseIssue(path, readFileSync(path)).documents;

describe('inferred fields on the record', () => {
  it('issuers from the header mark of a document whose seal stood for its signature', () => {
    const [first] = parse('content/nanming/2020-4.txt');
    expect(first!.issuers).toEqual(['贵阳市南明区人民政府']);
    expect(first!.inferred).toEqual([{ field: 'issuers', from: 'headerMark', line: 37 }]);
  });

  it('issuers from the title, and a listing’s from its TOC entry', () => {
    const docs = parse('content/kundulun/2017-1.txt');
    expect(docs[1]!.inferred).toEqual([{ field: 'issuers', from: 'title', line: 505 }]);
    expect(docs[4]).toMatchObject({
      kind: 'listing',
      issuers: ['昆都仑区人民政府', '昆都仑区人民政府办公室'],
      inferred: [{ field: 'issuers', from: 'toc', line: 99 }],
    });
  });

  it('nothing when the issuers are signed and the date printed whole', () => {
    for (const doc of parse('content/jinfeng/2018-2.txt')) expect(doc.inferred).toBeUndefined();
  });
});
