// Bad input gets a clear message naming the file and the line, never a stack trace, and the
// rest of what can be read is still returned.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { COVER, parseText } from './helpers.ts';

const NOTICE =
  '临河区人民政府办公室关于做好春季森林防火工作的通知\n\n临府办发〔2022〕3号\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n2022年3月1日\n';

function refusal(bytes: Uint8Array, path = 'content/linhe/2022-1.txt'): GazetteError {
  try {
    parseIssue(path, bytes);
  } catch (error) {
    if (error instanceof GazetteError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('input the parser refuses', () => {
  it('an empty file', () => {
    expect(refusal(new Uint8Array())).toMatchObject({
      file: 'content/linhe/2022-1.txt',
      line: 1,
      code: 'file-empty',
    });
  });

  it('a file of blank lines', () => {
    expect(refusal(new TextEncoder().encode('\n \r\n\t\n'))).toMatchObject({
      line: 1,
      code: 'file-blank',
    });
  });

  it('a file that is neither UTF-8 nor GB18030, naming the first bad line', () => {
    const latin1 = Buffer.from('Gazette\nsecond line\ncaf\xe9 r\xe9sum\xe9\n', 'latin1');
    expect(refusal(latin1)).toMatchObject({ line: 3, code: 'encoding-unknown' });
  });

  it('a UTF-16 file', () => {
    expect(refusal(Buffer.from('\ufeff公报', 'utf16le'))).toMatchObject({
      line: 1,
      code: 'file-utf16',
    });
  });

  it('a file with no cover and a name that is not <year>-<number>.txt', () => {
    expect(refusal(new TextEncoder().encode(NOTICE), 'content/linhe/notice.txt')).toMatchObject({
      file: 'content/linhe/notice.txt',
      line: 1,
      code: 'no-issue-number',
    });
  });
});

// Damaged encodings, made from a real sample issue's bytes: each is refused at the line
// where the damage is, naming the encoding problem (never read as mojibake, never "no cover").
describe('a file whose encoding is damaged', () => {
  const PATH = 'content/nanming/2020-4.txt';
  const sample = readFileSync(PATH, 'utf8');
  const lines = sample.split('\n');
  const utf8 = (text: string) => Buffer.from(text, 'utf8');
  const gbk = (text: string) => iconv.encode(text, 'gb18030');
  const firstHan = (from: number) =>
    lines.findIndex((l, i) => i >= from && /\p{Script=Han}{4}/u.test(l));
  const at = (bytes: Uint8Array) => {
    const { file, line, code, params } = refusal(bytes, PATH);
    return { file, line, code, params };
  };

  it('half GB18030/GBK, half UTF-8: refused at the first UTF-8 line', () => {
    const half = firstHan(Math.floor(lines.length / 2));
    const bytes = Buffer.concat([
      gbk(lines.slice(0, half).join('\n') + '\n'),
      utf8(lines.slice(half).join('\n')),
    ]);
    expect(at(bytes)).toMatchObject({
      line: half + 1,
      code: 'encoding-changes',
      params: { firstUtf8: false, thisUtf8: true },
    });
  });

  it('UTF-8 followed by GBK: refused at the first GBK line', () => {
    const half = firstHan(100);
    const bytes = Buffer.concat([
      utf8(lines.slice(0, half).join('\n') + '\n'),
      gbk(lines.slice(half).join('\n')),
    ]);
    expect(at(bytes)).toMatchObject({
      line: half + 1,
      code: 'encoding-changes',
      params: { firstUtf8: true, thisUtf8: false },
    });
  });

  it('one stray byte in a UTF-8 file: refused at its line and column', () => {
    const line = firstHan(50);
    for (const stray of [0xff, 0x80, 0xe4]) {
      const bytes = Buffer.concat([
        utf8(lines.slice(0, line).join('\n') + '\n' + lines[line]!.slice(0, 2)),
        Buffer.from([stray]),
        utf8(lines[line]!.slice(2) + '\n' + lines.slice(line + 1).join('\n')),
      ]);
      expect(at(bytes)).toEqual({
        file: PATH,
        line: line + 1,
        code: 'utf8-bad-byte',
        params: { byte: stray.toString(16).toUpperCase(), column: 3 },
      });
    }
  });

  it('a UTF-8 file cut inside a character: refused as cut short at its last line', () => {
    const bytes = utf8(sample.trimEnd());
    const cut = bytes.subarray(0, bytes.length - 2);
    expect(at(cut)).toEqual({
      file: PATH,
      line: sample.trimEnd().split('\n').length,
      code: 'utf8-cut',
      params: {},
    });
  });

  it('NUL bytes and other control characters: refused at their line', () => {
    const line = firstHan(30);
    const withNul = [...lines];
    withNul[line] = `${lines[line]!.slice(0, 3)}\0\0${lines[line]!.slice(3)}`;
    const nul = { file: PATH, line: line + 1, code: 'control-character' };
    expect(at(utf8(withNul.join('\n')))).toEqual({ ...nul, params: { code: '0000', column: 4 } });
    expect(at(gbk(withNul.join('\n')))).toEqual({ ...nul, params: { code: '0000', column: 4 } });
    const withTab = [...lines];
    withTab[line] = `\v${lines[line]}`;
    expect(at(utf8(withTab.join('\n')))).toEqual({
      ...nul,
      params: { code: '000B', column: 1 },
    });
  });

  it('every sample issue saved as GB18030 still reads as the same text', () => {
    for (const file of [
      'content/nanming/2020-4.txt',
      'content/jinfeng/2018-2.txt',
      'content/qingxin/2018-3.txt',
      'content/dawukou/2021-3.txt',
      'content/kundulun/2017-1.txt',
    ]) {
      const text = readFileSync(file, 'utf8');
      const fromGb = parseIssue(file, gbk(text));
      const fromUtf8 = parseIssue(file, utf8(text));
      expect(fromGb.documents.map((d) => d.title)).toEqual(fromUtf8.documents.map((d) => d.title));
      expect(fromGb.issue.matter).toEqual(fromUtf8.issue.matter);
    }
  });
});

describe('input the parser reads in part or with warnings', () => {
  it('decodes GB18030/GBK and reads it like the UTF-8 text', () => {
    const text = COVER + NOTICE;
    const fromGbk = parseIssue('content/linhe/2022-1.txt', iconv.encode(text, 'gbk'));
    const fromUtf8 = parseText(text);
    expect(fromGbk.documents.map((d) => [d.title, d.docNumber, d.date])).toEqual(
      fromUtf8.documents.map((d) => [d.title, d.docNumber, d.date]),
    );
    expect(fromGbk.documents[0]!.title).toBe('临河区人民政府办公室关于做好春季森林防火工作的通知');
  });

  it('reports a cover without any document as an error and still returns the issue', () => {
    const result = parseText(`${COVER}目录\n\n关于甲的通知……1\n`);
    expect(result.issue.gazette).toBe('江城市临河区人民政府公报');
    expect(result.documents).toEqual([]);
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        code: 'no-document',
      }),
    );
  });

  it('warns that a last document cut mid-sentence may be truncated, and keeps what there is', () => {
    const truncated = `${COVER}${NOTICE}\n临河区人民政府办公室关于加强值班工作的通知\n\n临府办发〔2022〕4号\n\n各乡镇人民政府：\n\n为做好节日期间值班工作，各乡镇要安排\n`;
    const result = parseText(truncated);
    expect(result.documents).toHaveLength(2);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 23,
        code: 'document-truncated',
      }),
    ]);
  });

  it('takes year and number from the file name when the cover prints neither', () => {
    const result = parseText(`江城市临河区人民政府公报\n\n${NOTICE}`, 'content/linhe/2021-7.txt');
    expect(result.issue).toMatchObject({ id: 'linhe/2021/7', year: 2021, number: 7 });
  });
});
