// Rules about gazettes the corpus showed the parser missing (issue 23): each read from the real
// text of a corpus issue (tests/corpus/<slug>/, sources in its SOURCES.md) laid out as another
// gazette or converter lays it out — other decorations, other brackets, another page break —
// so that a rule is checked, not the one file the corpus scores. No word, number or date below
// is other than the real text's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { endsLikeTitle } from '../../src/parser/classify.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { organOfCode } from '../../src/parser/issuer.ts';
import { accountFor } from '../../src/quality/accounting.ts';

const corpus = (slug: string, file: string) => readFileSync(`tests/corpus/${slug}/${file}`, 'utf8');

function parse(text: string, path: string) {
  const bytes = Buffer.from(text);
  const result = parseIssue(path, bytes);
  expect(accountFor(bytes, result).missing).toEqual([]);
  return result;
}

const HEBEI = corpus('hebei-2010-36', '2010-36.txt');
const hebei = (text: string) => parse(text, 'content/hebei/2010-36.txt');

describe('section labels over the items of the body', () => {
  // The labels of hebei-2010-36 (lines 20, 49, 58, 74) as other gazettes decorate them.
  it.each([
    ['［', '］'],
    ['【', '】'],
    ['★', '★'],
    ['★', ''],
    ['◆ ', ' ◆'],
    ['[', ']'],
  ])('a label %s…%s is the section, never part of the title or issuer under it', (a, b) => {
    const text = HEBEI.replace(/^［(.+)］$/gm, `${a}$1${b}`);
    const { documents } = hebei(text);
    expect(documents.map((d) => [d.kind, d.title, d.issuers, d.section])).toEqual([
      ['document', '河北省人工影响天气管理规定', ['河北省人民政府'], '省政府令'],
      [
        'document',
        '河北省人民政府关于2009年度全省环境保护目标管理考核结果的通报',
        ['河北省人民政府'],
        '省政府文件',
      ],
      [
        'document',
        '河北省人民政府办公厅关于同意张家口保定市和辛集市等市县为省级园林城市(县城)的复函',
        ['河北省人民政府办公厅'],
        '省政府办公厅文件',
      ],
      // A label 发文目录 (★发文目录) is the section of the listing, not its title.
      ['listing', '文件目录', [], '发文目录'],
    ]);
  });

  it('a label over a 令’s mark leaves the 令 titled by the 规章 it promulgates', () => {
    // tests/corpus/yanchi-2008-1: 【自治区政府令】 over 宁夏回族自治区人民政府令 / 第103号.
    const text = corpus('yanchi-2008-1', '2008-1.txt').replace(/^【(.+)】$/gm, '［$1］');
    const [decree] = parse(text, 'content/yanchi/2008-1.txt').documents;
    expect([decree!.title, decree!.docNumber, decree!.issuers, decree!.section]).toEqual([
      '宁夏回族自治区《地方志工作条例》实施办法',
      '宁夏回族自治区人民政府令第103号',
      ['宁夏回族自治区人民政府'],
      '自治区政府令',
    ]);
  });
});

describe('numbers', () => {
  it.each([
    ['(冀政函〔2010〕57号 2010年4月23日)'],
    ['（冀政函〔2010〕57号　2010年4月23日）'],
    ['（冀政函[2010]57号  2010年4月23日）'],
  ])('the number and date in brackets under the title, %s, are the document’s own', (line) => {
    const text = HEBEI.replace('(冀政函〔2010〕57号 2010年4月23日)', line);
    const doc = hebei(text).documents[1]!;
    expect([doc.docNumber, doc.date, doc.cites]).toEqual(['冀政函〔2010〕57号', '2010-04-23', []]);
  });

  it.each([
    ['〔2010〕第15号', '河北省人民政府令〔2010〕第15号'],
    ['[2010]第15号', '河北省人民政府令〔2010〕第15号'],
    ['2010年第15号', '河北省人民政府令2010年第15号'],
  ])('a 令 numbered %s under its mark keeps its year as printed and its 第', (printed, number) => {
    const text = HEBEI.replace('\n〔2010〕第15号\n', `\n${printed}\n`);
    expect(hebei(text).documents[0]!.docNumber).toBe(number);
  });

  it('a number over its title is read across a page break between them', () => {
    // The page footer and form feed pdftotext writes (cf. hebei-2010-36-pdftotext), here
    // between the 复函's number and its title.
    const text = HEBEI.replace('办字〔2010〕65号\n\n', '办字〔2010〕65号\n\n- 6 -\n\f\n');
    const doc = hebei(text).documents[2]!;
    expect([doc.docNumber, doc.title]).toEqual([
      '办字〔2010〕65号',
      '河北省人民政府办公厅关于同意张家口保定市和辛集市等市县为省级园林城市(县城)的复函',
    ]);
  });

  it.each([['(2022年第14号)'], ['（2022年第14号）'], ['(第14号)']])(
    'a 通告 over its serial %s is numbered in its organ’s series, as a 令 is',
    (printed) => {
      // tests/corpus/jinjiang-2022-9: …指挥部 / 关于…的通告 / (2022年第14号).
      const text = corpus('jinjiang-2022-9', '2022-9.txt').replace('(2022年第14号)', printed);
      const serial = printed.replace(/[()（）]/g, '');
      expect(parse(text, 'content/jinjiang/2022-9.txt').documents[0]!.docNumber).toBe(
        `成都市锦江区新冠肺炎疫情防控指挥部通告${serial}`,
      );
    },
  );
});

describe('TOC entries', () => {
  const entries = (r: ReturnType<typeof parse>) =>
    r.issue.sections.flatMap((s) => s.entries.map((e) => [e.title, e.docNumber, e.page]));
  const differs = (r: ReturnType<typeof parse>) =>
    r.diagnostics.filter((d) => d.code === 'toc-title-differs');

  it('the body’s first label, right after the TOC, is not a section of the TOC', () => {
    // hebei-2010-36 line 20: ［省政府令］ over the 令, after the TOC's last entry.
    expect(hebei(HEBEI).issue.sections.map((s) => [s.title, s.entries.length])).toEqual([
      ['省政府令', 1],
      ['省政府文件', 1],
      ['省政府办公厅文件', 1],
      ['发文目录', 1],
    ]);
  });

  it('a 令 listed by its number and page, then by its 规章 on the same page, is one entry', () => {
    // hebei-2010-36 lines 11–12, as the real 2011 supplement lists its 令 (its SOURCES.md).
    const result = hebei(HEBEI);
    expect(entries(result)[0]).toEqual([
      '河北省人工影响天气管理规定',
      '河北省人民政府令〔2010〕第15号',
      2,
    ]);
    expect(differs(result)).toEqual([]);
  });

  it.each([
    [
      'yanchi-2008-1',
      '2008-1.txt',
      '宁夏回族自治区《地方志工作条例》实施办法',
      '宁夏回族自治区人民政府令第103号',
    ],
    [
      'jinjiang-2022-9',
      '2022-9.txt',
      '成都市锦江区新冠肺炎疫情防控指挥部关于进一步加强部分区域疫情防控的通告',
      null,
    ],
  ])(
    '%s: a 令’s number or a serial in brackets after the title is not the title',
    (slug, file, title, number) => {
      const result = parse(corpus(slug, file), `content/${slug.replace(/-(\d{4})-/, '/$1-')}.txt`);
      expect(entries(result)[0]!.slice(0, 2)).toEqual([title, number]);
      expect(differs(result)).toEqual([]);
    },
  );
});

describe('the issue’s date', () => {
  it.each([
    // The composed cover line of hebei-2010-36, and the real one of the 2011 supplement it
    // copies (its SOURCES.md).
    ['主编:郭志贤副主编:张朝军2010年第36期12月31日出版', '2010-12-31'],
    ['主编:郭志贤副主编:张朝军2011年增刊10月31日出版', '2011-10-31'],
  ])('is read from 出版 glued to the editors’ names: %s', (line, published) => {
    const text = HEBEI.replace('主编:郭志贤副主编:张朝军2010年第36期12月31日出版', line);
    expect(hebei(text).issue.published).toBe(published);
  });
});

describe('titles', () => {
  it('a title that leaves a 《 open goes on to the next line', () => {
    // tests/corpus/hedong-2026-1 lines 43–44, the title broken inside its 《》.
    expect(endsLikeTitle('关于对《天津市河东区国民经济和社会发展第十五个五年规划纲要')).toBe(false);
    const text = corpus('hedong-2026-1', '2026-1.txt').replace(/^ +/gm, '');
    const doc = parse(text, 'content/hedong/2026-1.txt').documents[1]!;
    expect([doc.title, doc.docType, doc.section]).toEqual([
      '关于对《天津市河东区国民经济和社会发展第十五个五年规划纲要(草案征求意见稿)》公开征求意见的公告',
      '公告',
      '部门文件',
    ]);
  });
});

describe('issuers and dates a document does not print', () => {
  // tests/corpus/haikou-2011-5: a 印发 notice with no signature and no organ in its title,
  // numbered 海府〔2011〕33号; then a 发文目录 laid out one cell a line.
  const HAIKOU = corpus('haikou-2011-5', '2011-5.txt');

  it('the issuer is the gazette’s 人民政府 when the 机关代字 is its initial and 府, inferred', () => {
    const [notice] = parse(HAIKOU, 'content/haikou/2011-5.txt').documents;
    expect([notice!.issuers, notice!.inferred]).toEqual([
      ['海口市人民政府'],
      [{ field: 'issuers', from: 'docNumber', line: 16 }],
    ]);
    // Real numbers of the sample issues (content/nanming/2020-4.txt, hebei-2010-36).
    expect(organOfCode('南府发〔2020〕25号', '贵阳市南明区')).toBe('贵阳市南明区人民政府');
    expect(organOfCode('筑府办函〔2020〕39号', '贵阳市南明区')).toBeNull();
    expect(organOfCode('冀政函〔2010〕57号', '河北省')).toBeNull();
  });

  it('a listing is not dated by the dates of its rows', () => {
    const listing = parse(HAIKOU, 'content/haikou/2011-5.txt').documents[1]!;
    expect([listing.kind, listing.title, listing.date]).toEqual(['listing', '文件目录', null]);
  });
});
