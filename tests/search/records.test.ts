// The records Pagefind indexes, built from a real sample issue (content/nanming/2020-4.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/emit/text.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { documentRecord, issueRecord } from '../../src/search/records.ts';
import { indexWords } from '../../src/search/tokens.ts';

const path = 'content/nanming/2020-4.txt';
const { issue, documents } = parseIssue(path, readFileSync(path));
const doc = documents[0]!;

describe('a document record', () => {
  const record = documentRecord(doc, issue, documentText(doc.body), null);

  it('leads to the document page and carries its metadata as printed', () => {
    expect(record.url).toBe('/nanming/2020/4/1/');
    expect(record.language).toBe('und');
    expect(record.meta).toMatchObject({
      name: doc.title,
      docNumber: '南府发〔2020〕25号',
      title: indexWords(doc.title),
    });
    expect(record.meta.issue).toBe(`${issue.gazette} 2020年第4期`);
  });

  it('is filtered by gazette, year, issuing body and 文种, and sorted by its date', () => {
    expect(record.filters).toMatchObject({
      gazette: [issue.gazette],
      year: [doc.date!.slice(0, 4)],
      issuer: doc.issuers,
      docType: ['通知'],
    });
    expect(record.sort.date).toBe(doc.date);
  });

  it('indexes the text the page shows, as single-character words', () => {
    expect(record.content).toContain(indexWords('区人民政府实行区长负责制'));
  });
});

describe('an issue record', () => {
  it('leads to the issue page and indexes the cover, not the TOC', () => {
    const record = issueRecord(issue);
    expect(record.url).toBe('/nanming/2020/4/');
    expect(record.content).toContain(indexWords('南明区人民政府办公室主办'));
    expect(record.content).not.toContain(indexWords('控辍保学攻坚工作实施方案'));
  });
});
