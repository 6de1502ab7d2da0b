// One item of an issue, line by line: which GB/T 9704 element each line is (header mark,
// number, title, addressees, text, signature, date, 附注, attachments, 版记) and the
// metadata those elements carry.
import {
  SERIAL_TITLE, attachmentNote, decreeOrgan, docTypeOf, endsLikeTitle, isDecreeMark, isAttachmentLabel, isChronicleTitle, isHeaderMark,
  isListingTable, isListingTitle, isMarkOrgan, isOtherTitle, isNote, isOrganLine, isPrintingLine, isTitleLike, organsOf, outlineLevel,
} from './classify.ts';
import { dateLine, findDates, isDateLine, makeDate, printedDateOf } from './date.ts';
import type { Report } from './diagnostics.ts';
import { docNumberLine, findDocNumbers, leadingDocNumber, serial, serialLine } from './docNumber.ts';
import { fullOrganName, issuersInTitle } from './issuer.ts';
import { decreeInstrument, documentHeadAt, titleSpan } from './items.ts';
import type { Line } from './markup.ts';
import { findRelations, type Relation } from './relations.ts';
import { matchKey, normalizeTitle, squeeze, TERMINAL, TITLE_VERB, width } from './text.ts';
import { readValidity } from './validity.ts';

export type Role =
  | 'headerMark' | 'docNumber' | 'title' | 'subtitle' | 'addressees' | 'text'
  | 'attachmentNote' | 'signature' | 'date' | 'note' | 'printing'
  | 'embeddedTitle' | 'attachmentLabel' | 'attachmentTitle';

export interface Part {
  role: Role;
  lines: Line[];
}

export type Kind = 'document' | 'chronicle' | 'listing' | 'other';

export interface Item {
  kind: Kind;
  title: string;
  docNumber: string | null;
  docType: string | null;
  issuers: string[];
  addressees: string[];
  date: string | null;
  printedDate: string | null;
  attachments: string[];
  embedded: string[];
  cites: string[];
  effective: string | null;
  expires: string | null;
  relations: Relation[];
  parts: Part[];
  sourceLines: [number, number];
}

const PUBLISHING_NOTICE = /印发|转发|批转|颁布|发布/;

/** What an item is read against: the gazette's region and the date. */
export interface ItemContext {
  region: string;
  year: number;
  published: string | null;
}

export function readItem(lines: Line[], context: ItemContext, report: Report): Item {
  const { region } = context;
  const roles: Array<Role | undefined> = new Array(lines.length);
  const text = (i: number) => lines[i]?.text ?? '';
  const number = (i: number) => (i < lines.length ? docNumberLine(text(i)) : null);
  const mark = (from: number, to: number, role: Role) => {
    for (let i = from; i <= to; i++) roles[i] = role;
  };

  // The head: 发文机关标志, 发文字号 and 标题 in either order, or the number glued before the title.
  let k = 0;
  let docNumber: string | null = null;
  let gluedNumber: string | null = null;
  const decree = isDecreeMark(text(0)) && serialLine(text(1)) !== null;
  if (decree) {
    // 令: mark, serial, the order that promulgates, signature, date, then the instrument's title.
    docNumber = `${decreeOrgan(text(0))}令${serialLine(text(1))}`;
    mark(0, 0, 'headerMark');
    mark(1, 1, 'docNumber');
    k = 2;
    const at = decreeInstrument(lines, 0);
    if (at > 0 && isTitleLike(text(at))) mark(at, titleEnd(lines, at), 'title');
  } else {
    k = markEnd(lines);
    if (k > 0) mark(0, k - 1, 'headerMark');
    const glued = k < lines.length ? leadingDocNumber(text(k)) : null;
    if (number(k)) {
      docNumber = number(k);
      mark(k, k, 'docNumber');
      k++;
      const end = titleEnd(lines, k);
      mark(k, end, 'title');
      k = end + 1;
    } else if (glued) {
      docNumber = glued.docNumber;
      gluedNumber = glued.printed;
      const end = titleEnd(lines, k);
      mark(k, end, 'title');
      k = end + 1;
    } else {
      let end = titleEnd(lines, k);
      for (let j = k; j <= k + 2; j++) {
        if (number(j + 1) && titleSpan(lines, k, j)) {
          end = j;
          break;
        }
      }
      mark(k, end, 'title');
      const printed = lines.slice(k, end + 1).map((l) => l.text).join('');
      k = end + 1;
      if (number(k)) {
        docNumber = number(k);
        mark(k, k, 'docNumber');
        k++;
      } else if (k < lines.length && serial(text(k)) && SERIAL_TITLE.test(squeeze(printed))) {
        // …通告 over （第9号）: the number is the title's series and its serial.
        // (A serial printed 【9号令】 numbers it among the organ's 令.)
        const { serial: n, decree: asDecree } = serial(text(k))!;
        const organ = issuersInTitle(normalizeTitle(printed))[0];
        docNumber = asDecree && organ ? `${squeeze(organ)}令${n}` : normalizeTitle(printed).replace(/\s/g, '') + n;
        mark(k, k, 'docNumber');
        k++;
      }
    }
  }
  const titleLines = lines.filter((_, i) => roles[i] === 'title');
  const titleText = titleLines.map((l) => l.text).join(' ').trim().slice(gluedNumber?.length ?? 0);
  const title = titleLines.length > 0 ? normalizeTitle(titleText) : decree ? docNumber! : '';
  const kind: Kind = isChronicleTitle(title) ? 'chronicle'
    : isListingTitle(title) || (docNumber === null && isListingTable(lines.slice(k).map((l) => l.text))) ? 'listing'
    : docNumber === null && isOtherTitle(title) ? 'other'
    : 'document';

  // 大事记/目录 carry their period under the title: (2017年11-12月), 2021年4月1日—2021年4月31日.
  if (kind !== 'document' && k < lines.length && width(squeeze(text(k))) <= 40 && /^[（(].*[)）]$|^\d{4}\s*年.*[—－-]/.test(squeeze(text(k)))) {
    mark(k, k, 'subtitle');
    k++;
  }

  // 主送机关: the line ending in a colon right under the head (it may wrap once).
  const addresseeLines: Line[] = [];
  if (kind === 'document') {
    for (let j = k; j <= k + 1 && j < lines.length; j++) {
      const s = squeeze(text(j));
      if (/[：:]$/.test(s) && width(s) <= 200 && outlineLevel(s) === 0 && !/。/.test(s)) {
        mark(k, j, 'addressees');
        addresseeLines.push(...lines.slice(k, j + 1));
        k = j + 1;
        break;
      }
      // A list of addressees goes on after a comma, or where a hard wrap cut it (各乡镇人民政府，区直各 / 部门：).
      if (!/[，、]$/.test(s) && !(/^各|[，、]/.test(s) && !/[。；！？]/.test(s))) break;
    }
  }

  // The rest: closings (signature, date, 附注), 版记, attachments, then the text.
  for (let i = k; i < lines.length; i++) {
    const t = text(i);
    const label = isAttachmentLabel(t);
    if (roles[i]) continue;
    if (isDateLine(t)) {
      roles[i] = 'date';
      let b = i - 1;
      for (; b >= k && b >= i - 4 && (roles[b] === undefined) && isOrganLine(text(b)); b--) roles[b] = 'signature';
      // A long name the signature broke over two lines (…感染的肺炎 / 防控工作指挥部): the first
      // part has no punctuation and stands after the end of a sentence.
      if (b < i - 1 && b >= k && roles[b] === undefined && isNameFragment(text(b)) && (b === k || TERMINAL.test(text(b - 1).trim()) || CLOSING_FORMULA.test(squeeze(text(b - 1))))) roles[b] = 'signature';
      for (let a = i + 1; a < lines.length && a <= i + 2 && isNote(text(a)); a++) roles[a] = 'note';
    } else if (isPrintingLine(t)) {
      roles[i] = 'printing';
      if (printedDateOf(t) && i - 1 >= k && roles[i - 1] === undefined && isOrganLine(text(i - 1))) roles[i - 1] = 'printing';
    } else if (label && /^\s*1\s*[.．、]/.test(text(i + 1))) {
      // 附件： on a line of its own over a numbered list is the 附件说明, not an attachment's label.
      roles[i] = 'attachmentNote';
      while (i + 1 < lines.length && /^\s*\d{1,2}\s*[.．、]/.test(text(i + 1))) roles[++i] = 'attachmentNote';
    } else if (label) {
      roles[i] = 'attachmentLabel';
      if (i + 1 < lines.length && isTitleLike(text(i + 1))) roles[++i] = 'attachmentTitle';
    } else if (attachmentNote(t) !== null) {
      roles[i] = 'attachmentNote';
      while (i + 1 < lines.length && /^\s*\d{1,2}\s*[.．、]/.test(text(i + 1)) && isTitleLike(text(i + 1))) roles[++i] = 'attachmentNote';
    }
  }

  // Instruments a 印发/转发 notice carries inline: the title right after the notice's
  // closing, and any line that repeats one of the names the notice's title gives.
  if (kind === 'document' && PUBLISHING_NOTICE.test(title)) {
    const names = new Set(instrumentNames(title).map(matchKey));
    const closing = roles.findIndex((r) => r === 'date');
    let first = closing >= 0 ? closing + 1 : -1;
    while (first >= 0 && first < lines.length && roles[first] !== undefined) first++;
    for (let i = k; i < lines.length; i++) {
      if (roles[i] !== undefined) continue;
      const isFirst = i === first && isTitleLike(text(i));
      if (isFirst || (names.has(matchKey(text(i))) && isTitleLike(text(i)))) roles[i] = 'embeddedTitle';
    }
  }
  for (let i = 0; i < lines.length; i++) roles[i] ??= 'text';

  const parts = toParts(lines, roles as Role[]);
  const before = (role: Role) => {
    const stop = roles.findIndex((r) => r === 'embeddedTitle' || r === 'attachmentLabel');
    return roles.findIndex((r, i) => r === role && (stop < 0 || i < stop));
  };

  // 成文日期 and 发文机关 come from the document's own closing, not from an instrument it carries.
  const dateAt = before('date');
  const printed = parts.filter((p) => p.role === 'printing').map((p) => printedDateOf(p.lines[0]!.text)).find((d) => d);
  const signature: string[] = [];
  for (let i = dateAt - 1; dateAt > 0 && i >= 0 && roles[i] === 'signature'; i--) {
    if (isOrganLine(text(i))) signature.unshift(...organsOf(text(i)));
    else if (signature.length > 0) signature[0] = squeeze(text(i)) + signature[0]; // the first part of a broken name
  }
  const headerMark = roles[0] === 'headerMark' ? lines.filter((_, i) => roles[i] === 'headerMark').map((l) => squeeze(l.text).replace(/文件$/, '')) : null;
  // A signature may shorten the name its mark prints in full (嘉定区… under 上海市嘉定区…).
  const fuller = (name: string) => headerMark?.find((m) => m.endsWith(squeeze(name)) && m !== squeeze(name)) ?? name;
  const issuers = signature.length > 0 ? signature.map(fuller)
    : decree ? [decreeOrgan(text(0))]
    : headerMark ? headerMark.flatMap((m) => m.split(/\s+/))
    : issuersInTitle(title);

  for (const line of lines) {
    for (const d of findDates(line.text)) {
      if (d.iso === null) report.warn(line.no, `the date ${d.year}年${d.month}月${d.day}日 does not exist; kept as printed`);
    }
  }
  const cites = findDocNumbers(lines.filter((_, i) => roles[i] !== 'docNumber').map((l) => l.text).join('\n'))
    .filter((n) => n !== docNumber);

  // 施行日期, 有效期 and relations are read from the running text, its PDF line breaks joined.
  const running = lines.filter((_, i) => roles[i] === 'text').map((l) => l.text.trim()).join('');
  const date = dateAt >= 0 ? signedOn(lines[dateAt]!, docNumber, context, report) : null;
  const validity = kind === 'document' ? readValidity(running, date) : { effective: null, expires: null };

  return {
    kind,
    title,
    docNumber,
    docType: decree ? '令' : kind === 'document' ? docTypeOf(title) : null,
    issuers: unique(issuers.map((n) => fullOrganName(squeeze(n), region))),
    addressees: addresseesOf(addresseeLines),
    date,
    printedDate: printed?.iso ?? null,
    attachments: attachmentsOf(parts),
    embedded: parts.filter((p) => p.role === 'embeddedTitle').map((p) => normalizeTitle(p.lines.map((l) => l.text).join(' '))),
    cites,
    ...validity,
    relations: relationsOf(kind === 'document' ? findRelations(running, { docNumber, title }) : [], cites),
    parts,
    sourceLines: [lines[0]!.no, lines[lines.length - 1]!.no],
  };
}

/**
 * The 成文日期 of a date line. When the converter lost the year's digits (年2月9日), the year
 * is the one the context leaves: the year of the document's own number, else the year
 * if the date is not after the publication; else null, with a warning either way.
 */
function signedOn(line: Line, docNumber: string | null, context: ItemContext, report: Report): string | null {
  const read = dateLine(line.text)!;
  if (read.date) return read.date.iso;
  if (read.month === 0) {
    report.warn(line.no, `the date ${line.text.trim()} lost its 年月日 and reads more than one way: no date`);
    return null;
  }
  const numbered = Number(/〔(\d{4})〕/.exec(docNumber ?? '')?.[1]) || null;
  const published = context.published?.split('-').map(Number);
  const notLater = published && (read.month < published[1]! || (read.month === published[1]! && read.day <= published[2]!));
  const candidates = [numbered, notLater ? context.year : null].filter((y): y is number => y !== null && String(y).endsWith(read.yearDigits));
  const year = candidates[0];
  const printed = `${read.yearDigits}年${read.month}月${read.day}日`;
  if (year === undefined) {
    report.warn(line.no, `the year of the date ${printed} is lost and the context does not tell it: no date`);
    return null;
  }
  report.warn(line.no, `the year of the date ${printed} is lost: read as ${year} from ${year === numbered ? 'the document number' : 'the issue'}`);
  return makeDate(year, read.month, read.day).iso;
}

// The formula that closes a text before its signature: 特此通告, 此复, 特此函告.
const CLOSING_FORMULA = /^(?:特此|此复|此令|此布|专此)/;

/** The first part of an organ name broken over two lines: Han text without punctuation. */
function isNameFragment(text: string): boolean {
  const s = squeeze(text);
  return width(s) >= 4 && width(s) <= 25 && /^\p{Script=Han}+$/u.test(s) && !CLOSING_FORMULA.test(s);
}

/**
 * How many lines the 发文机关标志 takes at the top of an item: a …文件 line (with the organs of
 * a 联合发文 on lines of their own above it), or organ names alone above the number or title.
 */
function markEnd(lines: Line[]): number {
  const number = (i: number) => i < lines.length && docNumberLine(lines[i]!.text) !== null;
  let h = 0;
  while (h < 3 && h < lines.length && isMarkOrgan(lines[h]!.text) && !isHeaderMark(lines[h]!.text)) h++;
  if (h < lines.length && isHeaderMark(lines[h]!.text) && (number(h + 1) || number(h + 2))) return h + 1;
  // Organ lines above 关于… are the title's first line, not a mark.
  return h > 0 && h < lines.length && !TITLE_VERB.test(squeeze(lines[h]!.text)) && documentHeadAt(lines, h) ? h : 0;
}

/** Last line of a title starting at `from`: up to three title-like lines, ending where the title reads complete. */
function titleEnd(lines: Line[], from: number): number {
  let joined = '';
  for (let j = from; j < Math.min(lines.length, from + 3); j++) {
    if (j > from && !isTitleLike(lines[j]!.text)) break;
    joined += lines[j]!.text;
    if (endsLikeTitle(joined)) return j;
  }
  return from;
}

function toParts(lines: Line[], roles: Role[]): Part[] {
  const parts: Part[] = [];
  // Each signature, date, 附注 and 版记 line is an element of its own; the others run on.
  const single = new Set<Role>(['signature', 'date', 'note', 'printing', 'attachmentLabel', 'embeddedTitle', 'attachmentTitle']);
  lines.forEach((line, i) => {
    const last = parts.at(-1);
    if (last && last.role === roles[i] && !single.has(roles[i]!)) last.lines.push(line);
    else parts.push({ role: roles[i]!, lines: [line] });
  });
  return parts;
}

/** The names of the instruments a 印发 notice's title announces: 《…》, or what stands between 印发 and 的通知. */
function instrumentNames(title: string): string[] {
  const quoted = [...title.matchAll(/《([^》]+)》/g)].map((m) => m[1]!);
  if (quoted.length > 0) return quoted;
  const m = /(?:印发|转发|批转|颁布|发布)(.+?)的(?:通知|决定)$/.exec(title);
  return m ? [m[1]!, ...m[1]!.split(/和|及|、/)] : [];
}

function addresseesOf(lines: Line[]): string[] {
  const s = squeeze(lines.map((l) => l.text).join('')).replace(/[：:]$/, '');
  return s ? s.split(/[，,；;]/).map((a) => a.trim()).filter(Boolean) : [];
}

/** 附件说明 (附件：1. 甲 2. 乙) lists the attachments; without one, the attachment sections' titles do. */
function attachmentsOf(parts: Part[]): string[] {
  const note = parts.filter((p) => p.role === 'attachmentNote').flatMap((p) => p.lines.map((l) => l.text)).join('\n');
  const listed = note.replace(/^\s*附\s*件?\s*[:：]\s*/, '');
  if (listed.trim()) {
    return listed.split(/(?:^|\n)\s*\d{1,2}\s*[.．、]\s*/).map((a) => normalizeTitle(a).replace(/[；;，,。]$/, '')).filter(Boolean);
  }
  return parts.filter((p) => p.role === 'attachmentTitle').map((p) => normalizeTitle(p.lines[0]!.text));
}

/** The relations read from the running text, then every other cited 发文字号 as a plain citation. */
function relationsOf(read: Relation[], cites: string[]): Relation[] {
  const numbers = new Set(read.map((r) => r.docNumber));
  return [...read, ...cites.filter((n) => !numbers.has(n)).map((n): Relation => ({ type: 'cites', docNumber: n, title: null }))];
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
