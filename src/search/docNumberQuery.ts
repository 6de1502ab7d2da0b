// A query that is a 发文字号, typed in any bracket style, with spaces, or as 2020年47号; or
// one without its year or its serial, which lists the documents it can be. Brackets and
// digits are read as the parser reads them in the text (src/parser/docNumber.ts).
//
// Not every 发文字号 holds a year in brackets: a 令 is numbered in a series of its own
// (国务院令第707号), a 通告 may be too (…指挥部通告第1号), and an editor may correct a number to
// any form. So a number and a query meet on a lookup key that any of these shapes has.
import { CLOSE, OPEN, toAsciiDigits as ascii } from '../parser/docNumber.ts';

const YEAR = '((?:19|20)\\d{2})';
const SERIAL_AHEAD = '(?=\\s*第?\\s*\\d{1,5}\\s*号\\s*$)';
// The year as it is typed before the serial: in any brackets, with 年, or after a space.
const TYPED_YEAR = [
  new RegExp(`[${OPEN}]\\s*${YEAR}\\s*[${CLOSE}]`, 'u'),
  new RegExp(`${YEAR}\\s*年${SERIAL_AHEAD}`, 'u'),
  new RegExp(`(?<=[\\p{Script=Han}A-Za-z]\\s*)${YEAR}\\s+${SERIAL_AHEAD}`, 'u'),
];
const KEY = /^([\p{Script=Han}A-Za-z]{0,30}?)(〔\d{4}〕)?第?(\d{1,5})号$/u;
// A number printed without its 机关代字, the year bare and the serial in brackets, as the parser
// keeps it (2022(20)号): a reader types it so, or with the year in brackets (〔2022〕20号).
const CODELESS = new RegExp(`^${YEAR}[${OPEN}](\\d{1,5})[${CLOSE}]号$`, 'u');

/**
 * The lookup key of a 发文字号 or of a query typed as one, or null: 机关代字, 〔年份〕 when
 * there is one, the serial without 第 or leading zeros, 号 (南府办函〔2020〕47号, 国务院令707号);
 * a number without 机关代字 is keyed by its year and serial (2022(20)号: 〔2022〕20号), one
 * with neither 代字 nor year is none (第3号).
 */
export function numberKey(typed: string): string | null {
  let s = ascii(typed).trim();
  const codeless = CODELESS.exec(s.replace(/\s+/g, ''));
  if (codeless) s = `〔${codeless[1]}〕${codeless[2]}号`;
  for (const year of TYPED_YEAR) s = s.replace(year, '〔$1〕');
  const m = KEY.exec(s.replace(/\s+/g, ''));
  return m && (m[1] || m[2]) ? `${m[1]}${m[2] ?? ''}${Number(m[3])}号` : null;
}

/** The file, under the search bundle, that lists the numbers of a key's year (or those without one). */
export const numberFile = (key: string) =>
  `numbers/${/〔(\d{4})〕/.exec(key)?.[1] ?? 'other'}.json`;

const WITHOUT_YEAR = /^\s*([\p{Script=Han}A-Za-z]{2,15}?)\s*第?\s*(\d{1,5})\s*号\s*$/u;
const WITHOUT_SERIAL = new RegExp(
  `^\\s*([\\p{Script=Han}A-Za-z]{2,15}?)\\s*[${OPEN}]?\\s*${YEAR}\\s*(?:[${CLOSE}]|年)?\\s*$`,
  'u',
);
const BRACKET_OR_YEAR = new RegExp(`[${OPEN}${CLOSE}年]`);

/**
 * A 发文字号 typed without its year (南府办函47号) or without its serial (南府办函〔2020〕,
 * 南府办函2020年): the text search that finds the documents it can be, as the numbers are
 * printed in them (机关代字 and 序号 apart; 机关代字 and 〔年份〕 together), or null.
 */
export function partialNumberQuery(query: string): string | null {
  const typed = ascii(query);
  if (numberKey(typed)?.includes('〔')) return null;
  const serial = WITHOUT_YEAR.exec(typed);
  if (serial && /\p{Script=Han}$/u.test(serial[1]!)) return `${serial[1]} ${Number(serial[2])}号`;
  const year = WITHOUT_SERIAL.exec(typed);
  return year && /\p{Script=Han}$/u.test(year[1]!) && BRACKET_OR_YEAR.test(typed)
    ? `${year[1]}〔${year[2]}〕`
    : null;
}
