// No readable file is refused: the year and number of an issue in every printed form a cover
// uses, else from the file name, with a warning naming both when they disagree; a file with
// several covers is reported at the second one.
import { describe, expect, it } from 'vitest';
import { coverText, issueNumbering } from '../../src/parser/cover.ts';
import { parseText } from './helpers.ts';

// A notice laid out without blank lines, number under the title.
const NOTICE =
  '江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n临府办发〔2022〕3号\n各乡镇人民政府，区直各部门：\n现将有关事项通知如下。\n江城市临河区人民政府办公室\n2022年3月1日\n';

describe('cover forms', () => {
  it.each([
    ['第N期 under the year', '2022\n\n第4期', 2022, 4, null],
    ['第N号', '2022年第4号', 2022, 4, null],
    ['第 N 号 with spaces', '2022 年 第 4 号', 2022, 4, null],
    ['Chinese numerals, year and number on one line', '二〇二二年第四期', 2022, 4, null],
    ['第十二期 in Chinese numerals', '2022年\n\n第十二期', 2022, 12, null],
    ['总第N期 before the number', '总第105期\n\n2022年第4期', 2022, 4, 105],
    ['总第N期 after the number', '2022年第4期（总第105期）', 2022, 4, 105],
    ['总号 as the national gazette prints it', '2022年第4号\n\n总号：1726', 2022, 4, 1726],
    ['the number before the year', '第4期\n\n2022年', 2022, 4, null],
    ['the year alone, 旬刊 and 月刊 lines between', '2022\n\n旬刊\n\n第4期', 2022, 4, null],
    ['full-width digits', '２０２２年第４期', 2022, 4, null],
    ['总第一百零五期 in Chinese numerals', '二〇二二年第四期\n\n总第一百零五期', 2022, 4, 105],
  ])('%s', (_name, cover, year, number, totalNumber) => {
    const { issue, diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n${cover}\n\n${NOTICE}`,
      'content/linhe/2022-4.txt',
    );
    expect(issue).toMatchObject({ year, number, totalNumber });
    if (number === 4) expect(diagnostics).toEqual([]);
  });

  it('reads a 令 cited on a cover as no issue number', () => {
    expect(issueNumbering('江城市临河区人民政府令第5号').number).toBeNull();
    expect(issueNumbering('国务院公报2022年第4号').number).toBe(4);
    expect(coverText('二〇二二年 第 十二 期')).toBe('2022年第12期');
  });
});

describe('the file name', () => {
  it('gives year and number when the cover prints neither, with a warning', () => {
    const { issue, diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n${NOTICE}`,
      'content/linhe/2021-7.txt',
    );
    expect(issue).toMatchObject({ id: 'linhe/2021/7', year: 2021, number: 7 });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 1,
        code: 'cover-lacks-number',
        params: { year: true, number: true, named: '2021-7' },
      }),
    ]);
  });

  it('is checked against the cover: a disagreement is a warning naming both, at the cover line', () => {
    const { issue, diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n2020年第4期\n\n${NOTICE}`,
      'content/linhe/2019-150.txt',
    );
    expect(issue).toMatchObject({ year: 2020, number: 4 });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        code: 'cover-number-differs',
        params: { printed: '2020年第4期', named: '2019-150', by: 'cover' },
      }),
    ]);
  });

  it('names the issue when convert places it by its path, the cover’s disagreement a warning', () => {
    const { issue, diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n2020年第4期\n\n${NOTICE}`,
      'content/linhe/2019-150.txt',
      { place: { gazette: 'linhe', year: 2019, number: 150 } },
    );
    expect(issue).toMatchObject({ id: 'linhe/2019/150', year: 2019, number: 150 });
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['cover-number-differs', { printed: '2020年第4期', named: '2019-150', by: 'file' }],
    ]);
  });

  it('a file name with an upper-case extension counts', () => {
    expect(
      parseText(`江城市临河区人民政府公报\n\n${NOTICE}`, 'content/linhe/2020-170.TXT').issue.number,
    ).toBe(170);
  });
});

describe('a cover the parser cannot read', () => {
  it('publishes the issue under the folder name, with a warning, year and number from the file name', () => {
    const { issue, documents, diagnostics } = parseText(NOTICE, 'content/linhe/2022-3.txt');
    expect(issue).toMatchObject({
      id: 'linhe/2022/3',
      gazette: 'linhe',
      region: '',
      year: 2022,
      number: 3,
    });
    expect(documents.map((d) => [d.docNumber, d.issuers])).toEqual([
      ['临府办发〔2022〕3号', ['江城市临河区人民政府办公室']],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.line, d.code])).toEqual([
      ['warning', 1, 'no-gazette-name'],
      ['warning', 1, 'cover-lacks-number'],
    ]);
  });

  it('takes the name and region from the gazette settings when given', () => {
    const { issue, diagnostics } = parseText(NOTICE, 'content/linhe/2022-3.txt', {
      gazette: { name: '江城市临河区人民政府公报', region: '江城市临河区' },
    });
    expect(issue).toMatchObject({ gazette: '江城市临河区人民政府公报', region: '江城市临河区' });
    expect(diagnostics.map((d) => d.code)).not.toContain('no-gazette-name');
  });
});

describe('several issues in one file', () => {
  it('is an error at the line of the second cover; its documents are not added to the first issue', () => {
    const other = `江城市河西区人民政府公报\n\n2022年第9期\n\n目录\n\n江城市河西区人民政府关于乙的通知……1\n\n江城市河西区人民政府文件\n\n河政发〔2022〕1号\n\n江城市河西区人民政府关于乙的通知\n\n各乡镇：\n\n现通知如下。\n\n2022年5月1日\n`;
    const text = `江城市临河区人民政府公报\n\n2022年第4期\n\n${NOTICE}\n${other}`;
    const { documents, diagnostics } = parseText(text, 'content/linhe/2022-4.txt');
    expect(documents).toHaveLength(1);
    const secondCover = text.split('\n').indexOf('江城市河西区人民政府公报') + 1;
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: secondCover,
        code: 'second-issue-cover',
        params: { label: '江城市河西区人民政府公报 2022年第9期' },
      }),
    ]);
  });

  it('the same gazette, the next issue', () => {
    const text = `江城市临河区人民政府公报\n\n2022年第4期\n\n${NOTICE}\n江城市临河区人民政府公报\n\n2022年第5期\n\n${NOTICE}`;
    const { documents, diagnostics } = parseText(text, 'content/linhe/2022-4.txt');
    expect(documents).toHaveLength(1);
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: text.split('\n').lastIndexOf('江城市临河区人民政府公报') + 1,
        code: 'second-issue-cover',
        params: { label: '江城市临河区人民政府公报 2022年第5期' },
      }),
    ]);
  });

  it('a back cover that repeats the issue is no second cover', () => {
    const { diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n2022年第4期\n\n${NOTICE}\n江城市临河区人民政府公报\n\n2022年第4期\n\n主办：江城市临河区人民政府办公室\n`,
      'content/linhe/2022-4.txt',
    );
    expect(diagnostics).toEqual([]);
  });
});

describe('a file name outside the pattern', () => {
  it('is a warning naming the name the cover gives', () => {
    const { issue, diagnostics } = parseText(
      `江城市临河区人民政府公报\n\n2020年第4期\n\n${NOTICE}`,
      'content/linhe/2020-1 copy.txt',
    );
    expect(issue).toMatchObject({ year: 2020, number: 4 });
    expect(diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 3,
        code: 'file-name-not-numbered',
        params: { year: 2020, number: 4 },
      }),
    ]);
  });
});
