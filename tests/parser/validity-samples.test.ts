// What the five sample issues state about validity and relations, found by grepping their
// text (so the recall is complete), against what the parser reads:
//   施行日期 (自…起施行/实施/执行, …之日起施行): 0 — the two lines with 施行 use it as a verb
//     (dawukou 760, 769: “施行教研员驻校服务”), and dawukou 587 “2023年起实施集中供餐全覆盖”
//     dates a measure, not the document.
//   有效期: 0.   废止/失效/停止执行: 0.
//   修改: 5 occurrences, none a relation (jinfeng 1160 修改绩效考评方案, 1787 修改建议 … 修改完善,
//     dawukou 867 and jinfeng 1254 维修改造).   批复: 1, not a relation (qingxin 739 请示批复).
//   印发/转发 of an instrument (现将《…》印发给你们 / 《…》已经…同意，现印发给你们): 28 sentences
//     naming 29 instruments (qingxin 807 names two).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLES, sampleDocuments } from '../support/samples.ts';

const documents = sampleDocuments();
const sampleText = SAMPLES.map((s) => readFileSync(`content/${s}.txt`, 'utf8')).join('\n');

describe('validity and relations in the samples', () => {
  it('finds in the text exactly the sentences listed above', () => {
    const count = (re: RegExp) => sampleText.match(re)?.length ?? 0;
    expect(count(/起\s*(?:施行|实施|执行)|之日起\s*(?:施行|实施)/g)).toBe(1);
    expect(count(/有效期/g)).toBe(0);
    expect(count(/废止|失效|停止执行/g)).toBe(0);
    expect(count(/修改/g)).toBe(5);
    expect(count(/批复/g)).toBe(1);
    expect(count(/印发给你们|现印发|现予印发|转发给你们/g)).toBe(28);
  });

  it('reads no 施行日期 or 有效期 where none is stated', () => {
    expect(documents.filter((d) => d.effective || d.expires)).toEqual([]);
  });

  it('reads every instrument a 印发 notice carries, and nothing repealed, amended or answered', () => {
    const typed = documents.flatMap((d) =>
      d.relations.filter((r) => r.type !== 'cites').map((r) => [d.id, r.type, r.title]),
    );
    expect(typed.filter(([, type]) => type !== 'carries')).toEqual([]);
    expect(typed).toHaveLength(29);
    expect(typed).toContainEqual([
      'qingxin/2018/3/5',
      'carries',
      '清远市清新区严重精神障碍患者强制送治经费补助实施方案',
    ]);
    expect(typed).toContainEqual(['kundulun/2017/1/1', 'carries', '昆都仑区土壤污染防治行动方案']);
    expect(typed).toContainEqual([
      'jinfeng/2018/2/3',
      'carries',
      '乡村振兴战略金凤区三年（2018—2020）行动计划',
    ]);
  });

  it('keeps every cited 发文字号 among the relations, as a plain citation at least', () => {
    for (const d of documents) {
      const numbers = d.relations.filter((r) => r.docNumber).map((r) => r.docNumber);
      for (const n of d.cites) expect(numbers).toContain(n);
    }
  });
});
