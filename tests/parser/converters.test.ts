// The same real issue as other converters write it (issue 23, converters): a layout-aware
// converter's markdown (headings marked #/##/###, the TOC as a list) and a Word export (CRLF,
// 第 N 页 共 M 页 footers, „…‟ for the 〔〕 of cited numbers). Each parses to the documents
// the pdftotext text gives (tests/corpus/pingjiang-2020-4), and no converter mark ends up in a
// field. How the fixtures were made from the corpus text: tests/fixtures/unseen/SOURCES.md.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';
import { accountFor } from '../../src/quality/accounting.ts';

const PATH = 'content/pingjiang/2020-4.txt';

function read(file: string) {
  const bytes = readFileSync(file);
  const result = parseIssue(PATH, bytes);
  const { matter: _m, source: _s, ...issue } = result.issue;
  return {
    issue,
    documents: result.documents.map(({ body: _b, sourceLines: _l, ...d }) => d),
    missing: accountFor(bytes, result).missing,
  };
}

const plain = read('tests/corpus/pingjiang-2020-4/2020-4.txt');

describe.each([
  ['markdown of a layout-aware converter', 'pingjiang-2020-4-markdown.txt'],
  ['a Word export', 'pingjiang-2020-4-word.txt'],
])('%s', (_name, file) => {
  const converted = read(`tests/fixtures/unseen/converters/${file}`);

  it('gives the same issue and documents as the pdftotext text', () => {
    expect(converted.issue).toEqual(plain.issue);
    expect(converted.documents).toEqual(plain.documents);
    expect(plain.documents).toHaveLength(3);
  });

  it('loses nothing', () => {
    expect(converted.missing).toEqual([]);
  });
});
