// The records Pagefind indexes, built from a real sample issue (content/nanming/2020-4.txt).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../src/emit/text.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { inForceFilters } from '../../src/search/inForce.ts';
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

describe('a document record’s days in force', () => {
  // The sample's first document, given the 施行日期 of its 成文日期.
  const dated = { ...doc, effective: '2020-08-06' };
  const inForceOn = (record: ReturnType<typeof documentRecord>, day: string) => {
    const available = Object.fromEntries(
      Object.entries(record.filters).map(([name, values]) => [
        name,
        Object.fromEntries(values.map((v) => [v, 1])),
      ]),
    );
    const wanted = inForceFilters(day, available);
    return (
      wanted !== null &&
      Object.entries(wanted).every(([name, { any }]) =>
        (record.filters as Record<string, string[]>)[name]!.some((v) => any.includes(v)),
      )
    );
  };

  it('from its 施行日期, with no end when none is known', () => {
    const record = documentRecord(dated, issue, '', null);
    expect(inForceOn(record, '2020-08-05')).toBe(false);
    expect(inForceOn(record, '2026-12-07')).toBe(true);
  });

  it('on no day once the editor says it is no longer in force without saying since when', () => {
    for (const validity of ['失效', '已废止'] as const)
      expect(inForceOn(documentRecord({ ...dated, validity }, issue, '', null), '2026-12-07')).toBe(
        false,
      );
    // The editor's 有效 or 已修改 leaves it in force; a known last day stays the last day.
    expect(
      inForceOn(documentRecord({ ...dated, validity: '已修改' }, issue, '', null), '2026-12-07'),
    ).toBe(true);
    const repealed = documentRecord({ ...dated, validity: '已废止' }, issue, '', '2021-12-31');
    expect(inForceOn(repealed, '2021-12-31')).toBe(true);
    expect(inForceOn(repealed, '2022-01-01')).toBe(false);
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
