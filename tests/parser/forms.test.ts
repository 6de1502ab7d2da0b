// Forms and layouts of gazettes other than the samples' (issue 15): one fixture per rule,
// table-driven where a rule has several spellings. Titles, numbers and dates below follow real
// published documents' patterns; the organs are those of the fictional 江城市临河区 of helpers.ts.
import { describe, expect, it } from 'vitest';
import { docNumberLine } from '../../src/parser/docNumber.ts';
import { matchKey } from '../../src/parser/text.ts';

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
