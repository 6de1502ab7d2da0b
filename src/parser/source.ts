// The input file as bytes → text → numbered lines. The only place that knows about encodings.
import { GazetteError } from './diagnostics.ts';

export interface SourceLine {
  /** 1-based line number in the input file. */
  no: number;
  /** The line as printed, without its line terminator. */
  raw: string;
}

export interface Source {
  path: string;
  text: string;
  encoding: 'utf-8' | 'gb18030';
  lines: SourceLine[];
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a gazette text file. PDF converters on Chinese Windows machines still write
 * GBK/GB18030, so a file that is not valid UTF-8 is tried as GB18030 (a superset of GBK)
 * and accepted only if it then reads as Chinese text.
 */
export function decodeSource(path: string, bytes: Uint8Array): Source {
  if (bytes.length === 0) throw new GazetteError(path, 1, 'the file is empty');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new GazetteError(path, 1, 'the file is UTF-16; save it as UTF-8');
  }
  const body = UTF8_BOM.every((b, i) => bytes[i] === b) ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding: Source['encoding'] = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = new TextDecoder('gb18030').decode(body);
    encoding = 'gb18030';
    if (!looksChinese(text)) {
      const line = firstInvalidUtf8Line(body);
      throw new GazetteError(path, line, 'the file is neither UTF-8 nor GB18030/GBK text');
    }
  }
  if (text.trim() === '') throw new GazetteError(path, 1, 'the file holds only white space');
  return { path, text, encoding, lines: splitLines(text) };
}

export function splitLines(text: string): SourceLine[] {
  return text.split(/\r\n|\r|\n/).map((raw, i) => ({ no: i + 1, raw }));
}

function looksChinese(text: string): boolean {
  const sample = text.slice(0, 20000);
  const han = sample.match(/\p{Script=Han}/gu)?.length ?? 0;
  const replacement = sample.split('\uFFFD').length - 1;
  return han > 0 && replacement * 50 < han;
}

function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a) line++;
    else if (b >= 0x80) {
      const extra = b >= 0xf0 ? 3 : b >= 0xe0 ? 2 : b >= 0xc0 ? 1 : -1;
      if (extra < 0) return line;
      for (let k = 1; k <= extra; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return line;
      i += extra;
    }
  }
  return line;
}
