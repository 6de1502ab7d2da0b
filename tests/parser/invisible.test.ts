// Format characters (U+200B zero-width space, U+FEFF inside a line, U+200C/D joiners, U+2060
// word joiner, U+00AD soft hyphen) are converter damage: the parser reads through them
// (issue 26 item 20), accounts for them, and says where they were, shown as ⟨U+200B⟩.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';
import { accountFor } from '../../src/quality/accounting.ts';

const PATH = 'content/nanming/2020-4.txt';
const SAMPLE = readFileSync(PATH, 'utf8');
const fields = (text: string) =>
  parseIssue(PATH, Buffer.from(text)).documents.map((d) => ({
    title: d.title,
    docNumber: d.docNumber,
    issuers: d.issuers,
    date: d.date,
    lines: d.sourceLines,
  }));

describe('format characters inside a line are read through', () => {
  const plain = fields(SAMPLE);

  it.each(['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'])(
    'U+%s inside 发文字号 lines and a title changes no document',
    (ch) => {
      // Lines 39 and 178 are 发文字号 lines of the sample; the title is first named in its TOC.
      const damaged = SAMPLE.replace('南府发〔2020〕25号', `南${ch}府发〔2020〕${ch}25号`)
        .replace('南府办函〔2020〕49号', `南府办函〔2020${ch}〕49号${ch}`)
        .replace('南明区人民政府关于', `南明区人民${ch}政府关于`);
      expect(fields(damaged)).toEqual(plain);
      const bytes = Buffer.from(damaged);
      const result = parseIssue(PATH, bytes);
      expect(accountFor(bytes, result).missing).toEqual([]);
      const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
      expect(result.diagnostics.map((d) => [d.line, d.code, d.params])).toContainEqual([
        39,
        'invisible-characters',
        { text: `南⟨U+${code}⟩府发〔2020〕⟨U+${code}⟩25号` },
      ]);
    },
  );
});
