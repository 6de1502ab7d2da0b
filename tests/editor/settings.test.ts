// gazette.yaml: validated with file:line errors; the organ table makes one issuer of one office;
// cover fields win over the settings, which fill only what the cover leaves out.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSettings } from '../../src/settings/index.ts';
import { byIssuer } from '../../src/utils/catalog.ts';
import { edit, refusal, settingsOf } from './helpers.ts';

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
  const bad = (text: string) => refusal(() => parseSettings('content/x/gazette.yaml', text));

  it('names the file and line of a YAML syntax error', () => {
    expect(bad('name: 甲公报\nregion: 甲区: 乙\npublisher: 甲办公室\n')).toMatch(
      /^content\/x\/gazette\.yaml:2: Nested mappings are not allowed/,
    );
  });

  it('names an unknown key at its line', () => {
    expect(bad('name: 甲公报\npublishr: 甲办公室\n')).toBe(
      'content/x/gazette.yaml:2: unknown key “publishr”',
    );
  });

  it('names a value of the wrong form at its line', () => {
    expect(bad('name: 甲公报\norgans:\n  - 甲办公室\n')).toMatch(
      /^content\/x\/gazette\.yaml:3: organs: /,
    );
    expect(bad('name: 甲公报\nfrequency: 12\n')).toMatch(
      /^content\/x\/gazette\.yaml:2: frequency: /,
    );
    expect(bad('name: ""\n')).toBe('content/x/gazette.yaml:1: name: must not be empty');
  });

  it('refuses a name given to two organs, at its second line', () => {
    expect(
      bad('organs:\n  甲区人民政府:\n    - 区政府\n  甲区人民政府办公室:\n    - 区政府\n'),
    ).toBe(
      'content/x/gazette.yaml:5: “区政府” is already a name of “甲区人民政府”: an organ name can belong to one organ only',
    );
  });
});

// The file comes from outside: what it can cost and what it can carry into the site is bounded.
describe('a hostile gazette.yaml', () => {
  const bad = (text: string) => refusal(() => parseSettings('content/x/gazette.yaml', text));
  const bomb = [
    'a: &a ["甲", "甲", "甲", "甲", "甲", "甲", "甲", "甲", "甲"]',
    ...['b', 'c', 'd', 'e', 'f', 'g'].map(
      (name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdef'[i]}`).join(', ')}]`,
    ),
  ].join('\n');

  it('refuses an alias bomb at its first alias, before expanding it', () => {
    expect(bad(`name: 甲公报\norgans:\n  甲区政府: []\n${bomb}\n`)).toBe(
      'content/x/gazette.yaml:5: 别名过多（YAML 别名炸弹？）：展开后超过 100 个别名，请把内容直接写出',
    );
    expect(bad('organs:\n  甲区政府: [*x]\n')).toBe(
      'content/x/gazette.yaml:2: 别名 *x 前面没有对应的锚点 &x',
    );
    // A few aliases are YAML as an editor may write it.
    const settings = parseSettings(
      'g.yaml',
      'region: &r 甲区\nname: 甲区公报\norgans:\n  甲区政府: [*r]\n',
    );
    expect(settings.aliases.get('甲区')?.canonical).toBe('甲区政府');
  });

  it('refuses a file over 1 MiB', () => {
    const organs = Array.from({ length: 40_000 }, (_, i) => `  甲区第${i}办公室:`).join('\n');
    expect(bad(`organs:\n${organs}\n`)).toMatch(
      /^content\/x\/gazette\.yaml:1: 文件有 \d+ 字节，超过上限 1048576 字节/,
    );
  });

  it('refuses a control character, written or escaped, at its line', () => {
    expect(bad('name: 甲公报\npublisher: 甲区\u0007办公室\n')).toBe(
      'content/x/gazette.yaml:2: 含有字符 U+0007（控制字符或不成对的代理项）：XML 容纳不了它，网站的订阅源会因此失效；请删去',
    );
    expect(bad('organs:\n  甲区政府:\n    - "区政府\\x1b"\n')).toMatch(
      /^content\/x\/gazette\.yaml:3: 含有字符 U\+001B/,
    );
    expect(bad('description: |\n  第一行\n  第二\u0000行\n')).toMatch(
      /^content\/x\/gazette\.yaml:3: 含有字符 U\+0000/,
    );
    expect(bad('name: "甲\\ud800公报"\n')).toMatch(
      /^content\/x\/gazette\.yaml:1: 含有字符 U\+D800/,
    );
  });

  it('refuses a name written over several lines; a description may take several', () => {
    expect(bad('name: |\n  甲区\n  公报\n')).toBe(
      'content/x/gazette.yaml:1: “name”只能写在一行内：写成多行（YAML 的 |、> 或折行）会带进换行或空格，请写在一行',
    );
    expect(bad('organs:\n  甲区政府:\n    - 甲区\n      政府\n')).toMatch(
      /^content\/x\/gazette\.yaml:3: “organs\.甲区政府\.0”只能写在一行内/,
    );
    expect(parseSettings('g.yaml', 'description: |\n  第一段。\n  第二段。\n').description).toBe(
      '第一段。\n第二段。',
    );
  });

  // zod leaves a record's __proto__ key out without a word; the table would lose that organ.
  it('refuses an organ named __proto__ at its line, and keeps other names JavaScript knows', () => {
    expect(bad('organs:\n  甲区政府:\n  __proto__:\n    - 区政府\n')).toBe(
      'content/x/gazette.yaml:3: 不能用“__proto__”作键名：程序读不出这个键，它会被悄悄丢掉',
    );
    const settings = parseSettings('g.yaml', 'organs:\n  constructor:\n    - toString\n');
    expect([...settings.organs.keys()]).toEqual(['constructor']);
    expect(settings.aliases.get('toString')?.canonical).toBe('constructor');
  });
});
