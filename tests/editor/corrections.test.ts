// <issue>.fix.yaml: a boundary and a field of a real issue corrected after parsing, with
// provenance, nothing lost, stale corrections found, and every bad file refused at its line.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCorrections } from '../../src/corrections/index.ts';
import { accountFor } from '../../src/quality/accounting.ts';
import { reviewIssue } from '../../src/review/index.ts';
import { correctionsOf, edit, refused, settingsOf } from './helpers.ts';
import { ALIAS_BOMB } from '../support/alias-bomb.ts';

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
    // Its title corrected, the TOC entry (issue page, breadcrumb) shows the corrected title.
    expect(list!.tocTitle).toBe('昆区政府下发文件目录');
    expect(list!.provenance).toContainEqual({
      field: 'tocTitle',
      parsed: '昆都仑区人民政府、昆都仑区人民政府办公室下发文件目录（2017年11—12月）',
      file: FIX,
      line: 14,
    });
    expect(edited.issue.sections.flatMap((s) => s.entries).at(-1)).toMatchObject({
      title: '昆区政府下发文件目录',
      document: 'kundulun/2017/1/5',
    });
    expect(office!.title).toBe('昆区政府办公室下发文件目录');
    // A listing names whose documents it lists, not who issued it: no issuer (issue 23).
    expect(office!.issuers).toEqual([]);
    expect(office!.provenance).toEqual([
      { field: 'sourceLines', parsed: [791, 823], file: FIX, line: 7 },
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
      [2, { target: 'start', source: 505 }, true],
      [3, { target: 'merge', source: 601 }, true],
      [
        6,
        { target: 'document', item: 2, field: 'docNumber', value: '昆政办发〔2017〕115号' },
        true,
      ],
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

  // Issue 26's probe: a number typed [2017] stopped the whole build; a 令's has no year at all.
  it.each([
    ['昆政发[2017]26号', '昆政发〔2017〕26号'],
    ['昆政发 （2017） 26 号', '昆政发〔2017〕26号'],
    ['国务院令 第707号', '国务院令第707号'],
  ])('writes a corrected 发文字号 %s as the parser writes numbers: %s', (typed, written) => {
    const doc = edit(KUNDULUN, {
      corrections: fix(`documents:\n  1:\n    docNumber: ${typed}\n`),
    }).documents[0]!;
    expect(doc.docNumber).toBe(written);
  });

  it('sets issue fields', () => {
    const { issue } = edit(KUNDULUN, { corrections: fix('issue:\n  published: 2017-12-31\n') });
    expect(issue.published).toBe('2017-12-31');
    expect(issue.provenance).toEqual([
      { field: 'published', parsed: null, file: 'content/kundulun/2017-1.fix.yaml', line: 2 },
    ]);
  });
});

describe('corrections that name their item by what an editor sees', () => {
  const split = 'items:\n  - start: 161\n'; // inside item 1: every later item's number grows by one
  const docs = (text: string) => edit(KUNDULUN, { corrections: fix(text) });

  it('by 发文字号: survives a renumbering that moves the item from 2 to 3', () => {
    const byNumber = 'documents:\n  昆政办发〔2017〕115号:\n    date: 2017-12-01\n';
    expect(docs(byNumber).documents[1]).toMatchObject({ order: 2, date: '2017-12-01' });
    const renumbered = docs(split + byNumber);
    expect(renumbered.documents[2]).toMatchObject({
      order: 3,
      docNumber: '昆政办发〔2017〕115号',
      date: '2017-12-01',
    });
    expect(renumbered.corrections.at(-1)).toMatchObject({ stale: false, what: { item: 3 } });
    // The same correction by item number lands on another document after the split.
    expect(docs(split + 'documents:\n  2:\n    date: 2017-12-01\n').documents[2]!.date).toBeNull();
  });

  it('by 发文字号 in another bracket style, by printed title, by a source line', () => {
    const title = '昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知';
    for (const anchor of ['昆政办发[2017]115号', title, '第530行', 'line 505'])
      expect(docs(`documents:\n  ${anchor}:\n    date: 2017-12-01\n`).documents[1]!.date).toBe(
        '2017-12-01',
      );
    // The TOC's title names the item too (the 大事记's body title is shorter).
    expect(
      docs('documents:\n  昆都仑区人民政府大事记（11—12月）:\n    kind: other\n').documents[3]!
        .kind,
    ).toBe('other');
  });

  it('is stale when its anchor is gone, and says where the text went', () => {
    // Item 2 merged into item 1: its 发文字号 is no item's own, but line 507 still prints it.
    const merged = docs(
      'items:\n  - merge: 505\ndocuments:\n  昆政办发〔2017〕115号:\n    date: 2017-12-01\n',
    );
    expect(merged.documents.every((d) => d.date !== '2017-12-01')).toBe(true);
    expect(merged.corrections.at(-1)).toMatchObject({
      line: 5,
      stale: true,
      lost: { anchor: '昆政办发〔2017〕115号', seen: { order: 1 } },
    });
    const seen = merged.corrections.at(-1)!.lost!.seen!;
    expect(readFileSync(KUNDULUN, 'utf8').split('\n')[seen.line - 1]).toContain('115');
    // A number the issue never prints: stale, nowhere to be seen.
    expect(
      docs('documents:\n  昆政办发〔2017〕999号:\n    date: 2017-12-01\n').corrections[0],
    ).toMatchObject({ stale: true, lost: { anchor: '昆政办发〔2017〕999号', seen: null } });
    const review = reviewIssue(merged, undefined);
    expect(review.findings.filter((f) => f.code === 'correction-anchor-lost')).toHaveLength(1);
  });

  it('keeps tocTitle when the correction sets it on its own', () => {
    const doc = docs('documents:\n  昆政发〔2017〕25号:\n    title: 甲\n    tocTitle: 乙\n')
      .documents[0]!;
    expect([doc.title, doc.tocTitle]).toEqual(['甲', '乙']);
  });
});

describe('a bad corrections file', () => {
  const bad = (text: string) => refused(() => edit(KUNDULUN, { corrections: fix(text) }));

  it('names an unknown key at its line', () => {
    expect(bad('document:\n  1:\n    title: 甲\n')).toMatchObject({
      code: 'unknown-key',
      line: 1,
      params: { key: 'document', path: '', allowed: ['issue', 'items', 'documents'] },
    });
    expect(
      bad('documents:\n  1:\n    docNumber: 昆政发〔2017〕25号\n    titel: 甲\n'),
    ).toMatchObject({
      code: 'unknown-key',
      line: 4,
      params: { key: 'titel', path: 'documents.1' },
    });
  });

  it('names a line outside the file, an empty line, a line before the first item', () => {
    expect(bad('items:\n  - start: 9999\n')).toMatchObject({
      code: 'correction-line-outside',
      line: 2,
      params: { line: 9999, file: KUNDULUN, total: 835 },
    });
    expect(bad('items:\n  - start: 504\n')).toMatchObject({
      code: 'correction-line-empty',
      line: 2,
    });
    expect(bad('items:\n  - start: 85\n')).toMatchObject({
      code: 'correction-line-outside-body',
      line: 2,
      params: { line: 85, first: 102, last: 823 },
    });
  });

  it('names an item that does not exist', () => {
    expect(bad('documents:\n  1:\n    title: 甲\n  9:\n    title: 乙\n')).toMatchObject({
      code: 'correction-item-missing',
      line: 4,
      params: { item: 9, count: 5 },
    });
  });

  it('names a value of the wrong form', () => {
    expect(bad('documents:\n  2:\n    date: 2017-02-30\n')).toMatchObject({
      code: 'date-nonexistent',
      line: 3,
      params: { path: 'documents.2.date' },
    });
    expect(bad('documents:\n  2:\n    date: 2017年12月1日\n')).toMatchObject({
      code: 'date-form',
      line: 3,
    });
    expect(bad('documents:\n  1:\n    issuers: 昆都仑区人民政府\n')).toMatchObject({
      code: 'wrong-type',
      line: 3,
      params: { path: 'documents.1.issuers', expected: 'array', received: 'string' },
    });
    expect(bad('documents:\n  1:\n    kind: 通知\n')).toMatchObject({
      code: 'not-one-of',
      line: 3,
      params: { values: ['document', 'chronicle', 'listing', 'other'] },
    });
    expect(bad('items:\n  - start: 801\n    merge: 801\n')).toMatchObject({
      code: 'item-correction-form',
      line: 2,
    });
  });
});

// What a corrections file sets reaches the pages, the JSON data and the feeds: it is one line
// where the page shows one line, and holds nothing XML cannot.
describe('a hostile corrections file', () => {
  /** Where and why the file is refused: [line, code, parameters]. */
  const bad = (text: string) => {
    const error = refused(() => edit(KUNDULUN, { corrections: fix(text) }));
    return error === 'accepted' ? error : [error.file, error.line, error.code, error.params];
  };
  const F = 'content/kundulun/2017-1.fix.yaml';

  it('refuses a control character in a title, which made /atom.xml invalid XML', () => {
    expect(bad('documents:\n  5:\n    title: 昆区政府下发\u0008文件目录\n')).toEqual([
      F,
      3,
      'yaml-unreadable-character',
      { code: '0008' },
    ]);
    expect(bad('issue:\n  masthead:\n    - { label: 主编, value: "甲\\u001F" }\n')).toEqual([
      F,
      3,
      'yaml-unreadable-character',
      { code: '001F' },
    ]);
  });

  // Refused, not folded: joining the lines would mean guessing whether the break was a space
  // (between Latin words) or nothing (between Han characters).
  it('refuses a title written over several lines at its own line, not the text’s', () => {
    const lineBreak = (line: number, path: string) => [F, line, 'yaml-line-break', { path }];
    expect(bad('documents:\n  5:\n    title: |\n      昆区政府\n      下发文件目录\n')).toEqual(
      lineBreak(3, 'documents.5.title'),
    );
    expect(bad('documents:\n  5:\n    title: >-\n      昆区政府\n      下发文件目录\n')).toEqual(
      lineBreak(3, 'documents.5.title'),
    );
    expect(bad('documents:\n  5:\n    title: 昆区政府\n      下发文件目录\n')).toEqual(
      lineBreak(3, 'documents.5.title'),
    );
    expect(bad('documents:\n  1:\n    issuers:\n      - "昆都仑区\\n人民政府"\n')).toEqual(
      lineBreak(4, 'documents.1.issuers.0'),
    );
    // One line, whatever the YAML style.
    const folded = edit(KUNDULUN, {
      corrections: fix('documents:\n  5:\n    title: |-\n      昆区政府下发文件目录\n'),
    });
    expect(folded.documents[4]!.title).toBe('昆区政府下发文件目录');
  });

  it('refuses an alias bomb and a key named __proto__, each at its line', () => {
    expect(bad(`documents:\n  5:\n    title: 甲\n${ALIAS_BOMB}\n`)).toEqual([
      F,
      5,
      'yaml-too-many-aliases',
      { limit: 100 },
    ]);
    // zod would leave documents.__proto__ out without a word.
    expect(bad('documents:\n  __proto__:\n    title: 甲\n')).toEqual([
      F,
      2,
      'yaml-reserved-key',
      { key: '__proto__' },
    ]);
  });
});
