// The review before publishing, on the real samples: what the editor must check, by file:line.
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { formatFinding, reviewIssue, summaryLine } from '../../src/review/index.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { correctionsOf, edit, settingsOf } from './helpers.ts';

const KUNDULUN = 'content/kundulun/2017-1.txt';
const settings = settingsOf('content/kundulun/gazette.yaml');
const review = (path: string, editorial: Parameters<typeof edit>[1] = {}) =>
  reviewIssue(edit(path, editorial), editorial.settings);

describe('npm run review’s findings', () => {
  it('lists TOC/body title differences and a document without 成文日期, each at its line', () => {
    const r = review(KUNDULUN, { settings });
    // The issuers of items 1–4 are read from their titles (no signature), item 5's from its TOC
    // entry: inferred, listed for a check.
    expect(r.findings.map((f) => [f.kind, f.line])).toEqual([
      ['title-differs', 101],
      ['inferred', 101],
      ['missing-field', 505],
      ['inferred', 505],
      ['inferred', 561],
      ['title-differs', 759],
      ['inferred', 759],
      ['title-differs', 791],
      ['inferred', 99],
    ]);
    expect(formatFinding(r.findings[2]!)).toBe(
      `${KUNDULUN}:505: item 2 “昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知” has no 成文日期`,
    );
    expect(summaryLine(r)).toBe('kundulun/2017/1: 9 to check (5 documents)');
  });

  it('lists the corrections applied, which need no check', () => {
    const r = review(KUNDULUN, {
      settings,
      corrections: correctionsOf('content/kundulun/2017-1.fix.yaml'),
    });
    expect(r.findings.filter((f) => f.kind === 'correction').map(formatFinding)).toEqual([
      'content/kundulun/2017-1.fix.yaml:8: applied: item 1 issuers: ["昆都仑区人民政府"]',
      'content/kundulun/2017-1.fix.yaml:9: applied: item 1 title: "昆都仑区人民政府关于印发昆都仑区土壤污染防治行动方案的通知"',
    ]);
    expect(summaryLine(r)).toBe('kundulun/2017/1: 7 to check (5 documents, 2 corrections applied)');
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
    const kinds = r.findings.map((f) => `${f.kind} ${f.file}:${f.line}`);
    expect(kinds).toContain(`date ${KUNDULUN}:505`);
    expect(kinds).toContain('stale-correction content/kundulun/2017-1.fix.yaml:5');
    expect(kinds).toContain(`unknown-organ ${KUNDULUN}:561`);
    expect(r.findings.find((f) => f.kind === 'date')!.message).toBe(
      "item 2 “昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知”: 成文日期 2018-01-05 is after the issue's date (2017)",
    );
  });

  it('passes every parser warning on, and says ok when there is nothing to check', () => {
    const dawukou = review('content/dawukou/2021-3.txt', {
      settings: settingsOf('content/dawukou/gazette.yaml'),
    });
    expect(dawukou.findings.filter((f) => f.kind === 'parser-warning').map(formatFinding)).toEqual([
      'content/dawukou/2021-3.txt:1316: warning: the date 2021年4月31日 does not exist; kept as printed',
    ]);
    expect(
      summaryLine(
        review('content/jinfeng/2018-2.txt', {
          settings: settingsOf('content/jinfeng/gazette.yaml'),
        }),
      ),
    ).toBe('jinfeng/2018/2: ok (10 documents)');
  });

  it('flags the organs of a gazette with no organ table', () => {
    expect(
      review('content/nanming/2020-4.txt').findings.filter((f) => f.kind === 'unknown-organ'),
    ).toHaveLength(1);
  });
});
