import { describe, expect, it } from 'vitest';
import { numberFile, numberKey, partialNumberQuery } from '../../src/search/docNumberQuery.ts';
import type { DocumentMeta, Issue } from '../../src/schema.ts';
import {
  excerptText,
  indexText,
  indexWords,
  issueMatterText,
  toQueries,
} from '../../src/search/tokens.ts';

describe('the same segmentation for index and query', () => {
  it('makes every Han character and digit a word, keeps Latin words whole', () => {
    expect(indexWords('土壤污染防治2020年度AB角 GB/T 18973')).toBe(
      '土 壤 污 染 防 治 2 0 2 0 年 度 AB 角 GB/T 1 8 9 7 3',
    );
  });

  it('never makes punctuation a word: opening marks join the next word, others the previous', () => {
    expect(indexWords('机制，发展“两不愁”〔2016〕1号')).toBe(
      '机 制， 发 展 “两 不 愁” 〔2 0 1 6〕 1 号',
    );
  });

  it('treats a character outside the BMP (CJK Extension B) as one Han character', () => {
    expect(indexWords('𠀀字「《𠀁》」a𠀂b')).toBe('𠀀 字 「《𠀁》」 a 𠀂 b');
  });

  it('turns each typed part into an exact phrase, and all words into one ranking query', () => {
    expect(toQueries('控辍保学')).toEqual({
      whole: null,
      phrases: ['"控 辍 保 学"'],
      words: '控 辍 保 学',
    });
    expect(toQueries(' “土壤污染”  AB角 ')).toEqual({
      whole: '"土 壤 污 染 AB 角"',
      phrases: ['"土 壤 污 染"', '"AB 角"'],
      words: '土 壤 污 染 AB 角',
    });
    expect(toQueries('018')).toEqual({ whole: null, phrases: ['"0 1 8"'], words: '0 1 8' });
    expect(toQueries('，。')).toEqual({ whole: null, phrases: [], words: '' });
  });

  // Pagefind keeps only letters and digits of an indexed word: 互联网+ is indexed 互 联 网.
  it('drops from the query exactly what the index drops: symbols typed as printed', () => {
    expect(toQueries('互联网+城乡供水')).toEqual({
      whole: null,
      phrases: ['"互 联 网 城 乡 供 水"'],
      words: '互 联 网 城 乡 供 水',
    });
    expect(toQueries('▲')).toEqual({ whole: null, phrases: [], words: '' });
    expect(toQueries('1×10')).toEqual({ whole: null, phrases: ['"1 1 0"'], words: '1 1 0' });
    for (const typed of ['互联网+城乡', '2%~5%', '《方案》']) {
      const indexed = indexWords(typed)
        .split(' ')
        .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
        .filter(Boolean)
        .join(' ');
      expect(toQueries(typed).words).toBe(indexed);
    }
  });

  it('searches a query with spaces as one phrase first', () => {
    expect(toQueries('2% ~ 5%')).toEqual({
      whole: '"2 5"',
      phrases: ['"2"', '"5"'],
      words: '2 5',
    });
  });

  // Unquoted, Pagefind would take a word it has not indexed for the longest indexed word it
  // starts with: APPLE for APP.
  it('asks for a Latin word whole, alone as in a phrase', () => {
    expect(toQueries('APPLE')).toEqual({ whole: null, phrases: ['"APPLE"'], words: 'APPLE' });
    expect(toQueries('APP 土壤').phrases).toEqual(['"APP"', '"土 壤"']);
  });

  it('gives back readable excerpts, marks and Latin spacing kept', () => {
    expect(
      excerptText(
        '、 环 保 分 局 （三） <mark>土 </mark><mark>壤 </mark>污 染 2 0 2 0 年 GB/T 1 8 9 7 3 and more',
      ),
    ).toBe('、环保分局（三）<mark>土</mark><mark>壤</mark>污染2020年GB/T 18973 and more');
  });

  it('finds an issue by its cover, imprint and back cover, not by its TOC', () => {
    const matter = (role: 'cover' | 'toc' | 'imprint' | 'back', text: string) => ({
      role,
      text,
      sourceLines: [1, 1] as [number, number],
    });
    expect(
      issueMatterText({
        matter: [
          matter('cover', '临河区人民政府公报'),
          matter('toc', '目录'),
          matter('back', '简介'),
        ],
      }),
    ).toBe('临河区人民政府公报\n简介');
  });

  it('shows the title, the number and the text of an excerpt apart', () => {
    const indexed = indexText('关于做好防火工作的通知\n临府办发〔2022〕3号\n各乡镇人民政府：');
    expect(indexed).toBe(
      '关 于 做 好 防 火 工 作 的 通 知¶\n临 府 办 发 〔2 0 2 2〕 3 号¶\n各 乡 镇 人 民 政 府：',
    );
    expect(excerptText(indexed.replace(/\n/g, ' '))).toBe(
      '关于做好防火工作的通知 · 临府办发〔2022〕3号 · 各乡镇人民政府：',
    );
    expect(excerptText('政 府 <mark>公 </mark><mark>报¶ </mark>2 0 1 7')).toBe(
      '政府<mark>公</mark><mark>报</mark> · 2017',
    );
  });
});

describe('document-number queries', () => {
  it.each([
    '南府办函〔2020〕47号',
    '南府办函[2020]47号',
    '南府办函［2020］47号',
    '南府办函(2020)47号',
    '南府办函2020年47号',
    '南府办函 〔2020〕 47 号',
    '南府办函２０２０年４７号',
    '南府办函2020 47号',
  ])('reads %s', (typed) => {
    expect(numberKey(typed)).toBe('南府办函〔2020〕47号');
  });

  it('does not take words or years for numbers', () => {
    expect(numberKey('土壤污染')).toBeNull();
    expect(numberKey('2020年')).toBeNull();
    expect(numberKey('南府办函')).toBeNull();
  });

  // Numbered in a series of their own, without a year (国务院公报 2019年第1号, line 35; a
  // county's serial 通告), or with one printed before 第.
  it.each([
    ['国务院令第707号', '国务院令707号'],
    ['国务院令 第 707 号', '国务院令707号'],
    ['国务院令707号', '国务院令707号'],
    ['宁阳县新冠肺炎防控指挥部通告第1号', '宁阳县新冠肺炎防控指挥部通告1号'],
    ['福建省人民政府令2021年第5号', '福建省人民政府令〔2021〕5号'],
    ['福建省人民政府令〔2021〕第5号', '福建省人民政府令〔2021〕5号'],
    // A serial 通告 numbered by year, as the parser writes it (tests/corpus/jinjiang-2022-9).
    [
      '成都市锦江区新冠肺炎疫情防控指挥部通告2022年第14号',
      '成都市锦江区新冠肺炎疫情防控指挥部通告〔2022〕14号',
    ],
  ])('reads %s, a number of a series of its own', (typed, key) =>
    expect(numberKey(typed)).toBe(key),
  );

  // A number printed without its 机关代字 (tests/corpus/tiantai-2022-4: 2022(20)号 under its
  // 通告's title, kept so by the parser): found by what a reader types for it.
  it.each([
    ['2022(20)号'],
    ['2022（20）号'],
    ['2022〔20〕号'],
    ['〔2022〕20号'],
    ['(2022)20号'],
    ['2022年20号'],
    ['2022 (20) 号'],
  ])('reads %s, a number without its 机关代字, by its year and serial', (typed) => {
    expect(numberKey(typed)).toBe('〔2022〕20号');
    expect(partialNumberQuery(typed)).toBeNull();
  });

  it('takes a serial with neither 机关代字 nor year for no number', () => {
    expect(numberKey('第3号')).toBeNull();
    expect(numberKey('20号')).toBeNull();
    expect(numberKey('(20)号')).toBeNull();
  });

  it('lists the candidates of a number typed without its year or its serial', () => {
    expect(partialNumberQuery('南府办函47号')).toBe('南府办函 47号');
    expect(partialNumberQuery('南府办函〔2020〕')).toBe('南府办函〔2020〕');
    expect(partialNumberQuery('南府办函2020年')).toBe('南府办函〔2020〕');
    expect(partialNumberQuery('南府办函〔2020〕47号')).toBeNull();
    expect(partialNumberQuery('第3号')).toBeNull();
    expect(partialNumberQuery('土壤污染')).toBeNull();
  });

  it('files numbers by year, and those without one apart', () => {
    expect(numberFile('南府办函〔2020〕47号')).toBe('numbers/2020.json');
    expect(numberFile('国务院令707号')).toBe('numbers/other.json');
    expect(numberFile(numberKey('2022(20)号')!)).toBe('numbers/2022.json');
  });
});

describe('build shards', () => {
  it('keep gazettes whole and stay under the limit where a gazette allows', async () => {
    const { planShards } = await import('../../scripts/lib/shards.ts');
    const record = (id: string, documents: number) => ({
      issue: { id } as Issue,
      documents: Array.from({ length: documents }, () => ({}) as DocumentMeta),
    });
    const records = [
      record('b/2020/1', 1),
      record('a/2020/1', 1),
      record('c/2020/1', 2),
      record('a/2020/2', 1),
      record('c/2021/1', 1),
    ];
    expect(planShards(records, 3).map((s) => [s.gazettes, s.documents])).toEqual([
      [['a', 'b'], 3],
      [['c'], 3],
    ]);
    expect(planShards(records, 3)[0]!.records.map((r) => r.issue.id)).toEqual([
      'a/2020/1',
      'a/2020/2',
      'b/2020/1',
    ]);
    expect(planShards(records, 2)).toHaveLength(3);
    expect(planShards(records, 100)).toHaveLength(1);
  });
});
