// One item of an issue, line by line: which GB/T 9704 element each line is (header mark,
// number, title, addressees, text, signature, date, 附注, attachments, 版记) and the
// metadata those elements carry.
import {
  SERIAL_TITLE,
  adoptionAt,
  adoptionsReported,
  decreeAt,
  gluedSerial,
  attachmentNote,
  decreeOrgan,
  docTypeOf,
  endsLikeTitle,
  isDecreeMark,
  isAttachmentLabel,
  isChronicleTitle,
  isHeaderMark,
  isListingTable,
  isListingTitle,
  isMarkOrgan,
  isOtherTitle,
  isNote,
  isOrganLine,
  isPrintingLine,
  isTitleLike,
  instrumentNames,
  labelValue,
  organsOf,
  outlineLevel,
  ownNumberDated,
  PUBLISHING_NOTICE,
  type ReportedAdoption,
} from './classify.ts';
import { dateLine, findDates, isDateLine, makeDate, printedDateOf } from './date.ts';
import type { Report } from './diagnostics.ts';
import {
  decreeNumber,
  docNumberLine,
  findDocNumbers,
  isDecreeNumber,
  leadingDocNumber,
  ownNumberLine,
  serial,
} from './docNumber.ts';
import { fullOrganName, issuersInTitle, organOfCode } from './issuer.ts';
import { decreeInstrument, documentHeadAt, pastRunningLines, titleSpan } from './items.ts';
import type { Line } from './markup.ts';
import type { DocumentMeta, Inference } from '../schema.ts';
import { findRelations, type Relation } from './relations.ts';
import {
  embeddedTitleOf,
  lineKey,
  matchKey,
  normalizeTitle,
  squeeze,
  TERMINAL,
  TITLE_VERB,
  width,
} from './text.ts';
import { readValidity } from './validity.ts';

export type Role =
  | 'headerMark'
  | 'docNumber'
  | 'title'
  | 'subtitle'
  | 'addressees'
  | 'text'
  | 'attachmentNote'
  | 'signature'
  | 'date'
  | 'note'
  | 'printing'
  | 'embeddedTitle'
  | 'attachmentLabel'
  | 'attachmentTitle';

export interface Part {
  role: Role;
  lines: Line[];
}

export type Kind = DocumentMeta['kind'];

/** An item as read: the metadata of the data contract the parser fills, and the parts its lines fall into. */
export type Item = Pick<
  DocumentMeta,
  | 'kind'
  | 'title'
  | 'docNumber'
  | 'docType'
  | 'issuers'
  | 'addressees'
  | 'date'
  | 'printedDate'
  | 'attachments'
  | 'embedded'
  | 'cites'
  | 'effective'
  | 'expires'
  | 'relations'
  | 'sourceLines'
> & { parts: Part[]; inferred: Inference[]; adoptions: Adoption[] };

// What a 令 promulgates: a 规章.
const REGULATION = /(?:规定|办法|条例|细则|规则)$/;

/** What an item is read against: the gazette's region and the date. */
export interface ItemContext {
  region: string;
  year: number;
  published: string | null;
  /** The adoptions the item before reports: an 人大 公告 over the instrument it publishes. */
  reported?: Adoption[];
}

/** An adoption a text reports, and the line its paragraph starts on. */
export type Adoption = ReportedAdoption & { line: number };

/** Roles given so far (a line without one is still open), and the first line after those read. */
interface Marked {
  roles: Array<Role | undefined>;
  end: number;
}

/** The head of an item: its marks, its 发文字号 and whether it is a 令. */
interface Head extends Marked {
  docNumber: string | null;
  /** The number as printed when it stands glued before the title, to be cut from the title. */
  glued: string | null;
  decree: boolean;
  /** The serial as printed after the title on its line ((第1号)), to be cut from the title. */
  trailing?: string;
  /**
   * The date the head prints under the title: an adoption note's (…会议通过), or the one
   * printed with the number in brackets; the date when nothing is signed.
   */
  adopted?: string | null;
  /** The organ whose meeting the adoption note names (…人民代表大会常务委员会第七次会议通过), and its line. */
  adoptedBy?: { organ: string; line: number };
}

export function readItem(lines: Line[], context: ItemContext, report: Report): Item {
  const head = readHead(lines);
  const { docNumber, decree } = head;
  const title = titleOf(lines, head);
  const kind = kindOf(title, docNumber, lines.slice(head.end));
  const body = markAddressees(lines, markSubtitle(lines, head, kind), kind);
  // A listing's lines are its rows: a row's date is the listed document's, not a closing.
  const closed = kind === 'listing' ? body.roles : markClosings(lines, body);
  const open =
    kind === 'document' && PUBLISHING_NOTICE.test(title)
      ? markEmbedded(lines, { roles: closed, end: body.end }, title)
      : { roles: closed, continued: new Set<number>() };
  const roles = Array.from(lines, (_, i): Role => open.roles[i] ?? 'text');
  const parts = toParts(lines, roles, open.continued);

  // 成文日期 and 发文机关 come from the document's own closing, not from an instrument it carries.
  const dateAt = ownIndex(roles, 'date');
  // A listing is never a source of an issuer (issue 23): its heading names whose documents it
  // lists (2020年9月市政府办公厅发文目录), not who issued it.
  const issuers: ReturnType<typeof issuersOf> =
    kind === 'listing'
      ? { names: [] }
      : issuersOf(
          lines,
          roles,
          dateAt,
          decree,
          title,
          organOfCode(docNumber ?? '', context.region),
          kind === 'other' ? interpreterUnder(lines, body.end) : null,
          head.adoptedBy ?? null,
        );
  const inferred: Inference[] = [];
  if (issuers.from) inferred.push({ field: 'issuers', ...issuers.from });
  // The 公告 before that reports this instrument's adoption is its adoption note when it prints
  // none of its own: the organ that held the meeting adopted it, on the day the 公告 gives.
  const adoption = kind === 'document' ? reportedAdoptionOf(title, context.reported) : null;
  if (adoption && issuers.names.length === 0) {
    issuers.names.push(adoption.organ);
    inferred.push({ field: 'issuers', from: 'adoption', line: adoption.line });
  }
  warnNonexistentDates(lines, report);
  const cites = citesOf(lines, roles, docNumber);

  // 施行日期, 有效期 and relations are read from the running text, its PDF line breaks joined.
  const running = lines
    .filter((_, i) => roles[i] === 'text')
    .map((l) => l.text.trim())
    .join('');
  const signed = dateAt >= 0 ? signedOn(lines[dateAt]!, docNumber, context, report) : null;
  // A 决议/决定 adopted at a meeting is dated by its adoption note when nothing is signed, a
  // document reprinted without its closing by the date beside its number.
  const date = signed?.iso ?? head.adopted ?? adoption?.date ?? null;
  if (signed?.yearFrom)
    inferred.push({ field: 'date', from: signed.yearFrom, line: lines[dateAt]!.no });
  if (date !== null && !signed?.iso && !head.adopted && adoption)
    inferred.push({ field: 'date', from: 'adoption', line: adoption.line });
  const validity =
    kind === 'document' ? readValidity(running, date) : { effective: null, expires: null };

  return {
    kind,
    title,
    docNumber,
    // A 令's item is titled by the 规章 it promulgates, under a mark or only its number.
    docType:
      decree || (isDecreeNumber(docNumber) && REGULATION.test(title))
        ? '令'
        : kind === 'document'
          ? docTypeOf(title)
          : null,
    issuers: unique(issuers.names.map((n) => fullOrganName(squeeze(n), context.region))),
    addressees: addresseesOf(lines.filter((_, i) => roles[i] === 'addressees')),
    date,
    printedDate: printedDateIn(parts),
    attachments: attachmentsOf(parts),
    embedded: parts.filter((p) => p.role === 'embeddedTitle').map((p) => embeddedTitleOf(p.lines)),
    cites,
    ...validity,
    relations: relationsOf(
      kind === 'document' ? findRelations(running, { docNumber, title }) : [],
      cites,
    ),
    parts,
    sourceLines: [lines[0]!.no, lines[lines.length - 1]!.no],
    inferred,
    adoptions: parts
      .filter((p) => p.role === 'text')
      .flatMap((p) =>
        adoptionsReported(p.lines.map((l) => l.text.trim()).join('')).map((a) => ({
          ...a,
          line: p.lines[0]!.no,
        })),
      ),
  };
}

/**
 * The adoption reported of this title, its organ named in full or short (《永寿县人大常委会关于…办法》
 * for 永寿县人民代表大会常务委员会关于…办法: compared from 关于 on).
 */
function reportedAdoptionOf(title: string, reported: Adoption[] = []): Adoption | null {
  const subject = (t: string) => {
    const key = matchKey(t);
    const about = key.indexOf('关于');
    return about > 0 ? key.slice(about) : key;
  };
  const key = subject(title);
  return reported.find((a) => subject(a.title) === key) ?? null;
}

const textAt = (lines: Line[], i: number): string => lines[i]?.text ?? '';
const numberAt = (lines: Line[], i: number): string | null =>
  i < lines.length ? docNumberLine(textAt(lines, i)) : null;

/** Gives lines from..to the role (in place: the roles are the caller's own copy). */
function mark(roles: Array<Role | undefined>, from: number, to: number, role: Role): void {
  for (let i = from; i <= to; i++) roles[i] = role;
}

/** The head: 发文机关标志, 发文字号 and 标题 in either order, or the number glued before the title. */
function readHead(lines: Line[]): Head {
  const organ = decreeOrgan(textAt(lines, 0));
  const decree = isDecreeMark(textAt(lines, 0)) ? decreeNumber(organ, textAt(lines, 1)) : null;
  if (decree) return decreeHead(lines, decree, 2);
  const glued = decreeAt(lines, 0);
  return glued ? decreeHead(lines, glued.docNumber, glued.lines) : documentHead(lines);
}

/** 令: mark, serial, the order that promulgates, signature, date, then the instrument's title. */
/** A 令's head: its mark (or its organ) over its serial (2 lines), or the two glued on one line. */
function decreeHead(lines: Line[], docNumber: string, headLines: 1 | 2): Head {
  const roles: Array<Role | undefined> = new Array(lines.length);
  mark(roles, 0, 0, 'headerMark');
  if (headLines === 2) mark(roles, 1, 1, 'docNumber');
  const at = decreeInstrument(lines, 0);
  if (at > 0 && isTitleLike(textAt(lines, at))) mark(roles, at, titleEnd(lines, at), 'title');
  return {
    roles,
    end: headLines,
    docNumber,
    glued: null,
    decree: true,
  };
}

/** A document's head: the mark, then the number over the title, glued before it, or under it. */
function documentHead(lines: Line[]): Head {
  const roles: Array<Role | undefined> = new Array(lines.length);
  const k = markEnd(lines);
  if (k > 0) mark(roles, 0, k - 1, 'headerMark');
  const numbered = k < lines.length ? gluedSerial(textAt(lines, k)) : null;
  if (numbered) {
    mark(roles, k, k, 'title');
    return {
      roles,
      end: k + 1,
      docNumber: normalizeTitle(numbered.title).replace(/\s/g, '') + numbered.serial,
      glued: null,
      trailing: numbered.printed,
      decree: false,
    };
  }
  const over = numberAt(lines, k);
  if (over) {
    mark(roles, k, k, 'docNumber');
    const from = pastRunningLines(lines, k + 1);
    const end = titleEnd(lines, from);
    mark(roles, from, end, 'title');
    return { roles, end: end + 1, docNumber: over, glued: null, decree: false };
  }
  const glued = k < lines.length ? leadingDocNumber(textAt(lines, k)) : null;
  if (glued) {
    const end = titleEnd(lines, k);
    mark(roles, k, end, 'title');
    return { roles, end: end + 1, docNumber: glued.docNumber, glued: glued.printed, decree: false };
  }
  // A number or an adoption note under the title may end it early: the title is the span up to it.
  let end = titleEnd(lines, k);
  for (let j = k; j <= k + 2; j++) {
    if ((numberAt(lines, j + 1) || adoptionAt(lines, j + 1)) && titleSpan(lines, k, j)) {
      end = j;
      break;
    }
  }
  mark(roles, k, end, 'title');
  const adoption = adoptionAt(lines, end + 1);
  if (adoption) {
    mark(roles, end + 1, end + adoption.lines, 'subtitle');
    return {
      roles,
      end: end + adoption.lines + 1,
      docNumber: null,
      glued: null,
      decree: false,
      adopted: adoption.date,
      ...(adoption.organ && { adoptedBy: { organ: adoption.organ, line: lines[end + 1]!.no } }),
    };
  }
  const under = end + 1;
  const printed = lines
    .slice(k, end + 1)
    .map((l) => l.text)
    .join('');
  const own = under < lines.length ? ownNumberDated(textAt(lines, under)) : null;
  const docNumber =
    own?.docNumber ??
    (under < lines.length ? ownNumberLine(textAt(lines, under)) : null) ??
    (under < lines.length ? seriesNumber(printed, textAt(lines, under)) : null);
  if (docNumber === null) return { roles, end: under, docNumber: null, glued: null, decree: false };
  mark(roles, under, under, 'docNumber');
  return { roles, end: under + 1, docNumber, glued: null, decree: false, adopted: own?.date };
}

/**
 * …通告 over （第9号）: the number is the organ's series and its serial, as a 令's is
 * (…指挥部通告第1号; …指挥部关于…的通告 over (2022年第14号) is …指挥部通告2022年第14号).
 * (A serial printed 【9号令】 numbers it among the organ's 令.)
 */
function seriesNumber(printedTitle: string, line: string): string | null {
  const read = serial(line);
  const title = normalizeTitle(printedTitle).replace(/\s/g, '');
  const series = SERIAL_TITLE.exec(title)?.[0];
  if (!read || !series) return null;
  const organ = issuersInTitle(title)[0];
  if (!organ) return title + read.serial;
  return `${squeeze(organ)}${read.decree ? '令' : series}${read.serial}`;
}

/** The title the head's title lines print; a 令 without one is named by its number. */
function titleOf(lines: Line[], head: Head): string {
  const titleLines = lines.filter((_, i) => head.roles[i] === 'title');
  const titleText = titleLines
    .map((l) => l.text)
    .join(' ')
    .trim()
    .slice(head.glued?.length ?? 0, head.trailing ? -head.trailing.length : undefined);
  return titleLines.length > 0 ? normalizeTitle(titleText) : head.decree ? head.docNumber! : '';
}

/** What the item is, by its title and, for a listing printed without one, by the table after the head. */
function kindOf(title: string, docNumber: string | null, rest: Line[]): Kind {
  return isChronicleTitle(title)
    ? 'chronicle'
    : isListingTitle(title) || (docNumber === null && isListingTable(rest.map((l) => l.text)))
      ? 'listing'
      : docNumber === null && isOtherTitle(title)
        ? 'other'
        : 'document';
}

/** 大事记/目录 carry their period under the title: (2017年11-12月), 2021年4月1日—2021年4月31日. */
function markSubtitle(lines: Line[], { roles, end }: Marked, kind: Kind): Marked {
  const s = squeeze(textAt(lines, end));
  if (
    kind === 'document' ||
    end >= lines.length ||
    width(s) > 40 ||
    !/^[（(].*[)）]$|^\d{4}\s*年.*[—－-]/.test(s)
  )
    return { roles, end };
  const next = [...roles];
  mark(next, end, end, 'subtitle');
  return { roles: next, end: end + 1 };
}

// A text's first sentence may end in a colon too: 为了…，作如下决定： / 现将有关事项通告如下： /
// 鉴于…，现发布如下命令:
const OPENING_SENTENCE =
  /^(?:为了|为[^：:]{2,}[，,]|根据|按照|依据|依照|鉴于)|如下\p{Script=Han}{0,4}[：:]$/u;

/** 主送机关: the line ending in a colon right under the head (it may wrap once). */
function markAddressees(lines: Line[], { roles, end: k }: Marked, kind: Kind): Marked {
  if (kind !== 'document') return { roles, end: k };
  for (let j = k; j <= k + 1 && j < lines.length; j++) {
    const s = squeeze(textAt(lines, j));
    if (
      /[：:]$/.test(s) &&
      width(s) <= 200 &&
      outlineLevel(s) === 0 &&
      !/。/.test(s) &&
      !OPENING_SENTENCE.test(s)
    ) {
      const next = [...roles];
      mark(next, k, j, 'addressees');
      return { roles: next, end: j + 1 };
    }
    // A list of addressees goes on after a comma, or where a hard wrap cut it (各乡镇人民政府，区直各 / 部门：).
    if (!/[，、]$/.test(s) && !(/^各|[，、]/.test(s) && !/[。；！？]/.test(s))) break;
  }
  return { roles, end: k };
}

/** The rest: closings (signature, date, 附注), 版记 and attachments; what stays open is the text. */
function markClosings(lines: Line[], { roles: given, end: k }: Marked): Array<Role | undefined> {
  const roles = [...given];
  const text = (i: number) => textAt(lines, i);
  for (let i = k; i < lines.length; i++) {
    const t = text(i);
    const label = isAttachmentLabel(t);
    if (roles[i]) continue;
    if (isDateLine(t)) {
      roles[i] = 'date';
      let b = i - 1;
      for (; b >= k && b >= i - 4 && roles[b] === undefined && isOrganLine(text(b)); b--)
        roles[b] = 'signature';
      // A long name the signature broke over two lines (…感染的肺炎 / 防控工作指挥部): the first
      // part has no punctuation and stands after the end of a sentence, or it opens with a
      // place's name as an organ's name does (天台县新型冠状病毒 / 肺炎疫情防控指挥部, under a
      // last line that ends without a stop: 如有疑问,请咨询… 12345).
      if (
        b < i - 1 &&
        b >= k &&
        roles[b] === undefined &&
        isNameFragment(text(b)) &&
        (b === k ||
          TERMINAL.test(text(b - 1).trim()) ||
          CLOSING_FORMULA.test(squeeze(text(b - 1))) ||
          PLACE_FIRST.test(squeeze(text(b))))
      )
        roles[b] = 'signature';
      for (let a = i + 1; a < lines.length && a <= i + 2 && isNote(text(a)); a++) roles[a] = 'note';
    } else if (isPrintingLine(t)) {
      roles[i] = 'printing';
      if (printedDateOf(t) && i - 1 >= k && roles[i - 1] === undefined && isOrganLine(text(i - 1)))
        roles[i - 1] = 'printing';
    } else if (label && /^\s*1\s*[.．、]/.test(text(i + 1))) {
      // 附件： on a line of its own over a numbered list is the 附件说明, not an attachment's label.
      roles[i] = 'attachmentNote';
      while (i + 1 < lines.length && /^\s*\d{1,2}\s*[.．、]/.test(text(i + 1)))
        roles[++i] = 'attachmentNote';
    } else if (label) {
      roles[i] = 'attachmentLabel';
      if (i + 1 < lines.length && isTitleLike(text(i + 1))) roles[++i] = 'attachmentTitle';
    } else if (attachmentNote(t) !== null) {
      roles[i] = 'attachmentNote';
      while (
        i + 1 < lines.length &&
        /^\s*\d{1,2}\s*[.．、]/.test(text(i + 1)) &&
        isTitleLike(text(i + 1))
      )
        roles[++i] = 'attachmentNote';
    }
  }
  return roles;
}

/**
 * Instruments a 印发/转发 notice carries inline: the title right after the notice's
 * closing, and any title that repeats one of the names the notice's title gives (on one line,
 * or broken over up to three); an adoption note under such a title (（…会议通过）) is the
 * instrument's, never the notice's date.
 */
function markEmbedded(
  lines: Line[],
  { roles: given, end: k }: Marked,
  title: string,
): { roles: Array<Role | undefined>; continued: Set<number> } {
  const roles = [...given];
  // The lines after the first of a title broken over several: one part with it.
  const continued = new Set<number>();
  const names = new Set(instrumentNames(title).map(matchKey));
  const closing = roles.findIndex((r) => r === 'date');
  let first = closing >= 0 ? closing + 1 : -1;
  while (first >= 0 && first < lines.length && roles[first] !== undefined) first++;
  for (let i = k; i < lines.length; i++) {
    if (roles[i] !== undefined) continue;
    const t = textAt(lines, i);
    const span = namedSpan(lines, roles, i, names);
    const n = span > 1 || ((span === 1 || i === first) && isTitleLike(t)) ? Math.max(span, 1) : 0;
    if (n === 0) continue;
    mark(roles, i, i + n - 1, 'embeddedTitle');
    for (let j = i + 1; j < i + n; j++) continued.add(j);
    const note = roles[i + n] === undefined ? adoptionAt(lines, i + n) : null;
    if (note) mark(roles, i + n, i + n + note.lines - 1, 'subtitle');
    i += n - 1 + (note?.lines ?? 0);
  }
  return { roles, continued };
}

/** How many lines from i (one to three, none read yet) print one of the names together; 0 if none. */
function namedSpan(lines: Line[], roles: Array<Role | undefined>, i: number, names: Set<string>) {
  let key = '';
  for (let j = i; j < Math.min(lines.length, i + 3) && roles[j] === undefined; j++)
    if (names.has((key += lineKey(lines[j]!)))) return j - i + 1;
  return 0;
}

/** The first line with the role in the document's own body, before any instrument or attachment it carries; -1 if none. */
function ownIndex(roles: Role[], role: Role): number {
  const stop = roles.findIndex((r) => r === 'embeddedTitle' || r === 'attachmentLabel');
  return roles.findIndex((r, i) => r === role && (stop < 0 || i < stop));
}

/**
 * 发文机关: the signature over the date, else the 令's organ (both printed as the issuer), else
 * inferred from the header mark or the organs the title names — with where they were taken from.
 */
function issuersOf(
  lines: Line[],
  roles: Role[],
  dateAt: number,
  decree: boolean,
  title: string,
  /** The organ the 发文字号's 机关代字 names, if it is the gazette's own government. */
  coded: string | null,
  /** The organ a 政策解读 names under its title (解读机关：…). */
  interpreter: string | null,
  /** The organ whose meeting adopted it, by the note under its title. */
  adoptedBy: { organ: string; line: number } | null,
): { names: string[]; from?: Omit<Inference, 'field'> } {
  if (interpreter) return { names: [interpreter] };
  const signature = signatureOver(lines, roles, dateAt);
  const headerMark =
    roles[0] === 'headerMark'
      ? lines
          .filter((_, i) => roles[i] === 'headerMark')
          .map((l) => squeeze(l.text).replace(/文件$/, ''))
      : null;
  // A signature may shorten the name its mark prints in full (嘉定区… under 上海市嘉定区…).
  const fuller = (name: string) =>
    headerMark?.find((m) => m.endsWith(squeeze(name)) && m !== squeeze(name)) ?? name;
  if (signature.length > 0) return { names: signature.map(fuller) };
  if (decree) return { names: [decreeOrgan(textAt(lines, 0))] };
  if (headerMark)
    return {
      names: headerMark.flatMap((m) => m.split(/\s+/)),
      from: { from: 'headerMark', line: lines[0]!.no },
    };
  const named = issuersInTitle(title);
  const titleAt = roles.indexOf('title');
  if (named.length > 0 && titleAt >= 0)
    return { names: named, from: { from: 'title', line: lines[titleAt]!.no } };
  // The number's own line, or the title's when the number is glued before it (深龙府〔2012〕56号关于…).
  const numberAt = roles.includes('docNumber') ? roles.indexOf('docNumber') : titleAt;
  if (named.length === 0 && coded && numberAt >= 0)
    return { names: [coded], from: { from: 'docNumber', line: lines[numberAt]!.no } };
  // An instrument adopted at a meeting, signed by no one, is the organ's that held the meeting.
  return adoptedBy
    ? { names: [adoptedBy.organ], from: { from: 'adoption', line: adoptedBy.line } }
    : { names: named };
}

// 解读机关：… (解读单位, 发布机关) under a 政策解读's title names who interprets it: its issuer,
// whatever 《…》 lines follow.
const INTERPRETER = /^(?:解读|发布)(?:机关|单位|部门)$/;

/** The organ a label line within three lines of the head names (解读机关：江城市临河区公安分局), or null. */
function interpreterUnder(lines: Line[], from: number): string | null {
  for (const line of lines.slice(from, from + 3)) {
    const field = labelValue(line.text);
    if (field && INTERPRETER.test(field.label) && isOrganLine(field.value))
      return squeeze(field.value);
  }
  return null;
}

const SESSION_FIRST = /^第[〇零一二三四五六七八九十百\d]+次/;

/** The organs signed over the date line at `dateAt`, a name broken over two lines joined again. */
function signatureOver(lines: Line[], roles: Role[], dateAt: number): string[] {
  const signature: string[] = [];
  for (let i = dateAt - 1; dateAt > 0 && i >= 0 && roles[i] === 'signature'; i--) {
    const t = textAt(lines, i);
    // A part that opens with a meeting's ordinal (第二次会议主席团) is the rest of the name above
    // it (攸县第十八届人民代表大会 / 第二次会议主席团): no organ's name opens so.
    if (isOrganLine(t) && !(signature.length > 0 && SESSION_FIRST.test(signature[0]!)))
      signature.unshift(...organsOf(t));
    else if (signature.length > 0) signature[0] = squeeze(t) + signature[0]; // the first part of a broken name
  }
  return signature;
}

/** A date the calendar lacks (4月31日) is kept as printed, with a warning. */
function warnNonexistentDates(lines: Line[], report: Report): void {
  for (const line of lines) {
    for (const d of findDates(line.text)) {
      if (d.iso === null)
        report.warn(line.no, 'date-does-not-exist', { date: `${d.year}年${d.month}月${d.day}日` });
    }
  }
}

/** The 发文字号 the item names outside its own number line, its own number left out. */
function citesOf(lines: Line[], roles: Role[], docNumber: string | null): string[] {
  return findDocNumbers(
    lines
      .filter((_, i) => roles[i] !== 'docNumber')
      .map((l) => l.text)
      .join('\n'),
  ).filter((n) => n !== docNumber);
}

/** The 印发日期 of the first 版记 line that prints one. */
function printedDateIn(parts: Part[]): string | null {
  const printed = parts
    .filter((p) => p.role === 'printing')
    .map((p) => printedDateOf(p.lines[0]!.text))
    .find((d) => d);
  return printed?.iso ?? null;
}

/**
 * The 成文日期 of a date line. When the converter lost the year's digits (年2月9日), the year
 * is the one the context leaves: the year of the document's own number, else the year
 * if the date is not after the publication or that is unknown (the year is then recorded
 * as inferred);
 * else null, with a warning.
 */
function signedOn(
  line: Line,
  docNumber: string | null,
  context: ItemContext,
  report: Report,
): { iso: string | null; yearFrom?: 'docNumber' | 'issue' } | null {
  const read = dateLine(line.text)!;
  if (read.date) return { iso: read.date.iso };
  if (read.month === 0) {
    report.warn(line.no, 'date-unreadable', { text: line.text.trim() });
    return null;
  }
  const numbered = Number(/〔(\d{4})〕/.exec(docNumber ?? '')?.[1]) || null;
  const published = context.published?.split('-').map(Number);
  // Without the date, the year is the guess (recorded as inferred).
  const notLater =
    !published ||
    read.month < published[1]! ||
    (read.month === published[1]! && read.day <= published[2]!);
  const candidates = [numbered, notLater ? context.year : null].filter(
    (y): y is number => y !== null && String(y).endsWith(read.yearDigits),
  );
  const year = candidates[0];
  const printed = `${read.yearDigits}年${read.month}月${read.day}日`;
  if (year === undefined) {
    report.warn(line.no, 'date-year-unknown', { date: printed });
    return null;
  }
  // Not a warning: the record says the year was inferred, and the review lists it.
  return {
    iso: makeDate(year, read.month, read.day).iso,
    yearFrom: year === numbered ? 'docNumber' : 'issue',
  };
}

// The formula that closes a text before its signature: 特此通告, 此复, 特此函告.
const CLOSING_FORMULA = /^(?:特此|此复|此令|此布|专此)/;
// A place's name at the start of an organ's: 天台县…, 中共某区…, 新疆维吾尔自治区….
const PLACE_FIRST =
  /^(?:中共)?(?![全各本我该])\p{Script=Han}{2,10}?(?:自治区|自治州|自治县|省|市|区|县|旗|盟|州)/u;

/** The first part of an organ name broken over two lines: Han text without punctuation. */
function isNameFragment(text: string): boolean {
  const s = squeeze(text);
  return (
    width(s) >= 4 && width(s) <= 25 && /^\p{Script=Han}+$/u.test(s) && !CLOSING_FORMULA.test(s)
  );
}

/**
 * How many lines the 发文机关标志 takes at the top of an item: a …文件 line (with the organs of
 * a 联合发文 on lines of their own above it), or organ names alone above the number or title.
 */
function markEnd(lines: Line[]): number {
  const number = (i: number) => i < lines.length && docNumberLine(lines[i]!.text) !== null;
  let h = 0;
  while (h < 3 && h < lines.length && isMarkOrgan(lines[h]!.text) && !isHeaderMark(lines[h]!.text))
    h++;
  if (h < lines.length && isHeaderMark(lines[h]!.text) && (number(h + 1) || number(h + 2)))
    return h + 1;
  // Organ lines above 关于… are the title's first line, not a mark.
  return h > 0 &&
    h < lines.length &&
    !TITLE_VERB.test(squeeze(lines[h]!.text)) &&
    documentHeadAt(lines, h)
    ? h
    : 0;
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

/** The item's lines by role; `continued` holds the lines that run on from a single-line role's line (a title's rest). */
function toParts(lines: Line[], roles: Role[], continued: Set<number>): Part[] {
  const parts: Part[] = [];
  // Each signature, date, 附注 and 版记 line is an element of its own; the others run on.
  const single = new Set<Role>([
    'signature',
    'date',
    'note',
    'printing',
    'attachmentLabel',
    'embeddedTitle',
    'attachmentTitle',
  ]);
  lines.forEach((line, i) => {
    const last = parts.at(-1);
    if (last && last.role === roles[i] && (!single.has(roles[i]!) || continued.has(i)))
      last.lines.push(line);
    else parts.push({ role: roles[i]!, lines: [line] });
  });
  return parts;
}

function addresseesOf(lines: Line[]): string[] {
  const s = squeeze(lines.map((l) => l.text).join('')).replace(/[：:]$/, '');
  return s
    ? s
        .split(/[，,；;]/)
        .map((a) => a.trim())
        .filter(Boolean)
    : [];
}

/** 附件说明 (附件：1. 甲 2. 乙) lists the attachments; without one, the attachment sections' titles do. */
function attachmentsOf(parts: Part[]): string[] {
  const note = parts
    .filter((p) => p.role === 'attachmentNote')
    .flatMap((p) => p.lines.map((l) => l.text))
    .join('\n');
  const listed = note.replace(/^\s*附\s*件?\s*[:：]\s*/, '');
  if (listed.trim()) {
    return listed
      .split(/(?:^|\n)\s*\d{1,2}\s*[.．、]\s*/)
      .map((a) => normalizeTitle(a).replace(/[；;，,。]$/, ''))
      .filter(Boolean);
  }
  return parts
    .filter((p) => p.role === 'attachmentTitle')
    .map((p) => normalizeTitle(p.lines[0]!.text));
}

/** The relations read from the running text, then every other cited 发文字号 as a plain citation. */
function relationsOf(read: Relation[], cites: string[]): Relation[] {
  const numbers = new Set(read.map((r) => r.docNumber));
  return [
    ...read,
    ...cites
      .filter((n) => !numbers.has(n))
      .map((n): Relation => ({ type: 'cites', docNumber: n, title: null })),
  ];
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
