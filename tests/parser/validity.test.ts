// 施行日期, 有效期 and relations on real sentences (tests/fixtures/validity/sentences.json:
// each with the address it was taken from), including sentences that merely mention
// another document and must not be read as repealing, amending, carrying or answering it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findRelations } from '../../src/parser/relations.ts';
import { findCommencement, findTerm, readValidity } from '../../src/parser/validity.ts';

interface Sentence {
  sentence: string;
  source: string;
  expected: {
    commencement?: unknown;
    term?: unknown;
    relations: Array<{ type: string; docNumber?: string; title?: string }>;
    validity?: { date: string | null; effective: string | null; expires: string | null };
  };
}

const sentences: Sentence[] = JSON.parse(
  readFileSync(new URL('../fixtures/validity/sentences.json', import.meta.url), 'utf8'),
);
// The parser reads running text with the PDF's line breaks joined, as src/parser/document.ts does.
const running = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .join('');
const typed = (s: string) =>
  findRelations(running(s))
    .filter((r) => r.type !== 'cites')
    .map((r) => ({
      type: r.type,
      ...(r.docNumber && { docNumber: r.docNumber }),
      ...(r.title && { title: r.title }),
    }));

describe('real sentences', () => {
  it('has at least 30 sentences, each with its source', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(30);
    for (const s of sentences) expect(s.source).toMatch(/^https?:\/\/|^GitHub file/);
  });

  for (const { sentence, expected } of sentences) {
    it(sentence.slice(0, 40), () => {
      if ('commencement' in expected)
        expect(findCommencement(running(sentence))).toEqual(expected.commencement);
      if ('term' in expected) expect(findTerm(running(sentence))).toEqual(expected.term);
      expect(typed(sentence)).toEqual(expected.relations);
      if (expected.validity) {
        const { date, ...dates } = expected.validity;
        expect(readValidity(running(sentence), date)).toEqual(dates);
      }
    });
  }
});

describe('validity arithmetic (real sentences, the document date a parameter)', () => {
  it('counts a span of years to the day before the anniversary, a 29 February to the 28th', () => {
    expect(readValidity('第十五条 本实施细则自发布之日起施行，有效期5年。', '2020-02-29')).toEqual({
      effective: '2020-02-29',
      expires: '2025-02-27',
    });
  });

  it('counts 30 days after issue, then the span from there', () => {
    expect(readValidity('自发布之日起30日后施行,有效期2年', '2021-01-15')).toEqual({
      effective: '2021-02-14',
      expires: '2023-02-13',
    });
  });

  it('has no 施行日期 for 自发布之日起施行 without the document date', () => {
    expect(readValidity('此办法至发布之日起施行', null)).toEqual({
      effective: null,
      expires: null,
    });
  });
});

describe('a date that starts a measure, not the document', () => {
  it('is no 施行日期 (dawukou 2021-3, line 587)', () => {
    expect(
      findCommencement(
        '完成时限：2021年至2022年，建成“中央厨房”，选择10-20所中小学进行集中供餐试点。2023年起实施集中供餐全覆盖。',
      ),
    ).toBeNull();
  });
});

describe('relation counts on the corpus', () => {
  it('reads every typed relation and no false one', () => {
    const kinds = new Map<string, number>();
    for (const { sentence } of sentences)
      for (const r of typed(sentence)) kinds.set(r.type, (kinds.get(r.type) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ carries: 17, repeals: 6, amends: 2, answers: 1 });
  });
});
