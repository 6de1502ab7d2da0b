// <issue>.fix.yaml: a boundary and a field of a real issue corrected after parsing, with
// provenance, nothing lost, stale corrections found, and every bad file refused at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { accountFor } from '../../src/quality/accounting.ts';
import { correctionsOf, edit, refusal, settingsOf } from './helpers.ts';

const KUNDULUN = 'content/kundulun/2017-1.txt';
const FIX = 'tests/fixtures/corrections/kundulun-2017-1.fix.yaml';
const fix = (text: string) => parseCorrections('content/kundulun/2017-1.fix.yaml', text);

describe('corrections of 昆都仑区人民政府公报 2017年第1期', () => {
  const settings = settingsOf('content/kundulun/gazette.yaml');
  const parsed = edit(KUNDULUN, { settings });
  const edited = edit(KUNDULUN, { settings, corrections: correctionsOf(FIX) });

  it('splits the 文件目录 at its second list (line 801): two items, the TOC entry on the first', () => {
    expect(parsed.documents.map((d) => d.sourceLines)).toEqual([
      [101, 503],
      [505, 557],
      [561, 755],
      [759, 787],
      [791, 823],
    ]);
    expect(edited.documents.map((d) => d.sourceLines)).toEqual([
      [101, 503],
      [505, 557],
      [561, 755],
      [759, 787],
      [791, 799],
      [801, 823],
    ]);
    const [list, office] = edited.documents.slice(4);
    expect(list!.tocTitle).toBe(
      '昆都仑区人民政府、昆都仑区人民政府办公室下发文件目录（2017年11—12月）',
    );
    expect(edited.issue.sections.flatMap((s) => s.entries).at(-1)!.document).toBe(
      'kundulun/2017/1/5',
    );
    expect(office!.title).toBe('昆区政府办公室下发文件目录');
    // The new item's issuer is printed short (昆区政府办公室); the organ table completes it.
    expect(office!.issuers).toEqual(['昆都仑区人民政府办公室']);
    expect(office!.provenance).toEqual([
      { field: 'sourceLines', parsed: [791, 823], file: FIX, line: 7 },
      {
        field: 'issuers',
        parsed: ['昆区政府办公室'],
        file: 'content/kundulun/gazette.yaml',
        line: 14,
      },
    ]);
  });

  it('sets the fields the parser read from a misprinted header: item 1 is the 区人民政府’s', () => {
    expect(parsed.documents[0]!.issuers).toEqual(['昆都仑区人民政府办公室']);
    expect(edited.documents[0]!.issuers).toEqual(['昆都仑区人民政府']);
    expect(edited.documents[0]!.provenance).toEqual([
      { field: 'issuers', parsed: ['昆都仑区人民政府办公室'], file: FIX, line: 12 },
    ]);
    expect(edited.documents[4]!.title).toBe('昆区政府下发文件目录');
    expect(edited.corrections.map((c) => [c.line, c.stale])).toEqual([
      [7, false],
      [12, false],
      [14, false],
      [15, false],
    ]);
  });

  it('still accounts for every character of the input', () => {
    const account = accountFor(readFileSync(KUNDULUN), edited);
    expect(account.missing).toEqual([]);
    expect(account.percent).toBe(100);
  });

  it('merges an item into the one before it, nothing lost', () => {
    const merged = edit(KUNDULUN, { corrections: fix('items:\n  - merge: 505\n') });
    expect(merged.documents.map((d) => d.sourceLines[0])).toEqual([101, 561, 759, 791]);
    expect(merged.documents[0]!.sourceLines).toEqual([101, 557]);
    expect(accountFor(readFileSync(KUNDULUN), merged).missing).toEqual([]);
  });

  it('moves a boundary: a new start and the old one merged', () => {
    // The 大事记's date line (761) as the start of its item: a move an editor could make by mistake; the text stays whole.
    const moved = edit(KUNDULUN, { corrections: fix('items:\n  - start: 761\n  - merge: 759\n') });
    expect(moved.documents.map((d) => d.sourceLines)).toEqual([
      [101, 503],
      [505, 557],
      [561, 759],
      [761, 787],
      [791, 823],
    ]);
    expect(accountFor(readFileSync(KUNDULUN), moved).missing).toEqual([]);
  });

  it('reports a correction the parser already agrees with as stale, and changes nothing', () => {
    const stale = edit(KUNDULUN, {
      corrections: fix(
        'items:\n  - start: 505\n  - merge: 601\ndocuments:\n  2:\n    docNumber: 昆政办发〔2017〕115号\n',
      ),
    });
    expect(stale.corrections.map((c) => [c.line, c.what, c.stale])).toEqual([
      [2, 'an item starts at line 505', true],
      [3, 'the item at line 601 joins the one before', true],
      [6, 'item 2 docNumber: "昆政办发〔2017〕115号"', true],
    ]);
    expect(stale.documents[1]!.provenance).toBeUndefined();
  });

  it('sets the validity fields too: 施行日期 and 有效期', () => {
    const doc = edit(KUNDULUN, {
      corrections: fix('documents:\n  3:\n    effective: 2017-12-08\n    expires: 2020-12-31\n'),
    }).documents[2]!;
    expect([doc.effective, doc.expires]).toEqual(['2017-12-08', '2020-12-31']);
    expect(doc.provenance!.map((p) => [p.field, p.line])).toEqual([
      ['effective', 3],
      ['expires', 4],
    ]);
  });

  it('sets issue fields', () => {
    const { issue } = edit(KUNDULUN, { corrections: fix('issue:\n  published: 2017-12-31\n') });
    expect(issue.published).toBe('2017-12-31');
    expect(issue.provenance).toEqual([
      { field: 'published', parsed: null, file: 'content/kundulun/2017-1.fix.yaml', line: 2 },
    ]);
  });
});

describe('a bad corrections file', () => {
  const bad = (text: string) => refusal(() => edit(KUNDULUN, { corrections: fix(text) }));
  const F = 'content/kundulun/2017-1.fix.yaml';

  it('names an unknown key at its line', () => {
    expect(bad('document:\n  1:\n    title: 甲\n')).toBe(`${F}:1: unknown key “document”`);
    expect(bad('documents:\n  1:\n    docNumber: 昆政发〔2017〕25号\n    titel: 甲\n')).toBe(
      `${F}:4: unknown key “titel” in documents.1`,
    );
  });

  it('names a line outside the file, an empty line, a line before the first item', () => {
    expect(bad('items:\n  - start: 9999\n')).toBe(
      `${F}:2: line 9999 is outside ${KUNDULUN} (835 lines)`,
    );
    expect(bad('items:\n  - start: 504\n')).toBe(
      `${F}:2: line 504 of ${KUNDULUN} is empty: an item starts at a line with text`,
    );
    expect(bad('items:\n  - start: 85\n')).toBe(
      `${F}:2: line 85 is not inside the body of the issue after its first item (lines 102–823)`,
    );
  });

  it('names an item that does not exist', () => {
    expect(bad('documents:\n  1:\n    title: 甲\n  9:\n    title: 乙\n')).toBe(
      `${F}:4: item 9 does not exist: the issue has 5 items`,
    );
  });

  it('names a value of the wrong form', () => {
    expect(bad('documents:\n  2:\n    date: 2017-02-30\n')).toBe(
      `${F}:3: documents.2.date: this date does not exist`,
    );
    expect(bad('documents:\n  2:\n    date: 2017年12月1日\n')).toBe(
      `${F}:3: documents.2.date: a date is written YYYY-MM-DD`,
    );
    expect(bad('documents:\n  1:\n    issuers: 昆都仑区人民政府\n')).toMatch(
      new RegExp(`^${F}:3: documents\\.1\\.issuers: `),
    );
    expect(bad('documents:\n  1:\n    kind: 通知\n')).toMatch(
      new RegExp(`^${F}:3: documents\\.1\\.kind: `),
    );
    expect(bad('items:\n  - start: 801\n    merge: 801\n')).toBe(
      `${F}:2: items.0: an item correction is either \`start: <line>\` or \`merge: <line>\``,
    );
  });
});
