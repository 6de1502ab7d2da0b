// What the parser inferred rather than read is listed for the editor to check (issue 23 item 4),
// until a correction of that field settles it.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { setLanguage } from '../../src/diagnostics/index.ts';
import { formatFinding, reviewIssue } from '../../src/review/index.ts';
import { edit } from './helpers.ts';

const NANMING = 'content/nanming/2020-4.txt';
const inferred = (r: ReturnType<typeof reviewIssue>) =>
  r.findings.filter((f) => f.code === 'field-inferred');

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
});
