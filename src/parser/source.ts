// The input file as bytes → text → numbered lines. The only place that knows about encodings.
import { GazetteError } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the input file. */
  no: number;
  /** The line as printed, without its line terminator and form feeds. */
  raw: string;
  /**
   * The page of the converter's output the line is on: 1, and one more after each form feed
   * (pdftotext ends every page with one).
   */
  page: number;
}

export interface Source {
  path: string;
  text: string;
  encoding: 'utf-8' | 'gb18030';
  lines: SourceLine[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');
const gb18030 = new TextDecoder('gb18030', { fatal: true });
// Characters XML cannot hold (every C0 control but tab, LF and CR): a NUL or a stray
// control in a gazette's text is damage, and would make the feeds invalid XML. A form feed in
// the text is not: it is a page break (FORM_FEED), read as such and taken out of the lines'
// text before they are checked; in settings it is refused like the others.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
const FORM_FEED = '\f';

/**
 * Decodes a gazette text file, deciding by its bytes. PDF converters on Chinese Windows
 * machines still write GBK/GB18030, so a file that is not valid UTF-8 is read as GB18030
 * (a superset of GBK) — but only when the whole file is: UTF-8 text also reads as valid
 * GB18030 (as mojibake), so a file with lines of UTF-8 beside lines that are not is refused
 * at the line where the encoding changes, and a UTF-8 file with a stray or cut byte at that byte's line.
 */
export function decodeSource(path: string, bytes: Uint8Array): Source {
  if (bytes.length === 0) throw new GazetteError(path, 1, 'file-empty', {});
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GazetteError(path, 1, 'file-utf16', {});
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  const { text, encoding } = decode(path, body);
  if (text.trim() === '') throw new GazetteError(path, 1, 'file-blank', {});
  const lines = pages(splitLines(text));
  for (const line of lines) {
    const control = CONTROL.exec(line.raw);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      throw new GazetteError(path, line.no, 'control-character', {
        code,
        column: control.index + 1,
      });
    }
  }
  return { path, text, encoding, lines };
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, raw, page: 1 }));
}

/**
 * The page each line is on, counting form feeds; the feeds themselves taken out of the text.
 * A line belongs to the page its first character is printed on (pdftotext puts the feed
 * before the next page's first line).
 */
function pages(lines: SourceLine[]): SourceLine[] {
  let page = 1;
  for (const line of lines) {
    line.page = page;
    if (!line.raw.includes(FORM_FEED)) continue;
    line.page += line.raw.length - line.raw.replace(/^\f+/, '').length;
    page += line.raw.split(FORM_FEED).length - 1;
    line.raw = line.raw.replaceAll(FORM_FEED, '');
  }
  return lines;
}

// 'either': ASCII, or too little non-ASCII text to tell.
type LineKind = 'either' | 'utf-8' | 'utf-8 with bad bytes' | 'other';

function decode(path: string, body: Uint8Array): Pick<Source, 'text' | 'encoding'> {
  try {
    return { text: utf8.decode(body), encoding: 'utf-8' };
  } catch {
    // Not UTF-8 as a whole: find out line by line what it is.
  }
  const lines = byteLines(body).map((bytes, i) => ({ no: i + 1, bytes, kind: kindOf(bytes) }));
  const damaged = lines.find((l) => l.kind === 'utf-8 with bad bytes');
  if (damaged) {
    const at = firstInvalidUtf8(damaged.bytes);
    const cut = damaged.no === lines.length && at.end;
    if (cut) throw new GazetteError(path, damaged.no, 'utf8-cut', {});
    throw new GazetteError(path, damaged.no, 'utf8-bad-byte', {
      byte: at.byte.toString(16).toUpperCase().padStart(2, '0'),
      column: at.column,
    });
  }
  const first = lines.find((l) => l.kind !== 'either');
  const change = first && lines.find((l) => l.kind !== 'either' && l.kind !== first.kind);
  if (first && change) {
    throw new GazetteError(path, change.no, 'encoding-changes', {
      first: first.no,
      firstUtf8: first.kind === 'utf-8',
      thisUtf8: change.kind === 'utf-8',
    });
  }
  let text: string;
  try {
    text = gb18030.decode(body);
  } catch {
    throw new GazetteError(path, firstInvalidGb18030Line(lines), 'encoding-unknown', {});
  }
  if (!/\p{Script=Han}/u.test(text))
    throw new GazetteError(path, first?.no ?? 1, 'encoding-unknown', {});
  return { text, encoding: 'gb18030' };
}

/** The lines of the file as bytes: LF is 0x0A in UTF-8 and in GB18030 alike (never a trail byte). */
function byteLines(body: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = body.indexOf(0x0a); i >= 0; i = body.indexOf(0x0a, start)) {
    out.push(body.subarray(start, i));
    start = i + 1;
  }
  out.push(body.subarray(start));
  return out;
}

/**
 * What one line's bytes are. A GBK line read as UTF-8 is mostly invalid and at best a few
 * Latin letters; a UTF-8 line with a stray byte is Chinese text but for a replacement or two.
 */
function kindOf(bytes: Uint8Array): LineKind {
  if (bytes.every((b) => b < 0x80)) return 'either';
  const text = utf8Lenient.decode(bytes);
  const bad = text.split('\uFFFD').length - 1;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  // A few GBK characters can happen to be valid UTF-8, one Han character among them at most.
  if (bad === 0) return han >= 2 ? 'utf-8' : han === 1 ? 'either' : 'other';
  return han > bad ? 'utf-8 with bad bytes' : 'other';
}

function firstInvalidUtf8(bytes: Uint8Array): { byte: number; column: number; end: boolean } {
  // Decode growing prefixes of whole characters: the first one that fails ends at the bad byte.
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length =
      b < 0x80
        ? 1
        : b >= 0xc2 && b <= 0xdf
          ? 2
          : b >= 0xe0 && b <= 0xef
            ? 3
            : b >= 0xf0 && b <= 0xf4
              ? 4
              : 0;
    const char = bytes.subarray(i, i + length);
    let ok = length > 0 && char.length === length;
    if (ok) {
      try {
        utf8.decode(char);
      } catch {
        ok = false;
      }
    }
    if (!ok) return { byte: b, column, end: length > 0 && i + length > bytes.length };
    i += length;
    column++;
  }
  return { byte: 0, column, end: true };
}

function firstInvalidGb18030Line(lines: Array<{ no: number; bytes: Uint8Array }>): number {
  for (const line of lines) {
    try {
      gb18030.decode(line.bytes);
    } catch {
      return line.no;
    }
  }
  return 1;
}
