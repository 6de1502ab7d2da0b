// The scorer: segmentation by titleLine, merges, field comparison as a reader would.
import { describe, expect, it } from 'vitest';
import { fieldAccuracy, type Key, precision, recall, scoreIssue } from '../../src/quality/score.ts';
import { parseText } from '../parser/helpers.ts';

const doc = (head: string, n: number, title: string) =>
  `${head}\n\n临府办发〔2022〕${n}号\n\n${title}\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n江城市临河区人民政府办公室\n\n2022年3月${n}日\n\n`;
const TEXT = `江城市临河区人民政府公报\n\n2022\n\n第1期\n\n${doc('江城市临河区人民政府办公室文件', 3, '江城市临河区人民政府办公室关于甲的通知')}${doc('江城市临河区人民政府办公室文件', 4, '江城市临河区人民政府办公室关于乙的通知')}`;
const result = parseText(TEXT);

const item = (titleLine: number, n: number, title: string): Key['documents'][number] => ({
  titleLine,
  kind: 'document',
  title,
  docNumber: `临府办发〔2022〕${n}号`,
  docType: '通知',
  issuers: ['江城市临河区人民政府办公室'],
  date: `2022-03-0${n}`,
  section: null,
});
const key: Key = {
  issue: {
    gazette: '江城市临河区人民政府公报',
    region: '江城市临河区',
    year: 2022,
    number: 1,
    totalNumber: null,
    published: null,
  },
  documents: [
    item(11, 3, '江城市临河区人民政府办公室关于甲的通知'),
    item(25, 4, '江城市临河区人民政府办公室关于乙的通知'),
  ],
};

describe('scoreIssue', () => {
  it('matches items by titleLine and compares every field', () => {
    const score = scoreIssue(key, result);
    expect(score).toMatchObject({
      keyItems: 2,
      predicted: 2,
      matched: 2,
      merges: 0,
      missed: [],
      spurious: [],
      fieldsChecked: 5 + 2 * 7,
      misses: [],
    });
    expect([precision(score), recall(score), fieldAccuracy(score)]).toEqual([1, 1, 1]);
  });

  it('ignores width, PDF spaces and ** in a title; reports a wrong field with both values', () => {
    const k: Key = {
      ...key,
      documents: [
        {
          ...key.documents[0]!,
          title: '江城市临河区 人民政府办公室关于**甲**的通知',
          date: '2022-03-04',
        },
        key.documents[1]!,
      ],
    };
    const score = scoreIssue(k, result);
    expect(score.misses).toEqual([
      { line: 11, field: 'date', expected: '2022-03-04', actual: '2022-03-03' },
    ]);
  });

  it('counts an item holding two key titles as a merge and the second key item as missed', () => {
    const merged = {
      ...result,
      documents: [{ ...result.documents[0]!, sourceLines: [7, 38] as [number, number] }],
    };
    const score = scoreIssue(key, merged);
    expect(score).toMatchObject({ predicted: 1, matched: 1, merges: 1, missed: [25] });
    expect([precision(score), recall(score)]).toEqual([1, 0.5]);
  });

  it('counts an item that holds no key title as spurious', () => {
    const score = scoreIssue({ ...key, documents: [key.documents[1]!] }, result);
    expect(score).toMatchObject({ matched: 1, spurious: [7] });
    expect(precision(score)).toBe(0.5);
  });
});
