// Two issues in layouts the samples do not have, written for these tests: the parser must
// hold up on text it has never seen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accountFor } from '../../src/quality/accounting.ts';
import { parseIssue } from '../../src/parser/index.ts';

const parse = (file: string) => {
  const bytes = readFileSync(`tests/fixtures/layouts/${file}`);
  return { bytes, result: parseIssue(file, bytes, { gazetteSlug: file.split('-')[0] }) };
};

describe('CRLF, no blank lines, ····· leaders with （N） pages, [] and ［］ numbers, dates in Chinese numerals', () => {
  const { bytes, result } = parse('qingshan-2023-5.txt');

  it('reads the cover of a county gazette', () => {
    expect(result.issue).toMatchObject({
      id: 'qingshan/2023/5',
      gazette: '青山县人民政府公报',
      region: '青山县',
      year: 2023,
      number: 5,
      totalNumber: 41,
      published: '2023-10-20',
      frequency: '月刊',
      publisher: '青山县人民政府办公室',
    });
    expect(result.issue.sections.map((s) => [s.title, s.entries.map((e) => e.page)])).toEqual([
      ['县政府文件', [1, 6]],
      ['县政府办公室文件', [8]],
    ]);
  });

  it('finds the three documents with their fields', () => {
    expect(result.documents.map((d) => [d.docNumber, d.date, d.issuers, d.tocPage])).toEqual([
      ['青政发〔2023〕18号', '2023-09-12', ['青山县人民政府'], 1],
      ['青政发〔2023〕21号', '2023-09-20', ['青山县人民政府'], 6],
      ['青政办发〔2023〕9号', '2023-10-08', ['青山县人民政府办公室'], 8],
    ]);
    const [notice, decision] = result.documents;
    expect(notice).toMatchObject({
      embedded: ['青山县城乡供水一体化实施方案'],
      printedDate: '2023-09-12',
      cites: ['省政办发〔2022〕31号'],
    });
    expect(decision).toMatchObject({
      docType: '决定',
      attachments: ['2022年度安全生产先进单位名单'],
    });
  });

  it('re-joins the one paragraph the PDF broke, and no other', () => {
    const spans = result.documents[0]!.body.children.filter((n) => n.type === 'paragraph').map(
      (p) => [p.position!.start.line, p.position!.end.line],
    );
    expect(spans).toEqual([
      [14, 14],
      [19, 19],
      [21, 22],
      [24, 24],
      [25, 25],
      [27, 27],
    ]);
  });

  it('loses nothing', () => {
    expect(accountFor(bytes, result).missing).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('tab page numbers, a first item with no number, a title split over lines, spaced brackets, 附件1：', () => {
  const { bytes, result } = parse('jiangbei-2019-1.txt');

  it('finds the items, the first one only through the TOC', () => {
    expect(result.documents.map((d) => [d.kind, d.title, d.docNumber, d.date])).toEqual([
      ['document', '福州市江北区人民政府关于春节期间禁止燃放烟花爆竹的公告', null, '2019-01-20'],
      [
        'document',
        '福州市江北区人民政府关于调整区防汛抗旱指挥部成员的通知',
        '江政〔2019〕3号',
        '2019-02-01',
      ],
      [
        'document',
        '福州市江北区人民政府办公室关于印发江北区2019年为民办实事项目的通知',
        '江政办〔2019〕5号',
        '2019-02-15',
      ],
      ['chronicle', '江北区大事记', null, null],
    ]);
  });

  it('resolves the short signature 区人民政府 and reads the 附件1： note', () => {
    expect(result.documents[1]).toMatchObject({
      issuers: ['福州市江北区人民政府'],
      attachments: ['区防汛抗旱指挥部办公室成员名单'],
    });
    // 大事记 that names no organ: no issuer rather than a guess.
    expect(result.documents[3]!.issuers).toEqual([]);
  });

  it('links the TOC, reads the frequency and loses nothing', () => {
    expect(
      result.issue.sections.flatMap((s) => s.entries.map((e) => [e.page, e.document])),
    ).toEqual([
      [1, 'jiangbei/2019/1/1'],
      [2, 'jiangbei/2019/1/2'],
      [4, 'jiangbei/2019/1/3'],
      [7, 'jiangbei/2019/1/4'],
    ]);
    expect(result.issue.frequency).toBe('双月刊');
    expect(accountFor(bytes, result).missing).toEqual([]);
    expect(result.diagnostics).toEqual([]);
  });
});
