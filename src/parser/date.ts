// Dates as printed in gazettes: 2020年8月6日, 2021 年 04 月 02 日, 二〇一七年十一月二十八日.
import { toAsciiDigits } from './docNumber.ts';
import { HAN_DIGITS, hanNumeral } from './text.ts';

export interface PrintedDate {
  /** YYYY-MM-DD, or null when the printed date does not exist (4月31日). */
  iso: string | null;
  year: number;
  month: number;
  day: number;
}

// Digits may be spaced one by one (2 0 2 1 年 1 2 月): the converter's, not the printer's.
const ARABIC = /((?:1\s?9|2\s?0)\s?\d\s?\d)\s*年\s*(\d(?:\s?\d)?)\s*月\s*(\d(?:\s?\d)?)\s*日/;
// 〇 may come out of the converter as O or 0 (二0一九年), or be typed as a circle (二○一○年).
const HAN = new RegExp(
  `([${HAN_DIGITS}]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日`,
);

/** Source of a date pattern, for building line patterns around it. */
export const DATE_PATTERN = `(?:${ARABIC.source}|${HAN.source})`;

export function makeDate(year: number, month: number, day: number): PrintedDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  const valid =
    month >= 1 && month <= 12 && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
  const iso = valid
    ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    : null;
  return { iso, year, month, day };
}

const DATE = new RegExp(DATE_PATTERN);
const DATES = new RegExp(DATE_PATTERN, 'g');

function readDate(m: RegExpExecArray): PrintedDate & { index: number; length: number } {
  const digits = (s: string) => Number(s.replace(/\s/g, ''));
  const parts = m[1]
    ? [digits(m[1]), digits(m[2]!), digits(m[3]!)]
    : [hanNumeral(m[4]!), hanNumeral(m[5]!), hanNumeral(m[6]!)];
  return { ...makeDate(parts[0]!, parts[1]!, parts[2]!), index: m.index, length: m[0].length };
}

/** The first full date (年月日) in a text. */
export function findDate(text: string): (PrintedDate & { index: number; length: number }) | null {
  const m = DATE.exec(toAsciiDigits(text));
  return m ? readDate(m) : null;
}

/** Every full date in a text (for reporting dates that do not exist), in one pass. */
export function findDates(text: string): PrintedDate[] {
  return [...toAsciiDigits(text).matchAll(DATES)].map(readDate);
}

const DATE_LINE = new RegExp(`^\\s*${DATE_PATTERN}\\s*$`);
// A 成文日期 whose 年/月/日 the converter lost (they may be set in another font): "{ 2017 6 23".
const BARE_DATE_LINE = /^[^\p{L}\p{N}]*((?:19|20)\d{2})\s+(\d{1,2})\s+(\d{1,2})[^\p{L}\p{N}]*$/u;
// …and with the spaces lost too: 2017919.
const COMPACT_DATE_LINE = /^[^\p{L}\p{N}]*((?:19|20)\d{2})(\d{2,4})[^\p{L}\p{N}]*$/u;
// A 成文日期 whose year digits the converter lost, all or some: 年2月9日, 21年2月9日, and in
// Chinese numerals 年二月九日, 二一年二月九日.
const YEARLESS_LINE = /^\s*(\d{0,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/;
const HAN_YEARLESS_LINE = new RegExp(
  `^\\s*([${HAN_DIGITS}]{0,3})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日\\s*$`,
);

/** A line that is a date and nothing else: the 成文日期 of a signature block. */
export function isDateLine(text: string): boolean {
  return dateLine(text) !== null;
}

/**
 * The date a date line gives. When the year's digits were lost, `year` is null and
 * `yearDigits` holds what is left of them ('' or the last ones): the caller knows the context.
 */
export function dateLine(
  text: string,
): { date: PrintedDate | null; month: number; day: number; yearDigits: string } | null {
  const ascii = toAsciiDigits(text);
  if (DATE_LINE.test(ascii)) {
    const date = findDate(ascii)!;
    return { date, month: date.month, day: date.day, yearDigits: String(date.year) };
  }
  const bare = BARE_DATE_LINE.exec(ascii);
  if (bare)
    return {
      date: makeDate(Number(bare[1]), Number(bare[2]), Number(bare[3])),
      month: Number(bare[2]),
      day: Number(bare[3]),
      yearDigits: bare[1]!,
    };
  const compact = COMPACT_DATE_LINE.exec(ascii);
  if (compact) {
    // 2017919: the one way to split the digits into a month and a day that gives a real date.
    const rest = compact[2]!;
    const readings = [1, 2]
      .filter((m) => rest.length - m >= 1 && rest.length - m <= 2)
      .map((m) => makeDate(Number(compact[1]), Number(rest.slice(0, m)), Number(rest.slice(m))))
      .filter((d) => d.iso !== null);
    if (readings.length === 0) return null;
    // Read more than one way (2017111: 1月11日 or 11月1日): a date line without a date (month 0).
    return readings.length === 1
      ? {
          date: readings[0]!,
          month: readings[0]!.month,
          day: readings[0]!.day,
          yearDigits: compact[1]!,
        }
      : { date: null, month: 0, day: 0, yearDigits: compact[1]! };
  }
  const yearless = YEARLESS_LINE.exec(ascii);
  if (yearless)
    return {
      date: null,
      month: Number(yearless[2]),
      day: Number(yearless[3]),
      yearDigits: yearless[1]!,
    };
  const han = HAN_YEARLESS_LINE.exec(ascii);
  if (han)
    return {
      date: null,
      month: hanNumeral(han[2]!),
      day: hanNumeral(han[3]!),
      yearDigits: han[1] ? String(hanNumeral(han[1])).padStart(han[1].length, '0') : '',
    };
  return null;
}

/** A line that ends a 版记: "2020年8月6日印发" (possibly preceded by the printing organ). */
export function printedDateOf(text: string): PrintedDate | null {
  const ascii = toAsciiDigits(text);
  const m = new RegExp(`${DATE_PATTERN}\\s*印\\s*发\\s*$`).exec(ascii);
  return m ? findDate(m[0]) : null;
}
