// The review before publishing, on the real samples: what the editor must check, by code and
// file:line. Each rule (src/review/rules/<code>.ts) is raised by its fixture in catalog.test.ts.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';
import { formatFinding, reviewIssue, summaryLine } from '../../src/review/index.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { correctionsOf, edit, JINFENG_SUBJECTS_CONFIRMED, settingsOf } from './helpers.ts';

const KUNDULUN = 'content/kundulun/2017-1.txt';
const settings = settingsOf('content/kundulun/gazette.yaml');
const review = (path: string, editorial: Parameters<typeof edit>[1] = {}) =>
  reviewIssue(edit(path, editorial), editorial.settings);
// The fields the parser inferred (field-inferred, tests/editor/review-inferred.test.ts) are
// findings of their own; these tests look at the others.
const read = (r: ReturnType<typeof review>) =>
  r.findings.filter((f) => f.code !== 'field-inferred');

describe('npm run review’s findings', () => {
  it('lists TOC/body title differences and a document without 成文日期, each at its line', () => {
    const r = review(KUNDULUN, { settings });
    const findings = read(r);
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['toc-title-differs', 101],
      ['document-field-missing', 505],
      ['toc-title-differs', 759],
      ['toc-title-differs', 791],
    ]);
    expect(findings[1]!.params).toEqual({
      order: 2,
      title: '昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知',
      fields: ['成文日期'],
    });
    expect(formatFinding(findings[1]!)).toMatch(
      new RegExp(`^${KUNDULUN}:505: .*成文日期 \\[document-field-missing\\]$`),
    );
    // And the issuers of the four documents, inferred (none is signed; the listing has none),
    // and the 主题分类 of items 1 and 3 by their titles' words (污染, 科学素质).
    expect(r.toCheck).toBe(4 + 4 + 2);
  });

  it('lists the corrections applied, which need no check; a corrected title is the TOC’s too', () => {
    const r = review(KUNDULUN, {
      settings,
      corrections: correctionsOf('content/kundulun/2017-1.fix.yaml'),
    });
    expect(
      r.findings.filter((f) => f.file.endsWith('.fix.yaml')).map((f) => [f.code, f.line, f.check]),
    ).toEqual([
      ['correction-applied', 9, false],
      ['correction-applied', 10, false],
    ]);
    // Item 1's title corrected: no TOC/body difference is reported for it any more.
    expect(r.findings.filter((f) => f.code === 'toc-title-differs').map((f) => f.line)).toEqual([
      759, 791,
    ]);
    // Item 1's issuers are corrected too: three inferred issuers are left to check, and two 主题分类.
    expect(read(r).filter((f) => f.check)).toHaveLength(3);
    expect(r.toCheck).toBe(3 + 3 + 2);
  });

  it('counts a stale correction, a date after the issue and an organ the table does not know', () => {
    const corrections = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  2:\n    date: 2018-01-05\n  3:\n    docNumber: 昆政办发〔2017〕125号\n',
    );
    const partial = parseSettings(
      'content/kundulun/gazette.yaml',
      'organs:\n  昆都仑区人民政府:\n',
    );
    const r = review(KUNDULUN, { settings: partial, corrections });
    const codes = r.findings.map((f) => `${f.code} ${f.file}:${f.line}`);
    expect(codes).toContain(`date-after-issue ${KUNDULUN}:505`);
    expect(codes).toContain('correction-stale content/kundulun/2017-1.fix.yaml:5');
    expect(codes).toContain(`issuer-not-in-organ-table ${KUNDULUN}:561`);
    expect(r.findings.find((f) => f.code === 'date-after-issue')!.params).toMatchObject({
      field: '成文日期',
      value: '2018-01-05',
      issueDate: '2017',
    });
  });

  it('passes every parser warning on under its own code, and says ok when there is nothing to check', () => {
    const dawukou = review('content/dawukou/2021-3.txt', {
      settings: settingsOf('content/dawukou/gazette.yaml'),
    });
    expect(
      dawukou.findings
        .filter((f) => f.code === 'date-does-not-exist')
        .map((f) => [f.line, f.params]),
    ).toEqual([[1316, { date: '2021年4月31日' }]]);
    const nanming = review('content/nanming/2020-4.txt', {
      settings: settingsOf('content/nanming/gazette.yaml'),
    });
    expect(read(nanming)).toEqual([]);
    // Its 主题分类, guessed from the titles, confirmed by the editor: nothing is left.
    const jinfeng = review('content/jinfeng/2018-2.txt', {
      settings: settingsOf('content/jinfeng/gazette.yaml'),
      corrections: parseCorrections('content/jinfeng/2018-2.fix.yaml', JINFENG_SUBJECTS_CONFIRMED),
    });
    expect(jinfeng.toCheck).toBe(0);
    expect(jinfeng.findings.every((f) => f.code === 'correction-applied')).toBe(true);
  });

  it('says the summary in Chinese, or in English when asked', () => {
    const r = review(KUNDULUN, {
      settings,
      corrections: correctionsOf('content/kundulun/2017-1.fix.yaml'),
    });
    expect(summaryLine(r)).toBe('kundulun/2017/1：8 项待查（5 篇，已应用 2 条更正）');
    setLanguage('en');
    try {
      expect(summaryLine(r)).toBe(
        'kundulun/2017/1: 8 to check (5 documents, 2 corrections applied)',
      );
    } finally {
      setLanguage('zh');
    }
  });

  it('flags the organs of a gazette with no organ table', () => {
    expect(read(review('content/nanming/2020-4.txt')).map((f) => f.code)).toEqual([
      'no-organ-table',
    ]);
  });
});
