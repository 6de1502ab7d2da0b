// 发文字号: 机关代字 + 〔年份〕 + 序号 + 号, as printed with any of the bracket styles
// converters and typists produce, normalised to the GB/T 9704 form 南府办函〔2020〕47号.
import { squeeze } from './text.ts';

/**
 * The brackets a 发文字号's year is printed in, as the inside of a regular-expression class;
 * „ ‟ are what a Word export makes of 〔 〕 set in a font it lacks.
 */
export const OPEN = '〔\\[［(（【﹝„';
export const CLOSE = '〕\\]］)）】﹞‟';
// Digits may be spaced one by one (〔 2 0 2 1 〕 1 2 号): the converter's, not the printer's.
const NUMBER_TAIL = `\\s*[${OPEN}]\\s*(?<year>(?:1\\s*9|2\\s*0)\\s*\\d\\s*\\d)\\s*[${CLOSE}]\\s*(?<di>第)?\\s*(?<serial>\\d(?:\\s?\\d){0,4})\\s*号`;

// What an answer to a deputy's proposal (建议/提案答复) prints after its number: the
// category of the answer (A类, B类) and whether it is published (同意公开).
const HANDLING_MARKS = '(?:\\s*[A-DＡ-Ｄ]\\s*类)?(?:\\s*(?:同意|不予|依申请|主动)?公开)?';
const LINE = new RegExp(
  `^\\s*([\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z\\s]{0,15}?)${NUMBER_TAIL}${HANDLING_MARKS}\\s*$`,
  'u',
);
// A number in running text, sought only in a window around one bracketed year (scanDocNumbers).
const IN_TEXT_AT = new RegExp(`(\\p{Script=Han}{2,12})${NUMBER_TAIL}`, 'u');
// Where a number can stand: around a bracketed year, rare in running text.
const YEAR_IN_BRACKETS = new RegExp(
  `[${OPEN}]\\s*(?:1\\s*9|2\\s*0)\\s*\\d\\s*\\d\\s*[${CLOSE}]`,
  'gu',
);
const REACH = 64;

// Words that precede a cited number in running text but are not part of its 机关代字.
const LEAD_IN = /^.*[的和与及或、见据照以于在为对将由经按另]/u;
// An organ's name glued before the number (a listing row whose cells lost their separator:
// 贵阳市南明区人民政府南府发〔2020〕25号): a 机关代字 abbreviates its organ, it never names it
// in full, so a full name before a code of two characters or more is not part of it. (…局 and
// …厅 are left: a code may hold them.)
const ORGAN_BEFORE =
  /^\p{Script=Han}*(?:人民政府|政府|办公室|办公厅|委员会|常委会|指挥部|领导小组)(?=\p{Script=Han}{2})/u;

/** The 机关代字 of a number found in running text: without the words or organ name before it. */
function codeIn(glued: string): string {
  return glued.replace(LEAD_IN, '').replace(ORGAN_BEFORE, '');
}

const FULL_WIDTH_DIGIT = /[０-９]/;

export function toAsciiDigits(s: string): string {
  return FULL_WIDTH_DIGIT.test(s)
    ? s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    : s;
}

// GB/T 9704 prints no 第 in a 发文字号 (南府办函〔2020〕47号), and a typist's 第 is dropped; a
// 令's number keeps the 第 it is printed with (政府令〔2010〕第15号): that is how it is cited.
/** The number a match of NUMBER_TAIL after its 机关代字 (group 1) gives. */
function numberOf(m: RegExpExecArray, code = m[1]!): string {
  const { year, di, serial } = m.groups!;
  return normalize(code, year!, serial!, di);
}

function normalize(code: string, year: string, serial: string, di?: string): string {
  const organ = squeeze(code).replace(/\s/g, '');
  const ordinal = di && organ.endsWith('令') ? '第' : '';
  return `${organ}〔${year.replace(/\s/g, '')}〕${ordinal}${Number(serial.replace(/\s/g, ''))}号`;
}

// A 发文字号 line whose closing bracket and 号 the converter lost (set in another font):
// 牟政办发〔201746. The year is the four digits after the bracket, the rest the serial.
const LOST_GLYPHS_LINE = new RegExp(
  `^\\s*([\\p{Script=Han}]{2,15}?)\\s*[${OPEN}]\\s*((?:19|20)\\d{2})\\s*[${CLOSE}]?\\s*(\\d{1,5})\\s*号?\\s*$`,
  'u',
);

// …or both brackets, a space left where they stood: 兰政函2020 48号.
const LOST_BRACKETS_LINE = /^\s*(\p{Script=Han}{2,15}?)\s*((?:19|20)\d{2})\s+(\d{1,5})\s*号\s*$/u;

/** The normalised number if the whole line is a 发文字号, else null. */
export function docNumberLine(line: string): string | null {
  const ascii = toAsciiDigits(line);
  const whole = LINE.exec(ascii);
  if (whole) return numberOf(whole);
  const m = LOST_GLYPHS_LINE.exec(ascii) ?? LOST_BRACKETS_LINE.exec(ascii);
  return m ? normalize(m[1]!, m[2]!, m[3]!) : null;
}

/**
 * The number printed under a title as the document's own: bare, or in brackets as gazettes
 * reprint it ((琼府〔2000〕3号)); else null.
 */
export function ownNumberLine(line: string): string | null {
  const bracketed = /^\s*[(（](.+)[)）]\s*$/.exec(line);
  return (
    docNumberLine(line) ??
    codelessNumber(line) ??
    (bracketed ? (docNumberLine(bracketed[1]!) ?? codelessNumber(bracketed[1]!)) : null)
  );
}

// A number printed without its 机关代字, the year bare and the serial in brackets: 2022(20)号.
const CODELESS = new RegExp(
  `^\\s*((?:19|20)\\d{2})\\s*[${OPEN}]\\s*(\\d{1,5})\\s*[${CLOSE}]\\s*号\\s*$`,
);

/**
 * A number without its 机关代字, in one spelling whatever brackets it is printed with:
 * 2022(20)号. The 代字 is the issuer's and is never made up.
 */
export function codelessNumber(text: string): string | null {
  const m = CODELESS.exec(toAsciiDigits(text));
  return m ? `${m[1]}(${Number(m[2])})号` : null;
}

/** Every 发文字号 in running text, normalised, with where it stands (one pass over the text). */
export function docNumbersIn(text: string): DocNumberAt[] {
  return [...scanDocNumbers(text)];
}

interface DocNumberAt {
  docNumber: string;
  start: number;
  end: number;
}

// Linear in the text: the number around each bracketed year is sought only in a window of REACH
// characters before it and up to the next 号 after it (found by a pointer that only moves on),
// so no search runs on to the end of the text once per bracket (issue 26: a line of 〔2020〕
// repeated over 3 MB never finished).
function* scanDocNumbers(text: string): Generator<DocNumberAt> {
  const ascii = toAsciiDigits(text);
  let done = 0;
  let hao = -1;
  for (const year of ascii.matchAll(YEAR_IN_BRACKETS)) {
    if (year.index < done) continue;
    const after = year.index + year[0].length;
    if (hao < after) hao = ascii.indexOf('号', after);
    if (hao < 0) return;
    if (hao - after > REACH) continue;
    const from = Math.max(done, year.index - REACH);
    const m = IN_TEXT_AT.exec(ascii.slice(from, hao + 1));
    // A match that starts after this bracket belongs to a later one.
    if (!m || from + m.index > year.index) continue;
    const at = from + m.index;
    done = at + m[0].length;
    const code = codeIn(m[1]!);
    if ([...code].length >= 2)
      yield {
        docNumber: numberOf(m, code),
        start: at + (m[1]!.length - code.length),
        end: done,
      };
  }
}

const GLUED = new RegExp(
  `^\\s*([\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z\\s]{0,15}?)${NUMBER_TAIL}(?=\\s*\\S)`,
  'u',
);

/** A 发文字号 the converter glued before the title on one line: 嘉房管〔2020〕59号关于…的请示. */
export function leadingDocNumber(line: string): { docNumber: string; printed: string } | null {
  if (!line.includes('号')) return null;
  const m = GLUED.exec(toAsciiDigits(line.trim()));
  return m ? { docNumber: numberOf(m), printed: m[0] } : null;
}

/** Every 发文字号 in running text, normalised, unique, in order of appearance. */
export function findDocNumbers(text: string): string[] {
  return [...new Set(docNumbersIn(text).map((n) => n.docNumber))];
}

/** The first 发文字号 in a text with where it stands, for TOC entries that carry one. */
export function extractDocNumber(text: string): DocNumberAt | null {
  return scanDocNumbers(text).next().value ?? null;
}

// The serial number of a 令 or 通告 on a line of its own under its mark or title: 第707号,
// (第9号), 〔2021〕第5号, 2019年第5号, 【9号令】, 第5号令; in Chinese numerals after 第, as a
// 人大常委会 numbers its 公告: (第四十一号).
const SERIAL_LINE =
  /^[(（〔[［【]?\s*(?:[〔[［(（]?\s*((?:19|20)\d{2})\s*([〕\]］)）年])\s*)?第?\s*(\d{1,5}|(?<=第)[〇零一二三四五六七八九十百千]{1,8})\s*号\s*(令)?\s*[)）〕\]］】]?$/;

/**
 * The serial printed on a line of its own, and whether it says 令; else null. Its year is
 * kept as printed, in brackets (normalised to 〔〕) or with 年, as it is cited: 第707号,
 * 〔2010〕第15号, 2022年第14号, 第四十一号.
 */
export function serial(text: string): { serial: string; decree: boolean } | null {
  if (!text.includes('号') || text.length > 40) return null;
  const s = toAsciiDigits(squeeze(text));
  const m = SERIAL_LINE.exec(s);
  // 第 is printed unless the line says 号令 or stands in brackets: 9号 alone is no serial.
  if (!m || (!/第/.test(s) && !m[4] && !/^[(（〔[［【]/.test(s))) return null;
  const year = m[1] ? (m[2] === '年' ? `${m[1]}年` : `〔${m[1]}〕`) : '';
  // A serial in Chinese numerals is cited as printed (第四十一号).
  const n = /^\d/.test(m[3]!) ? Number(m[3]) : m[3];
  return { serial: `${year}第${n}号`, decree: m[4] !== undefined };
}

/** A 令's own number: its 机关代字 ends in 令 (政府令〔2010〕第15号, 国务院令第707号). */
export function isDecreeNumber(docNumber: string | null): boolean {
  return docNumber !== null && /令(?:〔\d{4}〕|\d{4}年)?第?\d+号$/.test(docNumber);
}

/**
 * The number under a 令's mark: a serial (第707号, as `${organ}令第707号`) or a 令's own
 * number with its year (政府令〔2010〕第15号, kept as printed); else null.
 */
export function decreeNumber(organ: string, text: string): string | null {
  const printed = serialLine(text);
  if (printed) return `${organ}令${printed}`;
  const own = docNumberLine(text);
  return isDecreeNumber(own) ? own : null;
}

/** The serial printed on a line of its own (第707号, 〔2010〕第15号, 2019年第5号), else null. */
export function serialLine(text: string): string | null {
  return serial(text)?.serial ?? null;
}
