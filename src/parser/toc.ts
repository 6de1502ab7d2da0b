// 目录: one or several blocks opened by a 目录 line, holding section labels (栏目, with or
// without 【】) and entries that may run over several lines before their page number.
import {
  decreeOrgan,
  endsLikeTitle,
  isDecreeMark,
  isOrganLine,
  isDocumentsLabel,
  isShortLabel,
  isTitleLike,
  PAGE_TAIL,
  sectionLabel,
} from './classify.ts';
import { codelessNumber, extractDocNumber, serialLine, toAsciiDigits } from './docNumber.ts';
import type { Line } from './markup.ts';
import { matchKey, normalizeTitle, squeeze } from './text.ts';

export interface TocEntryDraft {
  title: string;
  docNumber: string | null;
  page: number | null;
  /** Line numbers the entry was printed on. */
  lines: number[];
}

export interface TocSectionDraft {
  title: string | null;
  entries: TocEntryDraft[];
}

export interface TocDraft {
  sections: TocSectionDraft[];
  /** Line numbers that belong to the TOC (目录 headings, section labels, entries). */
  lines: Set<number>;
}

const LEADERS = /[\s…⋯.·．・—－_-]+$/;
const NUMBERING = /^\s*\d{1,3}\s*[、.．]\s*/;
// A bullet and a link's number before an entry: what a text browser prints for a web page's list
// of links (lynx -dump: `* [1]市人大常委会公告`), the converter's, not the title's.
const LIST_MARKER = /^\s*(?:[*•]\s+)?\[\d{1,3}\]\s*|^\s*[*•]\s+/;

const isTocHeading = (line: Line) => squeeze(line.text) === '目录';
const bracketed = (line: Line): string | null => sectionLabel(line.text);
const standalonePage = (line: Line) => /^[(（]?\s*[\d０-９]{1,4}\s*[)）]?$/.test(line.text.trim());
const pageOf = (digits: string) => Number(toAsciiDigits(digits));
// A page in brackets right after the title, with no leaders: …的通告（１）. (In the body a
// title never ends in a bare bracketed number; in a TOC entry that is its page.)
const BRACKET_PAGE = /[(（]\s*([\d０-９]{1,4})\s*[)）]\s*$/;

// A page after one space, as a converter writes a nested list's entry (…实施意见（济政字〔2021〕30号） 1,
// 2021年7月文件目录 6): a page when what stands before ends like a title, its number or serial in
// brackets after it or not. (A title never ends in a bare number after a space.)
const SPACED_PAGE = /\s([\d０-９]{1,4})\s*$/;
// What an entry prints in brackets after its title (a number, a serial, an organ): the number
// may hold brackets of its own, （2022(20)号）.
const IN_BRACKETS = String.raw`(?:[^()（）\n]|[(（][^()（）\n]{1,6}[)）]){1,40}`;
const BRACKETS_AFTER = new RegExp(String.raw`[(（]${IN_BRACKETS}[)）]\s*$`);
const NUMBERED_AFTER = new RegExp(String.raw`^([^]+?)\s*[(（]\s*(${IN_BRACKETS}?)\s*[)）]\s*$`);

/** The page number an entry's text ends with, or null. */
function pageTail(text: string): RegExpExecArray | null {
  const tail = PAGE_TAIL.exec(text);
  if (tail) return tail;
  const endsTitle = (m: RegExpExecArray) => {
    const before = text.slice(0, m.index).replace(/\n/g, '');
    return endsLikeTitle(before) || endsLikeTitle(before.replace(BRACKETS_AFTER, ''));
  };
  const bracket = BRACKET_PAGE.exec(text);
  if (bracket)
    return endsLikeTitle(text.slice(0, bracket.index).replace(/\n/g, '')) ? bracket : null;
  const spaced = SPACED_PAGE.exec(text);
  return spaced && endsTitle(spaced) ? spaced : null;
}

/** Reads every TOC block among the given lines. `isCover` tells cover/imprint lines printed inside a TOC block. */
export function readToc(lines: Line[], isCover: (line: Line) => boolean): TocDraft {
  const toc: TocDraft = { sections: [], lines: new Set() };
  let section: TocSectionDraft | null = null;
  let pending: Line[] = [];
  let inToc = false;
  // A TOC that prints page numbers ends each entry with one; only one that prints none ends them at the title.
  const paged = lines.some((l) => !isCover(l) && (standalonePage(l) || pageTail(l.text) !== null));

  const addEntry = (entryLines: Line[], page: number | null) => {
    if (!section) toc.sections.push((section = { title: null, entries: [] }));
    section.entries.push({ ...entryText(entryLines), page, lines: entryLines.map((l) => l.no) });
    entryLines.forEach((l) => toc.lines.add(l.no));
    pending = [];
  };
  const openSection = (title: string, line: Line) => {
    toc.sections.push((section = { title, entries: [] }));
    toc.lines.add(line.no);
    pending = [];
  };

  lines.forEach((line, i) => {
    if (isTocHeading(line)) {
      inToc = true;
      pending = [];
      toc.lines.add(line.no);
      return;
    }
    if (!inToc) return;
    if (isCover(line)) {
      pending = []; // what was pending was cover text too, not an entry
      return;
    }
    const label = bracketed(line);
    if (label !== null) return openSection(normalizeTitle(label), line);
    if (standalonePage(line)) {
      if (pending.length > 0)
        addEntry([...pending, line], pageOf(line.text.replace(/[^\d０-９]/g, '')));
      return;
    }
    // A sentence is body text: the TOC ended before it (a TOC without page numbers has no other end).
    if (/[。；]/.test(line.text)) {
      inToc = false;
      pending = [];
      return;
    }
    pending.push(line);
    const page = pageTail(joinEntry(pending));
    if (page) return addEntry(pending, pageOf(page[1]!));
    // Without page numbers, a short label that does not end like a title (国务院文件, 部门文件) heads a section.
    const unpagedLabel =
      !paged &&
      !endsLikeTitle(line.text) &&
      !/关于|印发|转发|批转|的/.test(line.text) &&
      lines[i + 1] !== undefined &&
      !isCover(lines[i + 1]!) &&
      bracketed(lines[i + 1]!) === null;
    const printed = normalizeTitle(line.text);
    // A label the TOC has already opened, printed again over the body's first item, is one too.
    const repeated = toc.sections.some((s) => s.title === printed);
    if (
      pending.length === 1 &&
      isSectionLabel(line) &&
      (repeated || unpagedLabel || entryFollows(lines, i + 1, isCover))
    ) {
      return openSection(printed, line);
    }
    if (!paged && endsWithoutPage(pending, lines[i + 1])) {
      // An entry printed without a page number; a title the TOC already holds is the body's.
      const { title } = entryText(pending);
      if (toc.sections.some((s) => s.entries.some((e) => matchKey(e.title) === matchKey(title)))) {
        inToc = false;
        pending = [];
        return;
      }
      return addEntry(pending, null);
    }
    if (pending.length > 4) pending = [];
  });
  // A label after the last entry is the body's first, over its first item: no section of the TOC.
  while (toc.sections.at(-1)?.entries.length === 0) toc.sections.pop();
  return toc;
}

/**
 * Does an entry end here although no page number follows? Its text ends like a title (a 文种,
 * 大事记, 目录) and the next line neither carries its number or page nor completes it.
 */
function endsWithoutPage(pending: Line[], next: Line | undefined): boolean {
  const last = pending.at(-1)!.text;
  if (
    !endsLikeTitle(entryText(pending).title) ||
    !(isTitleLike(last) || extractDocNumber(last) !== null)
  )
    return false;
  if (!next) return true;
  const t = next.text.trim();
  return (
    !standalonePage(next) &&
    pageTail(next.text) === null &&
    extractDocNumber(t) === null &&
    !/^[…⋯.·．・\s]+/.test(t) &&
    !/^[(（][^)）]{1,12}[)）]$/.test(squeeze(t))
  );
}

// Lines joined with a newline, so that a 发文字号 is never read across a line break.
function joinEntry(lines: Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

// An unbracketed section label (昆区政府文件, 发文目录, a meeting's …会议文件 however long): no
// digits, and an entry follows.
function isSectionLabel(line: Line): boolean {
  return (isShortLabel(line.text) || isDocumentsLabel(line.text)) && pageTail(line.text) === null;
}

function entryFollows(lines: Line[], from: number, isCover: (line: Line) => boolean): boolean {
  const taken: Line[] = [];
  for (let i = from; i < Math.min(lines.length, from + 4); i++) {
    const line = lines[i]!;
    if (isTocHeading(line) || bracketed(line) !== null || isCover(line)) return false;
    if (standalonePage(line)) return taken.length > 0;
    taken.push(line);
    if (pageTail(joinEntry(taken)) !== null) return true;
  }
  return false;
}

function entryText(lines: Line[]): { title: string; docNumber: string | null } {
  let text = joinEntry(lines.filter((l) => !standalonePage(l))).replace(LIST_MARKER, '');
  text = text.slice(0, pageTail(text)?.index ?? text.length).replace(LEADERS, '');
  const found = extractDocNumber(text);
  if (found) {
    let { start, end } = found;
    if (/[(（]/.test(text[start - 1] ?? '') && /[)）]/.test(text[end] ?? ''))
      [start, end] = [start - 1, end + 1];
    text = text.slice(0, start) + text.slice(end);
  }
  const decree = found ? null : (decreeEntry(text) ?? numberedAfter(text));
  if (decree) return decree;
  return {
    // A 令 listed by its number and page, then by what it promulgates on the same page
    // (河北省人民政府令〔2010〕第15号(2) / 河北省人工影响天气管理规定(2)): the first page goes
    // with the number.
    title: normalizeTitle(
      text
        .replace(/^\s*[(（]\s*[\d０-９]{1,4}\s*[)）]\s*\n/, '')
        .replace(NUMBERING, '')
        .replace(LEADERS, ''),
    ),
    docNumber: found?.docNumber ?? null,
  };
}

/**
 * An entry whose title is followed by its serial, its 令's number or its organ in brackets, not
 * a page: …的通告（2022年第14号）, …实施办法（宁夏回族自治区人民政府令第103号）.
 */
function numberedAfter(text: string): { title: string; docNumber: string | null } | null {
  const m = NUMBERED_AFTER.exec(text);
  if (!m || !endsLikeTitle(m[1]!)) return null;
  const title = normalizeTitle(m[1]!.replace(NUMBERING, ''));
  const codeless = codelessNumber(m[2]!);
  if (codeless) return { title, docNumber: codeless };
  const decree = /^(\S+?令)\s*(第\s*[\d０-９]{1,5}\s*号)$/.exec(m[2]!);
  if (decree && isDecreeMark(decree[1]!))
    return { title, docNumber: `${decreeOrgan(decree[1]!)}令${serialLine(decree[2]!)}` };
  // A serial alone names no series, nor does an organ name a number (…的公告（达孜区住房和城乡
  // 建设局）, the issuer of an entry whose title names none): the entry is linked to its document
  // by its title.
  return serialLine(m[2]!) !== null || isOrganLine(m[2]!) ? { title, docNumber: null } : null;
}

/** 中华人民共和国国务院令(第706号) / 专利代理条例: a 令 listed by its mark and serial, then what it promulgates. */
function decreeEntry(text: string): { title: string; docNumber: string } | null {
  const m = /^\s*(\S+?令)\s*[(（]\s*(第\s*[\d０-９]{1,5}\s*号)\s*[)）]\s*\n?([^]+)$/.exec(text);
  if (!m || !isDecreeMark(m[1]!)) return null;
  return {
    title: normalizeTitle(m[3]!.replace(LEADERS, '')),
    docNumber: `${decreeOrgan(m[1]!)}令${serialLine(m[2]!)}`,
  };
}
