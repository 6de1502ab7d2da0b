// 索引号 by the gazette's pattern (src/metadata/indexNumber.ts), and the organ codes it is made of.
import { describe, expect, it } from 'vitest';
import {
  indexNumber,
  isIndexPattern,
  isOrganCode,
  patternParts,
} from '../../src/metadata/indexNumber.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { edit, refused, settingsOf } from '../editor/helpers.ts';
import { readFileSync } from 'node:fs';
import { editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { legislation } from '../../src/utils/jsonld.ts';

describe('organ codes', () => {
  it('takes a 组织机构代码 or a 统一社会信用代码 whose check character is right', () => {
    // 国务院办公厅 (gov.cn's 索引号), 常州市钟楼区 and 怒江州民政局 as their sites print them,
    // and the example code of GB 32100-2015.
    for (const code of ['000014349', '014119467', '01527918X', '91350100M000100Y43'])
      expect(isOrganCode(code), code).toBe(true);
  });

  it('refuses one character mistyped, a hyphen, lower case, another length or letters a code has not', () => {
    for (const code of [
      '000014348',
      '00001434-9',
      '01527918x',
      '0001434',
      '91350100M000100Y44',
      '91350100M000100I43',
      '11510100MB0T49385X',
    ])
      expect(isOrganCode(code), code).toBe(false);
  });
});

describe('the pattern of the 索引号', () => {
  const values = { organCode: '000014349', year: 2021, number: 3, order: 5 };

  it('makes gov.cn’s form, organ/year-serial, the serial from the issue and the item', () => {
    expect(indexNumber('{机构代码}/{年份}-{期号:2}{序号:3}', values)).toBe('000014349/2021-03005');
    expect(
      indexNumber('{机构代码}/{年份}-{期号:2}{序号:3}', { ...values, number: 12, order: 34 }),
    ).toBe('000014349/2021-12034');
  });

  it('keeps a category written in it, and numbers without padding when no width is given', () => {
    expect(indexNumber('{机构代码}-C01-{年份}-{期号}.{序号}', values)).toBe(
      '000014349-C01-2021-3.5',
    );
    // A number wider than its width is written whole, never cut.
    expect(indexNumber('GB{年份}{期号:1}{序号:2}', { ...values, number: 12, order: 345 })).toBe(
      'GB202112345',
    );
  });

  it('gives every document of a gazette its own number', () => {
    const pattern = '{机构代码}/{年份}-{期号:2}{序号:3}';
    const seen = new Set<string>();
    for (const year of [2020, 2021])
      for (let number = 1; number <= 12; number++)
        for (let order = 1; order <= 40; order++)
          seen.add(indexNumber(pattern, { ...values, year, number, order }));
    expect(seen.size).toBe(2 * 12 * 40);
  });

  it('refuses a pattern without the year, the issue or the item, another placeholder or other characters', () => {
    expect(isIndexPattern('{机构代码}/{年份}-{期号:2}{序号:3}')).toBe(true);
    expect(isIndexPattern('{年份}{期号}{序号}')).toBe(true);
    for (const pattern of [
      '{机构代码}/{年份}-{序号:3}',
      '{机构代码}/{期号}{序号}',
      '{机构代码}/{年份}-{期号}',
      '{机构代码}/{年份}-{流水号}',
      '{机构代码}/{年份}-{期号}{序号:}',
      '{机构代码}/{年份}-{期号}{序号}号',
      '{机构代码} {年份}-{期号}{序号}',
      '{机构代码/{年份}-{期号}{序号}',
    ])
      expect(isIndexPattern(pattern), pattern).toBe(false);
    expect(patternParts('{机构代码}/{年份}')).toEqual([
      { placeholder: '机构代码', width: 0 },
      { text: '/' },
      { placeholder: '年份', width: 0 },
    ]);
  });
});

describe('the 索引号 of a sample’s documents', () => {
  const F = 'content/kundulun/gazette.yaml';
  const KUNDULUN = 'content/kundulun/2017-1.txt';
  // A test value, not the organ's: the samples' organs' codes are not known here.
  const settings = parseSettings(
    F,
    'organCode: "000014349"\nindexNumber: "{机构代码}/{年份}-{期号:2}{序号:3}"\n',
  );

  it('numbers each document of the issue, and none without a pattern', () => {
    expect(edit(KUNDULUN, { settings }).documents.map((d) => d.indexNumber)).toEqual([
      '000014349/2017-01001',
      '000014349/2017-01002',
      '000014349/2017-01003',
      '000014349/2017-01004',
      '000014349/2017-01005',
    ]);
    const edited = edit(KUNDULUN, { settings });
    expect(
      legislation(edited.documents[2]!, edited.issue, 'https://x/3/', 'https://x/'),
    ).toMatchObject({
      identifier: { '@type': 'PropertyValue', propertyID: '索引号', value: '000014349/2017-01003' },
    });
    const without = edit(KUNDULUN, { settings: settingsOf(F) });
    expect(without.documents.every((d) => d.indexNumber === null)).toBe(true);
  });

  it('takes a document’s own from the corrections file', () => {
    const corrections = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  昆政发〔2017〕25号:\n    indexNumber: 000014349/2017-00007\n  3:\n    indexNumber: null\n',
    );
    const docs = edit(KUNDULUN, { settings, corrections }).documents;
    // And none for item 3.
    expect(docs.map((d) => d.indexNumber).slice(0, 4)).toEqual([
      '000014349/2017-00007',
      '000014349/2017-01002',
      null,
      '000014349/2017-01004',
    ]);
    // The pattern's own number, written again, changes nothing: the correction is stale.
    const same = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  2:\n    indexNumber: 000014349/2017-01002\n',
    );
    expect(
      editIssue(KUNDULUN, readFileSync(KUNDULUN), { settings, corrections: same }).corrections,
    ).toEqual([expect.objectContaining({ stale: true })]);
  });

  it('refuses {机构代码} without organCode, at the pattern’s line', () => {
    expect(
      refused(() => parseSettings(F, 'name: 甲\nindexNumber: "{机构代码}/{年份}-{期号}{序号}"\n')),
    ).toMatchObject({
      code: 'index-number-pattern',
      line: 2,
    });
    expect(parseSettings(F, 'indexNumber: "NM-{年份}-{期号:2}{序号:3}"\n').indexNumber).toBe(
      'NM-{年份}-{期号:2}{序号:3}',
    );
  });
});
