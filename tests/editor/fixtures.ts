// A fixture for every code of the catalog (src/diagnostics/catalog.ts): the input that raises
// it, and where. The inputs are the sample issues, their gazette.yaml and corrections written
// as an editor would, or a sample damaged the way a converter or an editor damages files (a
// byte, a line, a full-width colon); catalog.test.ts runs each one.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gazetteNameClashes } from '../../scripts/build/clashes.ts';
import { readInput } from '../../scripts/convert.ts';
import { listContent, readOptionalFile } from '../../scripts/lib/content-files.ts';
import { placeInputs } from '../../scripts/lib/inputs.ts';
import { printedFile, withPrinted } from '../../scripts/lib/printed.ts';
import iconv from 'iconv-lite';
import { ConfigError, parseConfig } from '../../src/config.ts';
import { editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import type { Code } from '../../src/diagnostics/index.ts';
import { checkedMdx } from '../../src/emit/check.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { reviewIssue } from '../../src/review/index.ts';
import { parseSettings } from '../../src/settings/index.ts';

export interface Raised {
  code: string;
  file: string;
  line: number;
  params: unknown;
}

export interface Fixture {
  /** what the input gives: errors, warnings and review findings, each with its place */
  raise: () => Raised[];
  /** where the code must be raised (a setting of the environment has no line) */
  at?: { file: string; line: number };
}

export const KUNDULUN = 'content/kundulun/2017-1.txt';
export const GAZETTE = 'content/kundulun/gazette.yaml';
export const FIX = 'content/kundulun/2017-1.fix.yaml';
const NANMING = 'content/nanming/2020-4.txt';
const SAMPLE = readFileSync(KUNDULUN, 'utf8');
const LINES = SAMPLE.split('\n');

interface Input {
  path?: string;
  /** the sample's text changed, or other bytes */
  text?: (sample: string) => string;
  bytes?: Uint8Array;
  /** the gazette's settings: the sample's (default), none (null) or this text */
  gazette?: string | null;
  /** a corrections file's text */
  fix?: string;
}

const caught = (error: unknown): Raised[] => {
  if (!(error instanceof GazetteError)) throw error;
  const { code, file, line, params } = error;
  return [{ code, file, line, params }];
};

/** Everything an issue with its editor's files raises: what stops it, else what review lists. */
export function review(input: Input): Raised[] {
  const path = input.path ?? KUNDULUN;
  const bytes = input.bytes ?? new TextEncoder().encode(input.text ? input.text(SAMPLE) : SAMPLE);
  try {
    const settings =
      input.gazette === null
        ? undefined
        : parseSettings(GAZETTE, input.gazette ?? readFileSync(GAZETTE, 'utf8'));
    const corrections = input.fix === undefined ? undefined : parseCorrections(FIX, input.fix);
    const edited = editIssue(path, bytes, { settings, corrections });
    return [...edited.diagnostics, ...reviewIssue(edited, settings).findings].map(
      ({ code, file, line, params }) => ({ code, file, line, params }),
    );
  } catch (error) {
    return caught(error);
  }
}

/** A sample line replaced, as a converter's damage would leave it. */
const replaceLine = (no: number, text: string) => (sample: string) => {
  const lines = sample.split('\n');
  lines[no - 1] = text;
  return lines.join('\n');
};

/** The configuration's problems: the environment, and content/site.yaml when given. */
function configuration(env: Record<string, string>, site?: string): Raised[] {
  try {
    parseConfig(env, site === undefined ? undefined : { file: 'content/site.yaml', text: site });
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((p) => ({ ...p, file: p.file ?? '', line: p.line ?? 0 }));
  }
}

/**
 * What convert says of an entry of content/ that `make` puts at content/x/gazette.yaml (a link,
 * a folder): reading it as an editor's file, and listing the folder.
 */
function contentEntry(make: (path: string, dir: string) => void): Raised[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-content-'));
  const content = join(dir, 'content');
  const path = join(content, 'x', 'gazette.yaml');
  mkdirSync(join(content, 'x'), { recursive: true });
  make(path, dir);
  try {
    const listed = listContent(content).refused.map((line) => {
      const [, file, code] = /^(.*?): .* \[([a-z-]+)\]$/.exec(line)!;
      return { code: code!, file: file!, line: 1, params: {} };
    });
    try {
      readOptionalFile(path, content);
      return listed;
    } catch (error) {
      return [...caught(error), ...listed];
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What convert says of the sample issue with `bytes` beside it as its printed PDF
 * (<year>-<number>.pdf), in a content/ of its own.
 */
function printed(bytes: Uint8Array): Raised[] {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-content-'));
  const path = join(dir, 'content', 'kundulun', '2017-1.txt');
  mkdirSync(join(dir, 'content', 'kundulun'), { recursive: true });
  writeFileSync(path, SAMPLE);
  writeFileSync(path.replace(/\.txt$/, '.pdf'), bytes);
  try {
    const { edited } = withPrinted(
      editIssue(path, Buffer.from(SAMPLE)),
      printedFile(path),
      undefined,
    );
    return edited.diagnostics.map(({ code, file, line, params }) => ({
      code,
      file: file.slice(dir.length + 1),
      line,
      params,
    }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What convert says of these files (relative to content/) as the only ones there. */
const placed = (...files: string[]): Raised[] =>
  placeInputs('content', files).refused.flatMap(caught);

const text = (at: number) => ({ file: KUNDULUN, line: at });
const gazette = (at: number) => ({ file: GAZETTE, line: at });
const fix = (at: number) => ({ file: FIX, line: at });
const site = (at: number) => ({ file: 'content/site.yaml', line: at });

export const fixtures: Record<Code, Fixture> = {
  'file-empty': { raise: () => review({ bytes: new Uint8Array() }), at: text(1) },
  'file-utf16': {
    raise: () => review({ bytes: Buffer.from(`\ufeff${SAMPLE}`, 'utf16le') }),
    at: text(1),
  },
  'file-blank': {
    raise: () => review({ bytes: new TextEncoder().encode('\n \r\n\t\n') }),
    at: text(1),
  },
  'control-character': {
    raise: () => review({ text: replaceLine(9, '昆都仑区人民政府公报\0') }),
    at: text(9),
  },
  'utf8-cut': {
    raise: () => review({ bytes: Buffer.from(SAMPLE.trimEnd()).subarray(0, -2) }),
    at: text(SAMPLE.trimEnd().split('\n').length),
  },
  'utf8-bad-byte': {
    raise: () =>
      review({
        bytes: Buffer.concat([
          Buffer.from(LINES.slice(0, 8).join('\n') + '\n昆都'),
          Buffer.from([0xff]),
          Buffer.from(LINES.slice(8).join('\n').slice(2)),
        ]),
      }),
    at: text(9),
  },
  'encoding-changes': {
    raise: () =>
      review({
        bytes: Buffer.concat([
          iconv.encode(LINES.slice(0, 100).join('\n') + '\n', 'gb18030'),
          Buffer.from(LINES.slice(100).join('\n')),
        ]),
      }),
    at: text(101),
  },
  'encoding-unknown': {
    raise: () =>
      review({ bytes: Buffer.from('Gazette\nsecond line\ncaf\xe9 r\xe9sum\xe9\n', 'latin1') }),
    at: text(3),
  },
  // The body without its cover, under a name that is not <year>-<number>.txt.
  'no-issue-number': {
    raise: () =>
      review({ path: 'content/kundulun/notice.txt', text: () => LINES.slice(100).join('\n') }),
    at: { file: 'content/kundulun/notice.txt', line: 1 },
  },
  'no-gazette-name': {
    raise: () => review({ text: () => LINES.slice(100).join('\n') }),
    at: text(1),
  },
  'cover-lacks-number': {
    raise: () => review({ text: () => LINES.slice(100).join('\n') }),
    at: text(1),
  },
  'file-name-not-numbered': {
    raise: () => review({ path: 'content/kundulun/copy.txt' }),
    at: { file: 'content/kundulun/copy.txt', line: 11 },
  },
  'cover-number-differs': {
    raise: () => review({ path: 'content/kundulun/2017-2.txt' }),
    at: { file: 'content/kundulun/2017-2.txt', line: 11 },
  },
  // Two issues in one file: 南明区's, then 昆都仑区's (whose name is its line 7).
  'second-issue-cover': {
    raise: () =>
      review({
        path: NANMING,
        gazette: null,
        text: () => readFileSync(NANMING, 'utf8') + SAMPLE,
      }),
    at: { file: NANMING, line: readFileSync(NANMING, 'utf8').split('\n').length - 1 + 7 },
  },
  // The cover and the TOC alone.
  'no-document': {
    raise: () => review({ text: () => LINES.slice(0, 99).join('\n') }),
    at: text(99),
  },
  'toc-entry-without-document': {
    raise: () => review({ text: () => LINES.slice(0, 99).join('\n') }),
    at: text(85),
  },
  // Cut inside item 2, which prints no date, after a line that stops mid-sentence.
  'document-truncated': {
    raise: () => review({ text: () => LINES.slice(0, 536).join('\n') }),
    at: text(535),
  },
  // A zero-width space inside the 发文字号 line (issue 26 item 20): read through, and shown.
  'invisible-characters': {
    raise: () => review({ text: replaceLine(105, '昆政发〔2017〕\u200b25号') }),
    at: text(105),
  },
  'date-does-not-exist': {
    raise: () => review({ text: replaceLine(111, '2017年11月31日') }),
    at: text(111),
  },
  'date-unreadable': { raise: () => review({ text: replaceLine(111, '2017111') }), at: text(111) },
  'date-year-unknown': {
    raise: () => review({ text: replaceLine(111, '18年11月28日') }),
    at: text(111),
  },
  // An escape the MDX serializer would miss, standing in for a hole in it.
  'mdx-does-not-compile': {
    raise: () => {
      const doc = editIssue(KUNDULUN, Buffer.from(SAMPLE)).documents[0]!;
      const line = doc.body.children.at(-2)!.position!.start.line;
      doc.body.children.splice(-1, 0, {
        type: 'html',
        value: '<Unclosed>',
        position: { start: { line, column: 1 }, end: { line, column: 11 } },
      });
      try {
        checkedMdx(KUNDULUN, doc);
        return [];
      } catch (error) {
        return caught(error);
      }
    },
  },

  // Issue 26: a dangling gazette.yaml link was ignored, a link out of content/ followed, a
  // FIFO read for ever.
  'content-link-dangling': {
    raise: () => contentEntry((path, dir) => symlinkSync(join(dir, 'nowhere.yaml'), path)),
  },
  'content-link-outside': {
    raise: () =>
      contentEntry((path, dir) => {
        writeFileSync(join(dir, 'outside.yaml'), 'name: 甲公报\n');
        symlinkSync(join(dir, 'outside.yaml'), path);
      }),
  },
  'content-link-loop': {
    raise: () => contentEntry((path) => symlinkSync(join(path, '..'), join(path, '..', 'loop'))),
  },
  'content-not-a-file': { raise: () => contentEntry((path) => mkdirSync(path)) },
  // Issue 26: a file whose place in content/ is not an issue's would have overwritten another's
  // outputs, or made an id and URL of unsafe characters.
  // A file removed (or made unreadable) between convert's listing of content/ and its reading.
  'file-unreadable': {
    raise: () => {
      try {
        readInput('content/kundulun/2017-9.txt');
        return [];
      } catch (error) {
        return caught(error);
      }
    },
    at: { file: 'content/kundulun/2017-9.txt', line: 1 },
  },
  'issue-file-misplaced': {
    raise: () => placed('nanming/old/2020-4.txt'),
    at: { file: 'content/nanming/old/2020-4.txt', line: 1 },
  },
  'gazette-folder-not-url-safe': {
    raise: () => placed('a#b?c/2020-1.txt'),
    at: { file: 'content/a#b?c/2020-1.txt', line: 1 },
  },
  'gazette-folder-too-long': {
    raise: () => placed(`${'a'.repeat(65)}/2020-1.txt`),
    at: { file: `content/${'a'.repeat(65)}/2020-1.txt`, line: 1 },
  },
  'gazette-folder-reserved': {
    raise: () => placed('search/2020-1.txt'),
    at: { file: 'content/search/2020-1.txt', line: 1 },
  },
  'issue-file-twice': {
    raise: () => placed('nanming/2020-4.txt', 'nanming/2020-04.txt'),
    at: { file: 'content/nanming/2020-04.txt', line: 1 },
  },
  // Issue 26: a copied folder gave the home page two gazettes of one name.
  // The issue's text saved again under the PDF's name, as a converter's output is mistaken for it.
  'printed-not-pdf': {
    raise: () => printed(Buffer.from(SAMPLE)),
    at: { file: 'content/kundulun/2017-1.pdf', line: 1 },
  },
  'gazette-name-clash': {
    raise: () =>
      [
        ...gazetteNameClashes([
          { file: KUNDULUN, folder: 'kundulun', gazette: '昆都仑区人民政府公报' },
          {
            file: 'content/akundulun/2017-1.txt',
            folder: 'akundulun',
            gazette: '昆都仑区人民政府公报',
          },
        ]).values(),
      ].flatMap(caught),
    at: text(1),
  },
  'yaml-full-width-colon': {
    raise: () => review({ gazette: 'name: 昆都仑区人民政府公报\nregion：昆都仑区\n' }),
    at: gazette(2),
  },
  'yaml-colon-in-value': {
    raise: () => review({ gazette: 'name: 昆都仑区人民政府公报\nregion: 包头市: 昆都仑区\n' }),
    at: gazette(2),
  },
  'yaml-duplicate-key': {
    raise: () => review({ gazette: 'name: 昆都仑区人民政府公报\nname: 昆区公报\n' }),
    at: gazette(2),
  },
  'yaml-indentation': {
    raise: () =>
      review({ gazette: 'organs:\n  昆都仑区人民政府: []\n 昆都仑区人民政府办公室: []\n' }),
    at: gazette(3),
  },
  'yaml-tab': {
    raise: () => review({ gazette: 'organs:\n\t昆都仑区人民政府:\n' }),
    at: gazette(2),
  },
  'yaml-unclosed-quote': {
    raise: () => review({ gazette: 'name: "昆都仑区人民政府公报\nregion: 昆都仑区\n' }),
    at: gazette(1),
  },
  'yaml-too-large': {
    raise: () => review({ gazette: `description: ${'公报'.repeat(200_000)}\n` }),
    at: gazette(1),
  },
  'yaml-too-many-aliases': {
    raise: () =>
      review({
        gazette: `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [${'*a, '.repeat(9)}*a]\nc: [${'*b, '.repeat(9)}*b]\n`,
      }),
    at: gazette(2),
  },
  'yaml-unresolved-alias': {
    raise: () => review({ gazette: 'name: *公报名称\n' }),
    at: gazette(1),
  },
  'yaml-reserved-key': {
    raise: () => review({ gazette: 'organs:\n  __proto__:\n    - 区政府\n' }),
    at: gazette(2),
  },
  'yaml-unreadable-character': {
    raise: () => review({ gazette: 'name: "昆都仑区人民政府公报\\x07"\n' }),
    at: gazette(1),
  },
  'yaml-line-break': {
    raise: () =>
      review({
        fix: 'documents:\n  1:\n    title: |\n      昆都仑区人民政府关于印发\n      土壤污染防治行动方案的通知\n',
      }),
    at: fix(3),
  },
  'yaml-syntax': {
    raise: () => review({ gazette: 'name: "昆都仑区人民政府公报" 2017\n' }),
    at: gazette(1),
  },
  'unknown-key': {
    raise: () => review({ gazette: 'organ:\n  昆都仑区人民政府:\n' }),
    at: gazette(1),
  },
  // organs: given a list where the table (a map) belongs.
  'wrong-type': {
    raise: () => review({ gazette: 'organs:\n  - 昆都仑区人民政府\n' }),
    at: gazette(2),
  },
  'value-empty': { raise: () => review({ gazette: 'organs:\n  "": []\n' }), at: gazette(2) },
  'invalid-value': {
    raise: () =>
      review({ fix: 'documents:\n  昆政发〔2017〕25号:\n    tocPage: 99999999999999999999\n' }),
    at: fix(3),
  },
  'not-one-of': {
    raise: () => review({ fix: 'documents:\n  昆政发〔2017〕25号:\n    kind: 通知\n' }),
    at: fix(3),
  },
  'date-form': {
    raise: () => review({ fix: 'documents:\n  昆政办发〔2017〕115号:\n    date: 2017年12月1日\n' }),
    at: fix(3),
  },
  'date-nonexistent': {
    raise: () => review({ fix: 'documents:\n  昆政办发〔2017〕115号:\n    date: 2017-11-31\n' }),
    at: fix(3),
  },
  // 废止 for 已废止: the five words are the ones the page shows.
  'validity-value': {
    raise: () => review({ fix: 'documents:\n  昆政办发〔2017〕115号:\n    validity: 废止\n' }),
    at: fix(3),
  },
  'line-number': { raise: () => review({ fix: 'items:\n  - start: 0\n' }), at: fix(2) },
  'item-correction-form': {
    raise: () => review({ fix: 'items:\n  - start: 801\n    merge: 801\n' }),
    at: fix(2),
  },
  // Printed page 1 of the issue is the PDF's page 0: pages count from 1.
  'pdf-start-form': {
    raise: () => review({ gazette: 'pdfStart:\n  2017-1: 0\n' }),
    at: gazette(2),
  },
  'whole-number': { raise: () => configuration({ SHARD_DOCUMENTS: 'abc' }) },
  'epoch-range': { raise: () => configuration({ SOURCE_DATE_EPOCH: '0' }) },
  'base-path-form': { raise: () => configuration({ BASE_PATH: '/公报?x' }) },
  'base-path-dot-segment': { raise: () => configuration({ BASE_PATH: '/a/../b' }) },
  // Issue 26: OUT_DIR=. deleted the whole project, OUT_DIR=content every gazette's text.
  'out-dir-holds-project': { raise: () => configuration({ OUT_DIR: '.' }) },
  'out-dir-holds-cache': { raise: () => configuration({ OUT_DIR: '.cache' }) },
  'out-dir-holds-source': { raise: () => configuration({ OUT_DIR: 'content' }) },
  'out-dir-inside-source': { raise: () => configuration({ OUT_DIR: 'src/site' }) },
  // /proc is a mount point on every Linux machine, and holds nothing of the project's.
  'out-dir-mount-point': { raise: () => configuration({ OUT_DIR: '/proc' }) },
  'url-form': {
    raise: () => configuration({}, 'name: 政府公报\nurl: gongbao.example.gov.cn\n'),
    at: site(2),
  },
  'link-form': {
    raise: () =>
      configuration({}, 'footer:\n  links:\n    - title: 首页\n      url: javascript:alert(1)\n'),
    at: site(4),
  },
  // The footer's registration numbers as web teams mistype them: a digit short, the
  // platform's label copied along, an email without its domain.
  'email-form': {
    raise: () => configuration({}, 'footer:\n  sponsor: 某某区人民政府办公室\n  email: gongbao@\n'),
    at: site(3),
  },
  'site-code-form': {
    raise: () => configuration({}, 'footer:\n  siteCode: "150105000"\n'),
    at: site(2),
  },
  'icp-form': {
    raise: () => configuration({}, 'footer:\n  icp: ICP备案号：蒙ICP备00000000号\n'),
    at: site(2),
  },
  'police-form': {
    raise: () => configuration({}, 'footer:\n  police: 蒙公网安备 0000000000000号\n'),
    at: site(2),
  },
  'conac-form': {
    raise: () =>
      configuration(
        {},
        'footer:\n  conac: https://bszs.conac.cn/sitename?method=show&id=0000000000000000000000000000000A\n',
      ),
    at: site(2),
  },

  // A 组织机构代码 with one character mistyped (014119467, 常州市钟楼区's, with 7 for 6).
  'organ-code-form': {
    raise: () =>
      review({
        gazette: 'organCode: "014119477"\nindexNumber: "{机构代码}/{年份}-{期号:2}{序号:3}"\n',
      }),
    at: gazette(1),
  },
  // No item in it: two documents of an issue would share the number.
  'index-number-pattern': {
    raise: () =>
      review({ gazette: 'organCode: "014119467"\nindexNumber: "{机构代码}/{年份}-{期号}"\n' }),
    at: gazette(2),
  },
  'issue-key-form': {
    raise: () => review({ gazette: 'publishedOnline:\n  2017年第1期: 2018-01-05\n' }),
    at: gazette(2),
  },
  'organ-name-twice': {
    raise: () =>
      review({
        gazette:
          'organs:\n  昆都仑区人民政府:\n    - 区政府\n  昆都仑区人民政府办公室:\n    - 区政府\n',
      }),
    at: gazette(5),
  },
  'organ-listed-as-alias': {
    raise: () =>
      review({
        gazette:
          'organs:\n  昆都仑区人民政府:\n    - 昆都仑区人民政府办公室\n  昆都仑区人民政府办公室:\n',
      }),
    at: gazette(4),
  },

  'correction-no-items': {
    raise: () =>
      review({ text: () => LINES.slice(0, 99).join('\n'), fix: 'items:\n  - start: 50\n' }),
    at: fix(2),
  },
  'correction-line-outside': {
    raise: () => review({ fix: 'items:\n  - start: 9999\n' }),
    at: fix(2),
  },
  'correction-line-empty': { raise: () => review({ fix: 'items:\n  - start: 504\n' }), at: fix(2) },
  'correction-line-outside-body': {
    raise: () => review({ fix: 'items:\n  - start: 85\n' }),
    at: fix(2),
  },
  'correction-item-missing': {
    raise: () => review({ fix: 'documents:\n  9:\n    title: 昆区政府下发文件目录\n' }),
    at: fix(2),
  },
  // Item 2 split under its title: both parts are read with that title.
  'correction-anchor-ambiguous': {
    raise: () =>
      review({
        fix: 'items:\n  - start: 509\ndocuments:\n  昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知:\n    date: 2017-12-01\n',
      }),
    at: fix(4),
  },

  'document-without-toc-entry': {
    raise: () => review({ fix: 'items:\n  - start: 801\n' }),
    at: text(801),
  },
  'toc-title-differs': { raise: () => review({}), at: text(101) },
  'document-field-missing': { raise: () => review({}), at: text(505) },
  // Item 1 is not signed and names its organ in its title (line 101): its issuers are inferred.
  'field-inferred': { raise: () => review({}), at: text(101) },
  'date-after-issue': {
    raise: () => review({ fix: 'documents:\n  昆政办发〔2017〕115号:\n    date: 2018-01-05\n' }),
    at: text(505),
  },
  'issuer-not-in-organ-table': {
    raise: () => review({ gazette: 'organs:\n  昆都仑区人民政府:\n' }),
    at: text(101),
  },
  'no-organ-table': { raise: () => review({ gazette: null }), at: text(1) },
  'gazette-name-differs': { raise: () => review({ gazette: 'name: 昆区公报\n' }), at: text(1) },
  'correction-applied': {
    raise: () =>
      review({ fix: 'documents:\n  昆政发〔2017〕25号:\n    issuers: [昆都仑区人民政府]\n' }),
    at: fix(3),
  },
  'correction-stale': {
    raise: () =>
      review({
        fix: 'documents:\n  昆政办发〔2017〕115号:\n    docNumber: 昆政办发〔2017〕115号\n',
      }),
    at: fix(3),
  },
  // Item 2 merged into item 1: its 发文字号 is no item's own any more, but still in the text.
  'correction-anchor-lost': {
    raise: () =>
      review({
        fix: 'items:\n  - merge: 505\ndocuments:\n  昆政办发〔2017〕115号:\n    date: 2017-12-01\n',
      }),
    at: fix(5),
  },
};
