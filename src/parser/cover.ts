// The cover and imprint (版权页): 刊名, 年份, 期次, 出版日期, 刊期, 主办 and the other
// label：value fields, wherever the converter put them in the front or back matter.
import { labelValue } from './classify.ts';
import { findDate, makeDate } from './date.ts';
import { toAsciiDigits } from './docNumber.ts';
import type { Line } from './markup.ts';
import { HAN_DIGITS, hanNumeral, ORGAN_SUFFIX, squeeze, width } from './text.ts';

export interface GazetteName {
  gazette: string;
  region: string;
  /** Indexes (into the line array) of the lines the name was printed on. */
  at: number[];
}

// 贵阳市南明区人民政府公报, 大武口区人民政府公报, 阿里地区行政公署公报 (a 地区's government is
// its 行政公署); the region is what precedes the organ.
const NAME =
  /^(?<region>\p{Script=Han}+?(?:自治区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟))(?:人民政府|政府|行政公署)(?:办公厅|办公室)?公报$/u;
// Not every gazette is a …人民政府公报: …政报 (浙江政报, 和静政报) is the other name they go by.
const ANY_NAME = /^\p{Script=Han}{2,30}(?:公报|(?<!财)政报)$/u;
const NAME_END = /(?:人民政府|政府|行政公署)?(?:办公厅|办公室)?(?:公报|政报)$/;

/** The gazette's name: the first line ending in 公报 near the top, joined with a line it was split from. */
export function findGazetteName(lines: Line[], within = 60): GazetteName | null {
  for (let i = 0; i < Math.min(lines.length, within); i++) {
    const name = gazetteNameAt(lines, i);
    if (name) return { ...name, region: regionWithLevel(name.region, lines.slice(0, within)) };
  }
  return null;
}

const LEVEL = '(?:自治区|自治州|自治县|自治旗|省|市|区|县|旗|州|盟)';

/**
 * A name that leaves out its region's level (和静政报, 浙江政报) has it back from an organ the
 * cover names with the level, and with the region above it if the organ's name gives it
 * (和静县人民政府办公室编印: 和静县; 天津市河东区人民政府办公室编印: 天津市河东区), so that
 * short organ names (县政府) read as the region's.
 */
function regionWithLevel(region: string, cover: Line[]): string {
  if (region === '' || new RegExp(`${LEVEL}$`).test(region)) return region;
  const organ = new RegExp(
    `(?:\\p{Script=Han}{2,8}?(?:省|自治区|市|州|盟))?${region}${LEVEL}(?=人民政府|政府|委员会|人大|党委)`,
    'u',
  );
  for (const line of cover) {
    const m = organ.exec(squeeze(line.text));
    if (m) return m[0];
  }
  return region;
}

/** The gazette name printed at line i (or at i-1 and i, split by the converter), or null. */
export function gazetteNameAt(lines: Line[], i: number): GazetteName | null {
  // The name may be printed with a space between each character (平 江 县 … 公 报, 和静政报 with ideographic spaces).
  if (!/[公政][\s\u3000]*报[\s\u3000]*$/.test(lines[i]!.text)) return null;
  const s = squeeze(lines[i]!.text);
  if (!/[公政]报$/.test(s) || width(s) > 32) return null;
  const named = NAME.exec(s);
  if (named) return { gazette: s, region: named.groups!.region!, at: [i] };
  const prev = i > 0 ? squeeze(lines[i - 1]!.text) : '';
  const joined = NAME.exec(prev + s);
  if (joined && width(prev) <= 16)
    return { gazette: prev + s, region: joined.groups!.region!, at: [i - 1, i] };
  // 中华人民共和国 / 国务院公报: a name split after the state or region it begins with.
  if (ANY_NAME.test(prev + s) && /^\p{Script=Han}{2,16}(?:国|省|市|区|县|州|旗|盟)$/u.test(prev)) {
    return {
      gazette: prev + s,
      region: (prev + s).replace(NAME_END, ''),
      at: [i - 1, i],
    };
  }
  if (ANY_NAME.test(s))
    return {
      gazette: s,
      region: s.replace(NAME_END, ''),
      at: [i],
    };
  return null;
}

/** Does a line name the gazette on its own (the back cover, or 《…公报》简介)? */
export function namesGazette(text: string, gazette: string): boolean {
  return (
    squeeze(text)
      .replace(/[《》]/g, '')
      .replace(/简介$/, '') === gazette
  );
}

export interface Cover {
  year: number | null;
  number: number | null;
  totalNumber: number | null;
  published: string | null;
  frequency: string | null;
  publisher: string | null;
  masthead: Array<{ label: string; value: string; lines: number[] }>;
  /** Line number where the issue number (第N期/第N号) was read, or null. */
  numberLine: number | null;
}

const FREQUENCY = /(半月刊|双月刊|月刊|旬刊|周刊|季刊|半年刊|年刊|不定期)/;
// Values where a space can only be a PDF artefact; in name lists a space separates names.
// The rest of an organ name broken over two lines (…人民政府 / 办公室).
const ORGAN_START = /^(?:人民政府|政府|办公室|办公厅|委员会|局|厅)/;
const SOLID_VALUE = /地址|单位|主管|主办|出版|印刷|刊号|证号|网址|邮箱|电话|传真|邮编|邮政/;

const HAN_NUMERAL = `[${HAN_DIGITS}十百千]{1,8}`;

/**
 * A cover line in one spelling: no PDF spaces, ASCII digits, and Chinese numerals in a year
 * (二〇二一年), the month and day after it (二○二二年四月三十日) or an issue number (第十二期,
 * 总第一百零五期) turned into digits.
 */
export function coverText(text: string): string {
  return toAsciiDigits(squeeze(text))
    .replace(new RegExp(`[${HAN_DIGITS}]{4}(?=年|$)`, 'g'), (year) => String(hanNumeral(year)))
    .replace(
      /(\d{4}年)([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/g,
      (_m, year: string, month: string, day: string) =>
        `${year}${hanNumeral(month)}月${hanNumeral(day)}日`,
    )
    .replace(
      new RegExp(`(第)(${HAN_NUMERAL})(?=[期号])`, 'g'),
      (_m, a: string, n: string) => a + hanNumeral(n),
    );
}

const YEAR_ALONE = /^[(（]?((?:19|20)\d{2})[)）]?(?:年|$)/;
const YEAR_ON_NUMBER_LINE = /((?:19|20)\d{2})年?(?=第|[(（]?总)/;
// 第N期 wherever it stands on a cover line; 第N号 only as the line's whole numbering (a 令 or
// 通告 cited on the cover is numbered 第N号 too). 总第N期 is the running number, not this.
const PERIOD = /(?<!总)第0*(\d{1,4})期/;
const HAO_LINE = /^(?:\S{0,30}?公报)?(?:(?:19|20)\d{2}年?)?第0*(\d{1,4})号(?:[(（]?总.{1,10})?$/;
const TOTAL = /总(?:第?0*(\d{1,5})[期号]|号[:：]?0*(\d{1,5}))/;

/** Year, issue number and running number printed on one cover line. */
export function issueNumbering(text: string): {
  year: number | null;
  number: number | null;
  totalNumber: number | null;
} {
  const s = coverText(text);
  const number = PERIOD.exec(s)?.[1] ?? HAO_LINE.exec(s)?.[1];
  const year = YEAR_ALONE.exec(s)?.[1] ?? (number ? YEAR_ON_NUMBER_LINE.exec(s)?.[1] : undefined);
  return {
    year: year ? Number(year) : null,
    number: number ? Number(number) : null,
    totalNumber: Number(TOTAL.exec(s)?.slice(1).find(Boolean)) || null,
  };
}

// The issue's date is the one printed before 出版, on any cover line (glued to the editors'
// names too: 主编:…2010年第36期12月31日出版, …2011年增刊10月31日出版), its year the one printed
// before the number when the date itself has none.
const PUBLISHED_ON = /((?:19|20)\d{2})年(?:第\d{1,4}期|增刊)?(\d{1,2})月(\d{1,2})日出版/;

function publishedOn(text: string): string | null {
  const m = PUBLISHED_ON.exec(coverText(text));
  return m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])).iso : null;
}

// A label：value line is another field (地址, 电话, 印刷) unless its label is the issue date's:
// 出版日期：2013年7月31日, or 出版时间, the other word periodicals print it under (南风窗 2025年
// 第22期 出版时间：2025-10-20, a magazine's issue page), or 日期 alone, which a cover prints
// for nothing else: any other date it prints says what it dates (创刊日期, 印刷日期). (日期：
// alone is on a composed cover of the corpus, yixian-2021-2, no real one yet; 印发日期, 编印日期
// were looked for on real covers and not found, and are not read.)
const DATE_LABEL = /^(?:出版)?日期$|^出版时间$/;

/** The issue's date a cover line prints: before 出版, under its label, or as the line's date. */
function coverDate(text: string): string | null {
  const field = labelValue(text);
  const dated = field === null ? text : DATE_LABEL.test(field.label) ? field.value : null;
  return publishedOn(text) ?? (dated === null ? null : (findDate(coverText(dated))?.iso ?? null));
}

// The organ that makes the gazette: …主办, or …编 / …编印, spaced from it or not
// (天台县人民政府办公室 编, 鹤岗市人民政府办公室 主办).
const PUBLISHER =
  /(?:^|[\s）)\d])\s*(\p{Script=Han}{2,30}?)[\s\u3000]*(?:(?:主管)?主办|编印?)(?=\s|$|[\d（(])/u;

/** Reads the cover fields from the front and back matter lines (TOC lines excluded). */
export function readCover(front: Line[], back: Line[]): Cover {
  const cover: Cover = {
    year: null,
    number: null,
    totalNumber: null,
    published: null,
    frequency: null,
    publisher: null,
    masthead: [],
    numberLine: null,
  };
  for (const line of front) {
    const printed = issueNumbering(line.text);
    if (cover.number === null && printed.number !== null) {
      cover.number = printed.number;
      cover.numberLine = line.no;
      // The year printed with the number (二〇二一年第四期) is the issue's, before any other.
      if (printed.year !== null) cover.year = printed.year;
    }
    cover.year ??= printed.year;
    cover.totalNumber ??= printed.totalNumber;
    cover.published ??= coverDate(line.text);
  }
  for (const line of [...front, ...back]) {
    cover.frequency ??= FREQUENCY.exec(line.text)?.[1] ?? null;
  }
  // A cover that prints no year on its own still dates the issue.
  cover.year ??=
    Number(/((?:19|20)\d{2})年/.exec(front.map((l) => coverText(l.text)).join('\n'))?.[1]) || null;
  cover.masthead = readMasthead([...front, ...back]);
  // 主办：… before 主编：<organ> wherever each stands.
  const publisher =
    cover.masthead.find((f) => /^(?:主办|编印)(?:单位)?$/.test(f.label)) ??
    cover.masthead.find((f) => /^主编(?:单位)?$/.test(f.label) && ORGAN_SUFFIX.test(f.value));
  // …主办 on a line of its own, or glued with the year, number and date into one cover line
  // (2019第 1 号（总号：1651）国务院办公厅主办2019年1月10日).
  const printedPublisher = front
    .map((l) => PUBLISHER.exec(l.text)?.[1])
    .find((organ) => organ !== undefined && ORGAN_SUFFIX.test(organ));
  cover.publisher = publisher?.value ?? printedPublisher ?? null;
  return cover;
}

/**
 * label：value fields, with the lines that continue a value (a name list over three lines,
 * an address broken after a house number). A line may hold several fields separated by tabs.
 */
function readMasthead(lines: Line[]): Cover['masthead'] {
  const fields: Cover['masthead'] = [];
  let open: Cover['masthead'][number] | null = null;
  for (const line of lines) {
    const cells = tableCells(line.text);
    if (cells) {
      // A converter's table of the cover: label and value cells side by side; a row neither
      // continues a field nor is continued.
      const parts =
        cells.length % 2 === 0 ? pairs(cells).map(([l, v]) => labelValue(`${l}：${v}`)) : [];
      if (parts.length > 0 && parts.every((p) => p !== null))
        for (const p of parts) fields.push({ ...p, lines: [line.no] });
      // The row under a table's first (| --- | --- |) belongs to the fields around it.
      else if (
        cells.every((cell) => /^:?-+:?$/.test(cell)) &&
        fields.at(-1)?.lines.at(-1) === line.no - 1
      )
        fields.at(-1)!.lines.push(line.no);
      open = null;
      continue;
    }
    const parts = line.text.split('\t').map(labelValue);
    if (parts.every((p) => p !== null)) {
      const printed = parts.flatMap(unglued);
      for (const p of printed) fields.push((open = { ...p, lines: [line.no] }));
      if (printed.length > 1) open = null;
      continue;
    }
    const s = line.text.trim();
    const continuation =
      (width(s) <= 20 || isNamesLine(s)) &&
      !/[。：:期年]/.test(s) &&
      !FREQUENCY.test(s) &&
      !/公报$/.test(s) &&
      // A complete organ name (…办公室) is not continued by a line of its own (内部资料 免费赠阅), only by a name's rest.
      !(open !== null && ORGAN_SUFFIX.test(open.value) && !ORGAN_START.test(squeeze(s)));
    if (open && open.lines.at(-1)! >= line.no - 2 && continuation) {
      const lastChunk = open.value.split(/\s+/).pop() ?? '';
      const nameList =
        /\s/.test(open.value) || /\s/.test(s) || (width(s) <= 3 && width(lastChunk) <= 3);
      open.value += nameList ? ' ' + s : s;
      open.lines.push(line.no);
    } else {
      open = null;
    }
  }
  const seen = new Set<string>();
  return fields
    .map((f) => ({
      ...f,
      value: SOLID_VALUE.test(f.label) ? squeeze(f.value) : f.value.replace(/[\s\u3000]+/g, ' '),
    }))
    .filter((f) => !seen.has(f.label + '：' + f.value) && seen.add(f.label + '：' + f.value));
}

// The roles an imprint names. Where pdftotext glued fields into one line (主编:郭志贤副主编:张朝军),
// the next field's label is one of these before its colon, and the issue's number and date set
// after the fields on that line (…张朝军2010年第36期12月31日出版) are no field's.
const GLUED_ROLE = /(?:(?:执行|副)?主编|责任编辑|编辑|副?主任|委员|编委|顾问)\s*[:：]/gu;
const GLUED_NUMBERING = /(?:19|20)\d{2}\s*年\s*(?:第|增刊).*$/u;

/** A field as printed, and the fields glued after it on its line. */
function unglued(field: { label: string; value: string }): Array<{ label: string; value: string }> {
  const starts = [...field.value.matchAll(GLUED_ROLE)].filter((m) => m.index > 0);
  const fields = [field.label, ...starts.map((m) => m[0].replace(/\s*[:：]$/, ''))].map(
    (label, k) => ({
      label,
      value: field.value.slice(
        k === 0 ? 0 : starts[k - 1]!.index + starts[k - 1]![0].length,
        starts[k]?.index ?? field.value.length,
      ),
    }),
  );
  const last = fields.at(-1)!;
  const cut = last.value.replace(GLUED_NUMBERING, '');
  if (cut.trim() !== '') last.value = cut;
  return fields.map((f) => ({ label: f.label, value: f.value.trim() }));
}

/** The cells of a markdown table's row (| 主办 | 济宁市人民政府办公室 |), or null. */
function tableCells(text: string): string[] | null {
  const row = /^\s*\|(.*)\|\s*$/.exec(text);
  return row ? row[1]!.split('|').map((cell) => cell.trim()) : null;
}

const pairs = <T>(items: T[]): Array<[T, T]> =>
  items.flatMap((item, i) => (i % 2 === 0 ? [[item, items[i + 1]!] as [T, T]] : []));

/** A line of a name list: 刘 伟 贺 青 牛世旺 张学民 */
function isNamesLine(s: string): boolean {
  return /^[\p{Script=Han}\s、]+$/u.test(s) && s.split(/[\s、]+/).every((name) => width(name) <= 4);
}

/** Cover text that can stand inside a TOC block: a label：value field, the name, 期次, a date. */
export function isCoverLine(text: string, gazette: string): boolean {
  const s = coverText(text);
  const printed = issueNumbering(text);
  return (
    labelValue(text) !== null ||
    namesGazette(text, gazette) ||
    printed.number !== null ||
    printed.totalNumber !== null ||
    /^[(（]?(?:19|20)\d{2}[)）]?(?:年)?$/.test(s) ||
    (findDate(s) !== null && width(s) <= 16)
  );
}
