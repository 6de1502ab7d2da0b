// Forms and layouts of gazettes other than the samples' (issue 15): one fixture per rule,
// table-driven where a rule has several spellings. Titles, numbers and dates below follow real
// published documents' patterns; the organs are those of the fictional 江城市临河区 of helpers.ts.
import { describe, expect, it } from 'vitest';
import { docNumberLine } from '../../src/parser/docNumber.ts';
import { matchKey } from '../../src/parser/text.ts';
import { COVER, parseText } from './helpers.ts';

const closing = (date: string) => `${COVER}江城市临河区人民政府办公室文件\n\n临府办发〔2022〕3号\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n江城市临河区人民政府办公室\n\n${date}\n`;

describe('document numbers', () => {
  it.each([
    ['临交复函[2017]19号B类', '临交复函〔2017〕19号'],
    ['临教字〔2020〕25号  A类  同意公开', '临教字〔2020〕25号'],
    ['临教字〔2020〕25号 不予公开', '临教字〔2020〕25号'],
  ])('reads %s, the number of an answer with its category and publication mark', (printed, number) => {
    expect(docNumberLine(printed)).toBe(number);
  });
});

describe('title comparison', () => {
  it('ignores bracket width, full-width digits, spaces and line breaks', () => {
    expect(matchKey('临河区人民政府通告\n（第９号）')).toBe(matchKey('临河区人民政府 通告(第9号)'));
  });
});

describe('damage to numbers and dates', () => {
  it('reads a number line whose closing bracket and 号 the converter lost', () => {
    expect(docNumberLine('临政办发〔201746')).toBe('临政办发〔2017〕46号');
    expect(docNumberLine('临政办发〔2017〕46')).toBe('临政办发〔2017〕46号');
  });


  it.each([
    ['年月日 lost: three numbers', '{ 2022 3 1', '2022-03-01', []],
    ['the year lost, the number gives it', '年3月1日', '2022-03-01', [/read as 2022 from the document number/]],
    ['two year digits lost', '22年3月1日', '2022-03-01', [/read as 2022/]],
  ])('%s', (_name, printed, date, warnings) => {
    const { documents, diagnostics } = parseText(closing(printed));
    expect(documents[0]).toMatchObject({ date, issuers: ['江城市临河区人民政府办公室'] });
    expect(diagnostics.map((d) => d.message)).toEqual(warnings.map((w) => expect.stringMatching(w)));
  });

  it('takes the issue year for a lost year only when the date is not after the issue, else no date and a warning', () => {
    // A 公告 without a number, found through the TOC.
    const issue = (published: string) => `江城市临河区人民政府公报\n\n2022年第1期\n\n${published}\n\n目录\n\n江城市临河区人民政府关于甲的公告……1\n\n江城市临河区人民政府关于甲的公告\n\n现将有关事项公告如下。\n\n江城市临河区人民政府\n\n年3月1日\n`;
    expect(parseText(issue('2022年3月10日')).documents[0]!.date).toBe('2022-03-01');
    const late = parseText(issue('2022年2月10日'));
    expect(late.documents[0]!.date).toBeNull();
    expect(late.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', message: expect.stringContaining('年3月1日 is lost and the context does not tell it') })]);
  });
});

describe('table of contents', () => {
  it('reads entries printed without page numbers, and ends where the body repeats the first title', () => {
    const { issue, documents } = parseText(`${COVER}目 录\n\n【区政府文件】\n\n江城市临河区人民政府关于甲的通告\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n\n江城市临河区人民政府关于甲的通告\n\n为加强管理，特通告如下。\n\n江城市临河区人民政府\n\n2022年2月1日\n\n${closing('2022年3月1日').slice(COVER.length)}`);
    expect(issue.sections).toEqual([{ title: '区政府文件', entries: [
      { title: '江城市临河区人民政府关于甲的通告', docNumber: null, page: null, document: 'linhe/2022/1/1' },
      { title: '江城市临河区人民政府办公室关于做好春季森林防火工作的通知', docNumber: null, page: null, document: 'linhe/2022/1/2' },
    ] }]);
    expect(documents.map((d) => [d.title, d.date])).toEqual([
      ['江城市临河区人民政府关于甲的通告', '2022-02-01'],
      ['江城市临河区人民政府办公室关于做好春季森林防火工作的通知', '2022-03-01'],
    ]);
  });
});
