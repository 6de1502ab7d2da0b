// 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, as printed with any of the bracket styles
// converters and typists produce, normalised to the GB/T 9704 form 南府办函〔2020〕47号.
import { squeeze } from './text.ts';

const OPEN = '〔\\[［(（【﹝';
const CLOSE = '〕\\]］)）】﹞';
const NUMBER_TAIL = `\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]\\s*第?\\s*(\\d{1,5})\\s*号`;

const LINE = new RegExp(`^\\s*([\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z\\s]{0,15}?)${NUMBER_TAIL}\\s*$`, 'u');
const IN_TEXT = new RegExp(`(\\p{Script=Han}{2,12})${NUMBER_TAIL}`, 'gu');
// Where a number can end: the bracketed year. Rare in running text, so IN_TEXT, slow over long
// runs of Han characters, is tried only in the few characters before each one.
const YEAR_IN_BRACKETS = new RegExp(`[${OPEN}]\\s*(?:19|20)\\d{2}\\s*[${CLOSE}]`, 'gu');
const REACH = 64;

// Words that precede a cited number in running text but are not part of its 机关代字.
const LEAD_IN = /^.*[的和与及或、见据照以于在为对将由经按另]/u;

export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

function normalize(code: string, year: string, serial: string): string {
  return `${squeeze(code).replace(/\s/g, '')}〔${year}〕${Number(serial)}号`;
}

/** The normalised number if the whole line is a 发文字号, else null. */
export function docNumberLine(line: string): string | null {
  const m = LINE.exec(toAsciiDigits(line));
  return m ? normalize(m[1]!, m[2]!, m[3]!) : null;
}

/** Every 发文字号 in running text, normalised, with where it stands (one pass over the text). */
export function docNumbersIn(text: string): Array<{ docNumber: string; start: number; end: number }> {
  const out: Array<{ docNumber: string; start: number; end: number }> = [];
  const ascii = toAsciiDigits(text);
  const re = new RegExp(IN_TEXT.source, 'gu');
  let done = 0;
  for (const year of ascii.matchAll(YEAR_IN_BRACKETS)) {
    if (year.index < done) continue;
    re.lastIndex = Math.max(done, year.index - REACH);
    const m = re.exec(ascii);
    // A match that starts after this bracket belongs to a later one.
    if (!m || m.index > year.index) continue;
    done = m.index + m[0].length;
    const code = m[1]!.replace(LEAD_IN, '');
    if ([...code].length >= 2) out.push({ docNumber: normalize(code, m[2]!, m[3]!), start: m.index + (m[1]!.length - code.length), end: done });
  }
  return out;
}

/** Every 发文字号 in running text, normalised, unique, in order of appearance. */
export function findDocNumbers(text: string): string[] {
  return [...new Set(docNumbersIn(text).map((n) => n.docNumber))];
}

/** The first 发文字号 in a text with where it stands, for TOC entries that carry one. */
export function extractDocNumber(text: string): { docNumber: string; start: number; end: number } | null {
  const re = new RegExp(IN_TEXT.source, 'u');
  const ascii = toAsciiDigits(text);
  const m = re.exec(ascii);
  if (!m) return null;
  const code = m[1]!.replace(LEAD_IN, '');
  const start = m.index + (m[1]!.length - code.length);
  return { docNumber: normalize(code, m[2]!, m[3]!), start, end: m.index + m[0].length };
}
