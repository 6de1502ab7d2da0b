// Where the items of an issue begin. An item begins with the head of an official document
// (发文机关标志 and/or a title next to its 发文字号), with a 大事记 or 发文目录 heading, or
// with a title the TOC announced.
import {
  PAGE_TAIL,
  adoptionAt,
  decreeAt,
  gluedSerial,
  SERIAL_TITLE,
  endsLikeTitle,
  isChronicleTitle,
  isDecreeMark,
  isHeaderMark,
  isListingTitle,
  isMarkOrgan,
  isRunningLine,
  isTitleLike,
  instrumentNames,
  isIssuerName,
  ownNumberDated,
} from './classify.ts';
import { issueNumbering } from './cover.ts';
import { isDateLine } from './date.ts';
import {
  decreeNumber,
  docNumberLine,
  isDecreeNumber,
  leadingDocNumber,
  serial,
} from './docNumber.ts';
import type { Line } from './markup.ts';
import { lineKey, matchKey, ORGAN_SUFFIX, squeeze, TITLE_VERB, width } from './text.ts';

const isNumber = (line: Line | undefined) =>
  line !== undefined && docNumberLine(line.text) !== null;
// The number a document prints under its title, bare, or in brackets with its date as a
// gazette reprints it ((冀政函〔2010〕57号 2010年4月23日)): a TOC's entry prints no date there.
const isOwnNumber = (line: Line | undefined) =>
  line !== undefined && (isNumber(line) || ownNumberDated(line.text) !== null);
// A title's first line that ends in its verb (…印发) wants the rest, what it publishes.
const PUBLISHING_VERB_END = /(?:印发|转发|批转|颁布|发布|公布)$/;
const TOC_NUMBERING = /^\s*\d{1,3}[、.．]/;
const LEADERS = new RegExp(`[…⋯]|[.·．・]{3,}|${PAGE_TAIL.source}`);

/** Title lines i..j (at most three) that read as one title. */
export function titleSpan(lines: Line[], i: number, j: number): boolean {
  for (let k = i; k <= j; k++) if (!lines[k] || !isTitleLike(lines[k]!.text)) return false;
  for (let k = i + 1; k <= j; k++)
    if (!continuesTitle(lines[k - 1]!.text, lines[k]!.text)) return false;
  return (
    !TOC_NUMBERING.test(lines[i]!.text) &&
    endsLikeTitle(
      lines
        .slice(i, j + 1)
        .map((l) => l.text)
        .join(''),
    )
  );
}

/**
 * …文件 over a title is a header mark or a section's bare label (市人大常委会文件, 省政府文件 as
 * pdftotext leaves it over the title), never the title's first line, whether the title is read
 * as a head or found by the TOC's entry.
 */
function mayOpenTitle(text: string): boolean {
  return !isHeaderMark(text);
}

/**
 * Is line b the rest of a title that line a begins? Either a names the issuer (an organ, or a
 * meeting that adopts in its own name) or ends in the verb that publishes what b names
 * (…人民政府 …中级人民法院印发 / 关于…的意见的通知), and b opens with 关于/印发…, or a is a
 * long fragment cut before the title was complete. (A cover line such as 第1期 or 2022 above a
 * title is neither, nor a …文件 line.)
 */
function continuesTitle(a: string, b: string): boolean {
  if (/[期号]/.test(a) && issueNumbering(a).number !== null) return false; // 2022年第4号 over a title
  if (!mayOpenTitle(a)) return false;
  const s = squeeze(a);
  if (TITLE_VERB.test(squeeze(b))) return isIssuerName(s) || PUBLISHING_VERB_END.test(s);
  const organOnly = ORGAN_SUFFIX.test(s) && !/关于|印发|转发/.test(s);
  return width(s) >= 8 && !endsLikeTitle(s) && !organOnly;
}

/** Does an official document's head begin at line i? */
export function documentHeadAt(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  // 发文机关标志 with the 发文字号 right under it; a 令's mark with its serial (第707号).
  // (A section label 区政府文件 over a TOC entry is not one: the line between ends with a page.)
  if (
    isHeaderMark(line.text) &&
    (isNumber(lines[i + 1]) || (isNumber(lines[i + 2]) && !PAGE_TAIL.test(lines[i + 1]!.text)))
  )
    return true;
  if (isDecreeMark(line.text) && lines[i + 1] && decreeNumber('', lines[i + 1]!.text)) return true;
  // A title of a numbered series (…通告, …公告) over its serial: 第9号, （第9号）, 【9号令】.
  for (let j = i; j <= i + 1; j++) {
    const next = lines[j + 1];
    if (
      next &&
      serial(next.text) &&
      titleSpan(lines, i, j) &&
      SERIAL_TITLE.test(
        squeeze(
          lines
            .slice(i, j + 1)
            .map((l) => l.text)
            .join(''),
        ),
      )
    )
      return true;
  }
  // A title of a series with its serial glued after it (…通告(第1号)), a 令's organ with its
  // serial (…指挥部6号令, or …指挥部 over 2号令); in a TOC, an entry's first line: a leader or a page follows within
  // two lines.
  if (
    (gluedSerial(line.text) || decreeAt(lines, i)) &&
    !lines.slice(i + 1, i + 3).some((l) => LEADERS.test(l.text))
  )
    return true;
  // A title over its adoption note: （2023年12月29日…会议通过）.
  for (let j = i; j <= i + 2; j++)
    if (adoptionAt(lines, j + 1) && titleSpan(lines, i, j)) return true;
  // Title (one to three lines) followed by its 发文字号; a standalone page number after it would make it a TOC entry.
  for (let j = i; j <= i + 2; j++) {
    if (
      isOwnNumber(lines[j + 1]) &&
      titleSpan(lines, i, j) &&
      !/^\d{1,4}$/.test(lines[j + 2]?.text.trim() ?? '')
    ) {
      return true;
    }
  }
  // 发文字号 glued before the title: 嘉房管〔2020〕59号关于…的请示.
  const glued = leadingDocNumber(line.text);
  if (glued) {
    const rest = { ...line, text: line.text.trim().slice(glued.printed.length) };
    for (let j = i; j <= i + 2; j++)
      if (titleSpan([rest, ...lines.slice(i + 1)], 0, j - i)) return true;
  }
  // 发文字号 first, then the title (no header mark: that case began one line earlier).
  if (isNumber(line) && !(i > 0 && isHeaderMark(lines[i - 1]!.text))) {
    const t = pastRunningLines(lines, i + 1);
    for (let j = t; j <= t + 2; j++) if (titleSpan(lines, t, j)) return true;
  }
  return false;
}

/**
 * The first line from i that is not a running header or footer: a page may end between a
 * number and its title (办字〔2010〕65号 / — 3 — / the next page's title).
 */
export function pastRunningLines(lines: Line[], i: number): number {
  while (i < lines.length && isRunningLine(lines[i]!.text)) i++;
  return i;
}

/** Index of the first document head, or -1. */
export function firstDocumentHead(
  lines: Line[],
  from = 0,
  isToc: (line: Line) => boolean = () => false,
): number {
  for (let i = from; i < lines.length; i++)
    if (!isToc(lines[i]!) && documentHeadAt(lines, i)) return i;
  return -1;
}

/**
 * Item starts between bodyStart and backStart. A start closer than MIN_ITEM_LINES to the
 * previous one is part of that item's head (a title split over lines, say).
 */
export function findItemStarts(
  lines: Line[],
  bodyStart: number,
  backStart: number,
  tocTitles: string[],
): number[] {
  const tocKeys = new Set(tocTitles.map(matchKey).filter((k) => k.length >= 4));
  const starts: number[] = [];
  let listing = false;
  let recognisedAt = -Infinity;
  // The title of what a 令 promulgates, printed after the 令's date: part of the 令's item.
  let instrument = -1;
  // What a 印发 notice carries is part of its item, whatever its head holds (an adoption note).
  let carried = new Set<string>();
  for (let i = bodyStart; i < backStart; i++) {
    if (i - recognisedAt < MIN_ITEM_LINES) continue;
    const text = lines[i]!.text;
    // What a 令 promulgates is part of its item, whatever its head holds (an adoption note).
    // Inside a 发文目录 a title over its number is a row (laid out one cell a line), unless a
    // header mark heads it or a text follows it.
    let begins =
      i === bodyStart ||
      (i !== instrument &&
        documentHeadAt(lines, i) &&
        (!listing || isHeaderMark(text) || isDecreeMark(text) || opensText(lines, i))) ||
      isChronicleTitle(text) ||
      (isListingTitle(text) && !listing && !labelsListing(lines, i));
    // A 发文目录 lists titles the TOC lists too: inside one they are rows, not items.
    if (!begins && tocKeys.size > 0 && i !== instrument && !listing)
      begins = announcedAt(lines, i, tocKeys);
    const start = begins && documentHeadAt(lines, i) ? jointMarkStart(lines, i, starts.at(-1)) : i;
    // The title of what a 印发 notice carries (its head's lines from where they begin) is no item.
    if (begins && carriedAt(lines, start, carried)) begins = false;
    if (begins) {
      starts.push(start);
      recognisedAt = i;
      listing = isListingTitle(text);
      instrument = isDecreeHead(lines, i) ? decreeInstrument(lines, i, backStart) : -1;
      carried = carriedBy(lines, i);
    }
  }
  return starts;
}

/**
 * A listing's heading right over another (发文目录 / 2012年9月区政府发文目录, as a converter
 * writes a section's label and the listing's heading as two headings): the first is the
 * section's label, the listing begins at the second, which names it.
 */
function labelsListing(lines: Line[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && isListingTitle(next.text);
}

/** One of the names a notice carries, printed on one to three lines from i (the instrument's title). */
function carriedAt(lines: Line[], i: number, names: Set<string>): boolean {
  if (names.size === 0) return false;
  let key = '';
  for (let j = i; j < Math.min(lines.length, i + 3); j++)
    if (names.has((key += lineKey(lines[j]!)))) return true;
  return false;
}

// A 印发 notice's title from its verb: 印发《…》的通知 (转发, 批转…).
const NOTICE_TITLE = /(?:印发|转发|批转|颁布|发布).*?的(?:通知|决定)/;

/**
 * The names (as match keys) of the instruments the notice whose head begins at i carries, by
 * its title, broken over lines as it may be (…印发《内蒙古自治区 / 人民政府工作规则》的通知),
 * among its first six lines before any with a sentence's or the addressees' stop; none for
 * another item.
 */
function carriedBy(lines: Line[], i: number): Set<string> {
  let head = '';
  for (const line of lines.slice(i, i + 6)) {
    const s = squeeze(line.text);
    if (/[。；：:]/.test(s) || head.length > 200) break;
    head += s;
  }
  const title = NOTICE_TITLE.exec(head)?.[0];
  return new Set(
    title
      ? instrumentNames(title)
          .map(matchKey)
          .filter((k) => k.length >= 4)
      : [],
  );
}

/** A 令's head: its mark (…令), or a 令's own number among its first lines (政府令〔2010〕第15号). */
function isDecreeHead(lines: Line[], i: number): boolean {
  if (isDecreeMark(lines[i]!.text) || decreeAt(lines, i)) return true;
  for (let j = i; j < Math.min(lines.length, i + 5); j++)
    if (isDecreeNumber(docNumberLine(lines[j]!.text))) return true;
  return false;
}

/** Does a text follow the head at i: a 主送机关 line (…：) or a sentence, within five lines? */
function opensText(lines: Line[], i: number): boolean {
  return lines
    .slice(i + 1, i + 6)
    .some((l) => /[：:]\s*$/.test(l.text) || /[。；！？]/.test(l.text));
}

/** The line after a 令's date (its title of what it promulgates), or -1. */
export function decreeInstrument(lines: Line[], i: number, end = lines.length): number {
  for (let j = i + 2; j < Math.min(end, i + 20); j++)
    if (isDateLine(lines[j]!.text)) return j + 1 < end ? j + 1 : -1;
  return -1;
}

const MIN_ITEM_LINES = 3;

/**
 * Where a document's head begins when its 发文机关标志 is printed as organ names on lines of
 * their own above it: a 联合发文 (湖北省人力资源和社会保障厅 / 湖北省环境保护厅文件), or a
 * mark without 文件 above the title. The lines above must be organ names and nothing else; a
 * signature above is followed by its date, which stops the walk.
 */
export function jointMarkStart(lines: Line[], i: number, previousStart = -1): number {
  let k = i;
  if (TITLE_VERB.test(squeeze(lines[i]!.text))) return i; // organ lines above 关于… were read with the title
  while (
    k - 1 > previousStart &&
    i - (k - 1) <= 3 &&
    isMarkOrgan(lines[k - 1]!.text) &&
    !isHeaderMark(lines[k - 1]!.text)
  )
    k--;
  return k;
}

/** A title the TOC announced, printed on one to three lines starting at i. */
export function announcedAt(lines: Line[], i: number, tocKeys: Set<string>): boolean {
  let key = '';
  let text = '';
  // Only a line that may open a title is followed onto the next.
  const last = mayOpenTitle(lines[i]!.text) ? i + 3 : i + 1;
  for (let j = i; j < Math.min(lines.length, last); j++) {
    if (!isTitleLike(lines[j]!.text)) return false;
    key += lineKey(lines[j]!);
    text += lines[j]!.text;
    if (tocKeys.has(key)) return true;
    if (endsLikeTitle(text) && [...tocKeys].some((toc) => nearlySame(key, toc))) return true;
  }
  return false;
}

/**
 * A TOC title and a body title that differ by a few characters (the TOC drops the region,
 * 区政府 for 江城市临河区人民政府, or a word): one holds the other, at 85% of its length.
 */
function nearlySame(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 10 && short.length >= long.length * 0.85 && long.includes(short);
}
