// What the parser inferred rather than read is listed for the editor to check (issue 23 item 4),
// until a correction of that field settles it.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';
import { formatFinding, reviewIssue } from '../../src/review/index.ts';
import { edit } from './helpers.ts';

const NANMING = 'content/nanming/2020-4.txt';
const inferred = (r: ReturnType<typeof reviewIssue>, field = 'issuers') =>
  r.findings.filter(
    (f) => f.code === 'field-inferred' && (f.params as { field: string }).field === field,
  );

describe('the review lists inferred fields', () => {
  // The sample's documents carry their organ's header mark and no signature (the seal was an
  // image): the 发文机关 is the mark's.
  it('an issuer taken from the header mark, at the mark’s line', () => {
    const r = reviewIssue(edit(NANMING));
    expect(inferred(r)[0]!.params).toEqual({
      order: 1,
      title: '南明区人民政府关于区人民政府领导同志部分工作分工调整的通知',
      field: 'issuers',
      value: '贵阳市南明区人民政府',
      from: 'headerMark',
    });
    expect(inferred(r).map(formatFinding)[0]).toBe(
      `${NANMING}:37: 第1项“南明区人民政府关于区人民政府领导同志部分工作分工调整的通知”：发文机关“贵阳市南明区人民政府”不是原文印出的，而是按版头推断（文件没有落款）：请核对 [field-inferred]`,
    );
    setLanguage('en');
    try {
      expect(inferred(r).map(formatFinding)[0]).toBe(
        `${NANMING}:37: item 1 “南明区人民政府关于区人民政府领导同志部分工作分工调整的通知”: issuers “贵阳市南明区人民政府” is inferred from the header mark (no signature), not printed as such: check it [field-inferred]`,
      );
    } finally {
      setLanguage('zh');
    }
    expect(inferred(r).every((f) => f.check)).toBe(true);
    expect(inferred(r).map((f) => f.line)).toEqual([37, 87, 176, 352, 466]);
  });

  it('no longer once a correction sets the field', () => {
    const corrections = parseCorrections(
      'content/nanming/2020-4.fix.yaml',
      'documents:\n  1:\n    issuers: [贵阳市南明区人民政府]\n',
    );
    const r = reviewIssue(edit(NANMING, { corrections }));
    expect(inferred(r).map((f) => f.line)).toEqual([87, 176, 352, 466]);
    // It gives the value the parser inferred: it confirms it, and is not stale.
    expect(r.findings.filter((f) => f.code === 'correction-stale')).toEqual([]);
  });

  // 主题分类 by the words of the title (src/metadata/subjects.ts), at the line that holds the word.
  it('a 主题分类 taken from the title’s words, with the word', () => {
    const r = reviewIssue(edit(NANMING));
    expect(
      inferred(r, 'subject').map((f) => [f.line, (f.params as { value: string }).value]),
    ).toEqual([
      [41, '综合政务'],
      [91, '科技、教育'],
      [180, '科技、教育'],
      [356, '城乡建设、环境保护'],
      [470, '文化、广电、新闻出版'],
    ]);
    expect(inferred(r, 'subject').map(formatFinding)[2]).toBe(
      `${NANMING}:180: 第3项“南明区人民政府办公室关于印发南明区脱贫攻坚“冲刺90天打赢歼灭战”控辍保学攻坚工作实施方案方案的通知”：主题分类“科技、教育”不是原文印出的，而是按标题中的“控辍保学”推断：请核对 [field-inferred]`,
    );
    setLanguage('en');
    try {
      expect(inferred(r, 'subject').map(formatFinding)[3]).toMatch(
        /: subject “城乡建设、环境保护” is inferred from the word “污染” of its title, not printed as such: check it \[field-inferred\]$/,
      );
    } finally {
      setLanguage('zh');
    }
  });

  it('a 主题分类 set or confirmed in the corrections file is not listed, nor guessed', () => {
    const corrections = parseCorrections(
      'content/nanming/2020-4.fix.yaml',
      'documents:\n  3:\n    subject: 科技、教育\n  4:\n    subject: 农业、林业、水利\n',
    );
    const edited = edit(NANMING, { corrections });
    expect(inferred(reviewIssue(edited), 'subject').map((f) => f.line)).toEqual([41, 91, 470]);
    expect(edited.documents.map((d) => d.subject)).toEqual([
      '综合政务',
      '科技、教育',
      '科技、教育',
      '农业、林业、水利',
      '文化、广电、新闻出版',
    ]);
    expect(reviewIssue(edited).findings.filter((f) => f.code === 'correction-stale')).toEqual([]);
  });
});
