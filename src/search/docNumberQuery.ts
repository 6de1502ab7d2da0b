// A query that is a 发文字号, typed in any bracket style, with spaces, or as 2020年47号; or
// one without its year or its serial, which lists the documents it can be. Brackets and
// digits are read as the parser reads them in the text (src/parser/docNumber.ts).
import { CLOSE, OPEN, toAsciiDigits as ascii } from '../parser/docNumber.ts';

const YEAR = `[${OPEN}]?\\s*((?:19|20)\\d{2})\\s*(?:[${CLOSE}]|年)?`;
const NUMBER_QUERY = new RegExp(
  `^\\s*([\\p{Script=Han}A-Za-z]{1,15}?)\\s*${YEAR}\\s*第?\\s*(\\d{1,5})\\s*号\\s*$`,
  'u',
);

/** The normalised 发文字号 (南府办函〔2020〕47号) a query stands for, or null. */
export function docNumberOf(query: string): string | null {
  const m = NUMBER_QUERY.exec(ascii(query));
  return m ? `${m[1]}〔${m[2]}〕${Number(m[3])}号` : null;
}

/** The file, under the search bundle, that lists the documents numbered in a year. */
export const docNumberFile = (docNumber: string) =>
  `numbers/${/〔(\d{4})〕/.exec(docNumber)![1]}.json`;

const WITHOUT_YEAR = /^\s*([\p{Script=Han}A-Za-z]{2,15}?)\s*第?\s*(\d{1,5})\s*号\s*$/u;
const WITHOUT_SERIAL = new RegExp(`^\\s*([\\p{Script=Han}A-Za-z]{2,15}?)\\s*${YEAR}\\s*$`, 'u');
const BRACKET_OR_YEAR = new RegExp(`[${OPEN}${CLOSE}年]`);

/**
 * A 发文字号 typed without its year (南府办函47号) or without its serial (南府办函〔2020〕,
 * 南府办函2020年): the text search that finds the documents it can be, as the numbers are
 * printed in them (机关代字 and 序号 apart; 机关代字 and 〔年份〕 together), or null.
 */
export function partialNumberQuery(query: string): string | null {
  const typed = ascii(query);
  if (docNumberOf(typed)) return null;
  const serial = WITHOUT_YEAR.exec(typed);
  if (serial && /\p{Script=Han}$/u.test(serial[1]!)) return `${serial[1]} ${Number(serial[2])}号`;
  const year = WITHOUT_SERIAL.exec(typed);
  return year && /\p{Script=Han}$/u.test(year[1]!) && BRACKET_OR_YEAR.test(typed)
    ? `${year[1]}〔${year[2]}〕`
    : null;
}
