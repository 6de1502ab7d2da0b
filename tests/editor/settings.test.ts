// gazette.yaml: validated with file:line errors; the organ table makes one issuer of one office;
// cover fields win over the settings, which fill only what the cover leaves out.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/index.ts';
import { byIssuer } from '../../src/utils/catalog.ts';
import { edit, refusal, refused, settingsOf } from './helpers.ts';
import { ALIAS_BOMB } from '../support/alias-bomb.ts';

describe('the sample gazettes’ settings', () => {
  it('every sample gazette has a valid gazette.yaml naming it as its cover does', () => {
    const gazettes = readdirSync('content', { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(gazettes).toHaveLength(5);
    for (const g of gazettes) {
      const settings = settingsOf(`content/${g}/gazette.yaml`);
      const issue = readdirSync(`content/${g}`).find((f) => f.endsWith('.txt'))!;
      expect(edit(`content/${g}/${issue}`).issue.gazette).toBe(settings.name);
    }
  });

  it('makes the 金凤 office one issuer: its two printed names give one body with all 10 documents', () => {
    const parsed = byIssuer(edit('content/jinfeng/2018-2.txt').documents);
    expect(parsed.get('银川市金凤区政府办公室')).toHaveLength(6);
    expect(parsed.get('银川市金凤区人民政府办公室')).toHaveLength(4);

    const edited = edit('content/jinfeng/2018-2.txt', {
      settings: settingsOf('content/jinfeng/gazette.yaml'),
    });
    const organs = byIssuer(edited.documents);
    expect(organs.has('银川市金凤区政府办公室')).toBe(false);
    expect(organs.get('银川市金凤区人民政府办公室')!.map((d) => d.order)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect([...organs.keys()]).toEqual(['银川市金凤区党委办公室', '银川市金凤区人民政府办公室']);
    // The change is on the record, pointing at the table's line for 银川市金凤区政府办公室.
    expect(edited.documents[0]!.provenance).toEqual([
      {
        field: 'issuers',
        parsed: ['银川市金凤区党委办公室', '银川市金凤区政府办公室'],
        file: 'content/jinfeng/gazette.yaml',
        line: 12,
      },
    ]);
    expect(edited.documents[6]!.provenance).toBeUndefined();
  });

  it('matches a short name as the parser completes it by the region (区政府办公室 → 大武口区…)', () => {
    const settings = parseSettings(
      'g.yaml',
      'organs:\n  大武口区人民政府办公室:\n    - 区政府办公室\n  大武口区政务办:\n',
    );
    const edited = edit('content/dawukou/2021-3.txt', { settings });
    expect(edited.documents[4]!.issuers).toEqual(['大武口区人民政府办公室']);
    expect(edited.documents[4]!.provenance).toBeUndefined(); // already the canonical name
  });

  it('fills a field the cover does not print, and never overrides one it does', () => {
    // 南明区's cover prints no 刊期, and its publisher as 南明区人民政府办公室.
    const settings = parseSettings(
      'content/nanming/gazette.yaml',
      'name: 贵阳市南明区人民政府公报\npublisher: 贵阳市南明区人民政府办公室\nfrequency: 月刊\n',
    );
    const { issue } = edit('content/nanming/2020-4.txt', { settings });
    expect(issue.frequency).toBe('月刊');
    expect(issue.publisher).toBe('南明区人民政府办公室');
    expect(issue.provenance).toEqual([
      { field: 'frequency', parsed: null, file: 'content/nanming/gazette.yaml', line: 3 },
    ]);
  });
});

describe('a bad gazette.yaml', () => {
  const F = 'content/x/gazette.yaml';
  const bad = (text: string) => refused(() => parseSettings(F, text));

  it('a full-width colon: said in plain Chinese, at its file:line:column', () => {
    const text = 'name: 甲公报\nregion：甲区\npublisher: 甲办公室\n';
    expect(bad(text)).toMatchObject({ code: 'yaml-full-width-colon', line: 2, column: 7 });
    expect(refusal(() => parseSettings(F, text))).toBe(
      `${F}:2:7: 全角冒号“：”应为半角冒号“:”，冒号后空一格（例如 name: 某某区人民政府公报） [yaml-full-width-colon]`,
    );
    // The first key of the file, which YAML reads as a document of text.
    expect(bad('name：甲公报\n')).toMatchObject({ code: 'yaml-full-width-colon', line: 1 });
    // The first key of a table, which YAML reads as the table's text.
    expect(bad('name: 甲公报\norgans:\n  甲办公室： 甲区人民政府办公室\n')).toMatchObject({
      code: 'yaml-full-width-colon',
      line: 3,
      column: 7,
    });
    // A full-width colon inside a value is text, on the value's line or on a line it goes on to.
    expect(bad('name: 甲公报\ndescription: 地址：甲区\n')).toBe('accepted');
    expect(bad('description: 本刊\n  主办：甲区人民政府\npublishr: 甲办公室\n')).toMatchObject({
      code: 'unknown-key',
      line: 3,
    });
  });

  it('a list where the organ table (a map) belongs: plain Chinese, not zod’s words', () => {
    const text = 'name: 甲公报\norgans:\n  - 甲办公室\n';
    expect(bad(text)).toMatchObject({
      code: 'wrong-type',
      line: 3,
      params: { path: 'organs', expected: 'record', received: 'array' },
    });
    expect(refusal(() => parseSettings(F, text))).toBe(
      `${F}:3:3: “organs”：这里应写“键: 值”的表（每行一项），写成了列表（每项一行，以“- ”开头） [wrong-type]`,
    );
  });

  it('an unknown key, with the keys that are allowed', () => {
    expect(bad('name: 甲公报\npublishr: 甲办公室\n')).toMatchObject({
      code: 'unknown-key',
      line: 2,
      column: 1,
      params: {
        key: 'publishr',
        allowed: [
          'name',
          'region',
          'publisher',
          'frequency',
          'description',
          'organs',
          'pdfStart',
          'organCode',
          'indexNumber',
          'publishedOnline',
        ],
      },
    });
    expect(refusal(() => parseSettings(F, 'name: 甲公报\npublishr: 甲办公室\n'))).toMatch(
      new RegExp(`^${F}:2:1: 不认识的键“publishr”：可以写的键有 name、region、publisher、`),
    );
  });

  it('names the file and line of other YAML mistakes', () => {
    expect(bad('name: 甲公报\nregion: 甲区: 乙\npublisher: 甲办公室\n')).toMatchObject({
      code: 'yaml-colon-in-value',
      line: 2,
    });
    expect(bad('name: 甲公报\nfrequency: 12\n')).toMatchObject({
      code: 'wrong-type',
      line: 2,
      params: { path: 'frequency', expected: 'string', received: 'number' },
    });
    expect(bad('name: ""\n')).toMatchObject({ code: 'value-empty', line: 1 });
  });

  it('refuses a name given to two organs, at its second line', () => {
    expect(
      bad('organs:\n  甲区人民政府:\n    - 区政府\n  甲区人民政府办公室:\n    - 区政府\n'),
    ).toMatchObject({
      code: 'organ-name-twice',
      line: 5,
      params: { name: '区政府', other: '甲区人民政府' },
    });
  });
});

// The file comes from outside: what it can cost and what it can carry into the site is bounded.
describe('a hostile gazette.yaml', () => {
  /** Where and why the file is refused: [line, code, parameters]. */
  const bad = (text: string) => {
    const error = refused(() => parseSettings('content/x/gazette.yaml', text));
    return error === 'accepted' ? error : [error.line, error.code, error.params];
  };

  it('refuses an alias bomb at its first alias, before expanding it', () => {
    expect(bad(`name: 甲公报\norgans:\n  甲区政府: []\n${ALIAS_BOMB}\n`)).toEqual([
      5,
      'yaml-too-many-aliases',
      { limit: 100 },
    ]);
    expect(bad('organs:\n  甲区政府: [*x]\n')).toEqual([2, 'yaml-unresolved-alias', { name: 'x' }]);
    // A few aliases are YAML as an editor may write it.
    const settings = parseSettings(
      'g.yaml',
      'region: &r 甲区\nname: 甲区公报\norgans:\n  甲区政府: [*r]\n',
    );
    expect(settings.aliases.get('甲区')?.canonical).toBe('甲区政府');
  });

  it('refuses a file over 1 MiB', () => {
    const organs = Array.from({ length: 40_000 }, (_, i) => `  甲区第${i}办公室:`).join('\n');
    expect(bad(`organs:\n${organs}\n`)).toEqual([
      1,
      'yaml-too-large',
      { bytes: expect.any(Number), limit: 1048576 },
    ]);
  });

  it('refuses a control character, written or escaped, at its line', () => {
    expect(bad('name: 甲公报\npublisher: 甲区\u0007办公室\n')).toEqual([
      2,
      'yaml-unreadable-character',
      { code: '0007' },
    ]);
    expect(bad('organs:\n  甲区政府:\n    - "区政府\\x1b"\n')).toEqual([
      3,
      'yaml-unreadable-character',
      { code: '001B' },
    ]);
    expect(bad('description: |\n  第一行\n  第二\u0000行\n')).toEqual([
      3,
      'yaml-unreadable-character',
      { code: '0000' },
    ]);
    expect(bad('name: "甲\\ud800公报"\n')).toEqual([
      1,
      'yaml-unreadable-character',
      { code: 'D800' },
    ]);
  });

  it('refuses a name written over several lines; a description may take several', () => {
    expect(bad('name: |\n  甲区\n  公报\n')).toEqual([1, 'yaml-line-break', { path: 'name' }]);
    expect(bad('organs:\n  甲区政府:\n    - 甲区\n      政府\n')).toEqual([
      3,
      'yaml-line-break',
      { path: 'organs.甲区政府.0' },
    ]);
    expect(parseSettings('g.yaml', 'description: |\n  第一段。\n  第二段。\n').description).toBe(
      '第一段。\n第二段。',
    );
  });

  // zod leaves a record's __proto__ key out without a word; the table would lose that organ.
  it('refuses an organ named __proto__ at its line, and keeps other names JavaScript knows', () => {
    expect(bad('organs:\n  甲区政府:\n  __proto__:\n    - 区政府\n')).toEqual([
      3,
      'yaml-reserved-key',
      { key: '__proto__' },
    ]);
    const settings = parseSettings('g.yaml', 'organs:\n  constructor:\n    - toString\n');
    expect([...settings.organs.keys()]).toEqual(['constructor']);
    expect(settings.aliases.get('toString')?.canonical).toBe('constructor');
  });
});
