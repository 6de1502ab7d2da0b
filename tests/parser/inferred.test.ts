// A field inferred rather than read says so on its record (issue 23 item 4): the 发文机关 of a
// document with no signature, taken from its header mark or its title, with the line it was
// taken from. A signed document's issuers are read, not inferred; a listing has none to infer
// (issue 23: a listing is never a source of an issuer).
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

  it('issuers from the title; none for a listing, whatever its TOC entry names', () => {
    const docs = parse('content/kundulun/2017-1.txt');
    expect(docs[1]!.inferred).toEqual([{ field: 'issuers', from: 'title', line: 505 }]);
    // Its TOC entry (line 99) reads 昆都仑区人民政府、昆都仑区人民政府办公室下发文件目录: whose documents it lists.
    expect(docs[4]).toMatchObject({ kind: 'listing', issuers: [] });
    expect(docs[4]!.inferred).toBeUndefined();
  });

  it('a 大事记 headed by that word alone: issuers from its TOC entry', () => {
    // content/kundulun/2017-1.txt, its chronicle's heading (line 759) printed without its organ,
    // as gazettes print it under a section label; the TOC entry (line 95) names it.
    const text = readFileSync('content/kundulun/2017-1.txt', 'utf8').replace(
      /^昆都仑区人民政府大事记$/m,
      '大事记',
    );
    const chronicle = parseIssue('content/kundulun/2017-1.txt', Buffer.from(text)).documents[3]!;
    expect([chronicle.kind, chronicle.title, chronicle.issuers, chronicle.inferred]).toEqual([
      'chronicle',
      '大事记',
      ['昆都仑区人民政府'],
      [{ field: 'issuers', from: 'toc', line: 95 }],
    ]);
  });

  it('nothing when the issuers are signed and the date printed whole', () => {
    for (const doc of parse('content/jinfeng/2018-2.txt')) expect(doc.inferred).toBeUndefined();
  });
});
