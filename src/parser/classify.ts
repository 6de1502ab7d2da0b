// What a single line of a gazette can be, judged from its text alone. The structural
// passes (toc, items, document) combine these; none of them is keyed to one gazette.
import { DATE_PATTERN, dateLine, findDate, findDates, isDateLine } from './date.ts';
import { docNumberLine, findDocNumbers, serial, toAsciiDigits } from './docNumber.ts';
import { ORGAN_SUFFIX, squeeze, width } from './text.ts';

// A section label (栏目) is set off by decoration at its ends, whatever marks a gazette chooses
// (【区政府文件】, ［…］, 〖…〗, ★…, ▲…, ▍…, ◆ … ◆), in the TOC and over the items of the body
// alike: a label, never a title or a header mark. Decoration is any run of symbols and
// punctuation (Unicode S*, P*) and spaces, except the marks wording is written with, which a
// title or a sentence may open or end with: a clause's and a sentence's (特此通知。, 附件：),
// quotation and book-title marks (“…”, 《…》), round brackets (（试行）), dashes and ellipses
// (——权责一致, ……).
const WORDING_MARKS = '。，、；：？！.,;:?!“”‘’"\'「」『』《》〈〉（）()…⋯—–\\-';
const DECORATION = `(?:(?![${WORDING_MARKS}])[\\p{S}\\p{P}\\s])+`;
const DECORATED = new RegExp(`^(${DECORATION})?(.*?)(${DECORATION})?$`, 'u');
// A decoration inside is no label's: cells of a table row (| 主办 | …机关 |).
const INNER_DECORATION = new RegExp(`(?![${WORDING_MARKS}])[\\p{S}\\p{P}]`, 'u');

// A bullet before an item of a list or a row of a listing: a shape, whatever one a gazette
// chooses (Unicode's arrows, block elements, geometric shapes, symbols and dingbats: ▲ ● ■ ◆ ★
// ▶ ▍ ➤ ⭐), • or ※; not a sign that may open a wrapped line (℃, ￥, 〔2022〕7号).
export const BULLET = /^\s*[\u2190-\u21ff\u2580-\u27bf\u2b00-\u2bff\u2022\u203b]/;

// A label wrapped whole in one pair of book-title marks names a class of documents
// (〈县议事协调机构文件〉): no title is ever printed so.
const BOOK_WRAPPED = /^(?:〈([^〈〉]+)〉|《([^《》]+)》)$/;

// A label between two runs of dashes (——县政府文件——): wording opens or ends with a dash, never
// both at once; a page number is set so too (— １ —), a label is words.
const DASH_WRAPPED = /^[—–-]{1,4}\s*((?=.*\p{Script=Han}.*\p{Script=Han})[^—–-]+?)\s*[—–-]{1,4}$/u;

/** The label a line prints set off by decoration, without it; else null. */
export function sectionLabel(text: string): string | null {
  const line = text.trim();
  if (line.length > 60) return null; // a label is short: a long line is not tried
  const book = BOOK_WRAPPED.exec(line);
  if (book) {
    const label = (book[1] ?? book[2])!.trim();
    return isDocumentsLabel(label) && !INNER_DECORATION.test(label) ? label : null;
  }
  const dashed = DASH_WRAPPED.exec(line)?.[1];
  if (dashed !== undefined)
    return (isShortLabel(dashed) || isDocumentsLabel(dashed)) && !INNER_DECORATION.test(dashed)
      ? dashed
      : null;
  const m = DECORATED.exec(line);
  if (!m || !(m[1] ?? m[3])) return null;
  const label = m[2]!;
  if (label === '' || INNER_DECORATION.test(label)) return null;
  const closed = m[1] !== undefined && m[3] !== undefined;
  return isShortLabel(label) || (closed && isDocumentsLabel(label)) ? label : null;
}

// A notice that carries an instrument inline: 关于印发《…》的通知 (转发, 批转, 颁布, 发布).
export const PUBLISHING_NOTICE = /印发|转发|批转|颁布|发布/;

/** The names of the instruments a 印发 notice's title announces: 《…》, or what stands between 印发 and 的通知. */
export function instrumentNames(title: string): string[] {
  const quoted = [...title.matchAll(/《([^》]+)》/g)].map((m) => m[1]!);
  if (quoted.length > 0) return quoted;
  const m = /(?:印发|转发|批转|颁布|发布)(.+?)的(?:通知|决定)$/.exec(title);
  return m ? [m[1]!, ...m[1]!.split(/和|及|、/)] : [];
}

/** Short, no digits, no page after it: 昆区政府文件, 发文目录. */
export function isShortLabel(text: string): boolean {
  const s = squeeze(text);
  return width(s) <= 16 && !/\d/.test(s) && !PAGE_TAIL.test(text);
}

/**
 * A label that names a class of documents, …文件, at any length a header mark has:
 * 第十届全国人民代表大会第五次会议文件 heads the documents of a meeting. No digits, and none of
 * the words of a title (国务院办公厅关于全面推行行政规范性文件 / 合法性审核机制的指导意见 breaks
 * after 文件). (…目录 is left out: a catalogue is a document too, 产业结构调整指导目录.)
 */
export function isDocumentsLabel(text: string): boolean {
  const s = squeeze(text);
  return (
    /^[^\d０-９]{2,40}文件$/u.test(s) && !/关于|印发|转发|批转|的/.test(s) && !PAGE_TAIL.test(text)
  );
}

/**
 * 文种 that a title can end with. A 文种 is one of the 15 kinds of the 党政机关公文处理工作条例
 * (2012, 第八条: 决议 决定 命令（令） 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要),
 * or a kind of 规章 or 规范性文件 (办法 规定 细则 规则 条例); what stands before it in a title
 * is the name's, not the kind's: …实施意见 is an 意见, …暂行管理办法 and …实施办法 are 办法,
 * …管理规定 a 规定, …实施细则 a 细则. The others are kinds gazettes print documents as besides:
 * 答复 (to a 建议 or 提案), and the 方案, 规划, 计划, 纲要 a notice issues when printed alone.
 * 命令 comes before 令, which it ends with.
 */
export const DOC_TYPES = [
  '决议',
  '决定',
  '命令',
  '令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
  '办法',
  '规定',
  '细则',
  '规则',
  '条例',
  '答复',
  '方案',
  '规划',
  '计划',
  '纲要',
];

// What ends the title of an item that is no 公文: 政策解读, 图解, 答记者问, 人事任免 lists.
const OTHER_END = '(?:解读|图解|答记者问|人事任免|任免(?:名单|信息|事项))';
const TITLE_END = new RegExp(
  `(?:${DOC_TYPES.join('|')}|大事记|目录|${OTHER_END})(?:[（(][^）)]{1,12}[）)])?$`,
);
const OTHER_TITLE = new RegExp(`${OTHER_END}$`);
const SENTENCE_PUNCT = /[。；！？!?]/;

/** 发文机关标志: 某某人民政府文件 (joint issuers may share one line). */
export function isHeaderMark(text: string): boolean {
  if (!/件\s*$/.test(text)) return false;
  const s = squeeze(text);
  // A title's first line can end in 文件 too (…行政规范性文件 / 合法性审核机制的指导意见).
  return (
    /^\p{Script=Han}[\p{Script=Han}\s（）()]{1,40}文件$/u.test(s) &&
    width(s) <= 42 &&
    !/关于|印发|转发|批转|的/.test(s)
  );
}

/** The mark of a 令 (中华人民共和国国务院令, 某市人民政府令): an organ's name and 令, nothing else. */
export function isDecreeMark(text: string): boolean {
  if (!/令\s*$/.test(text)) return false;
  const s = squeeze(text);
  return (
    width(s) <= 30 &&
    /^\p{Script=Han}{2,28}(?:政府|国务院|委员会|部|局|署|院|厅|室|行)令$/u.test(s) &&
    !/关于|的/.test(s)
  );
}

/** The organ that issues a 令, as it is cited: 中华人民共和国国务院令 → 国务院, 深圳市人民政府令第155号 → 深圳市人民政府. */
export function decreeOrgan(mark: string): string {
  return squeeze(mark)
    .replace(/^中华人民共和国/, '')
    .replace(/(?:第?[\d０-９]{1,4}号)?令(?:第[\d０-９]{1,4}号)?$/, '');
}

// A 决议/决定/条例 prints its adoption under its title, in brackets, over one or two lines:
// （2023年12月29日第十四届全国人民代表大会常务委员会第七次会议通过）; or without brackets, an
// event a line (2015年7月29日…会议通过 / 2018年6月7日…会议修订).
const ADOPTION_VERB = '(?:通过|批准|决定|公布|发布|修订|修正)';
const ADOPTION = new RegExp(`^[（(][^（()）]{0,160}${ADOPTION_VERB}[)）]$`);
const BARE_EVENT = new RegExp(`^[^（()）。；，,：:]{0,80}${ADOPTION_VERB}$`);
const VERB_LAST = new RegExp(`${ADOPTION_VERB}\\s*$`);

/**
 * The adoption note under a title at lines[i] (one line, or two the converter broke; without
 * brackets, up to three events a line): the date of its last event, the text as it stands
 * (2015年…通过 / 2018年…修订 is dated by the 修订), and how many lines it takes; else null.
 */
export function adoptionAt(
  lines: Array<{ text: string }>,
  i: number,
): { date: string | null; organ: string | null; lines: number } | null {
  const first = lines[i]?.text ?? '';
  if (/^\s*[（(]/.test(first)) {
    for (let n = 1; n <= 2 && i + n <= lines.length; n++) {
      const s = squeeze(
        lines
          .slice(i, i + n)
          .map((l) => l.text)
          .join(''),
      );
      if (!/^[（(]/.test(s) || width(s) > 160) return null;
      if (ADOPTION.test(s)) return datedNote(s, n);
    }
    return null;
  }
  let n = 0;
  while (n < 3 && i + n < lines.length && isBareEvent(lines[i + n]!.text)) n++;
  return n > 0
    ? datedNote(
        lines
          .slice(i, i + n)
          .map((l) => l.text)
          .join('\n'),
        n,
      )
    : null;
}

/** One event of an adoption note printed without brackets: a date, the meeting, the verb. */
function isBareEvent(text: string): boolean {
  if (!VERB_LAST.test(text) || !/^\s*[\d０-９一二三四五六七八九〇○]/.test(text)) return false;
  const s = squeeze(text);
  const date = findDate(s);
  return date !== null && date.index === 0 && date.length < width(s) && BARE_EVENT.test(s);
}

function datedNote(
  note: string,
  lines: number,
): { date: string | null; organ: string | null; lines: number } | null {
  const first = findDate(note);
  if (!first || first.index > 2) return null;
  const held = [...toAsciiDigits(squeeze(note)).matchAll(HELD)].at(-1)?.groups?.meeting;
  return { date: findDates(note).at(-1)!.iso, organ: held ? meetingBody(held) : null, lines };
}

// The meeting an adoption names, after its date: …第十八届人民代表大会第二次会议, …常务委员会第二十次会议.
const MEETING = '(?<meeting>[^，,。；：:（()）《》\\s]{2,60}?会议)';
const VOTE = '(?:表决|审议)?';
// The organ that adopted the text as it stands: the last that passed or revised it, not one that
// approved it (…人民代表大会第四次会议通过 / …自治区…常务委员会…会议批准: the city's 人民代表大会's).
const HELD = new RegExp(`(?:${DATE_PATTERN})[，,]?${MEETING}${VOTE}(?:通过|修订|修正)`, 'g');
const ORDINAL = '第[〇零一二三四五六七八九十百\\d]+';
const SESSION = new RegExp(`${ORDINAL}次(?:全体)?会议$`);
const TERM = new RegExp(`${ORDINAL}届`);

/**
 * The organ that holds a meeting, and adopts what it adopts: 攸县第十八届人民代表大会第二次会议 →
 * 攸县人民代表大会, 第十四届全国人民代表大会常务委员会第七次会议 → 全国人民代表大会常务委员会 (a
 * term and a session are the meeting's, not the organ's); null when no organ is named.
 */
export function meetingBody(meeting: string): string | null {
  if (!SESSION.test(meeting)) return null;
  const body = meeting.replace(SESSION, '').replace(TERM, '');
  return isMarkOrgan(body) ? body : null;
}

/**
 * A name a title opens with as its issuer's: an organ's (…人民政府, …法院), or a meeting of one,
 * which adopts a 决议 in its own name (第十届全国人民代表大会第五次会议关于…的决议).
 */
export function isIssuerName(name: string): boolean {
  return ORGAN_SUFFIX.test(name) || meetingBody(name) !== null;
}

// A text that reports an adoption of an instrument it names: an 人大 公告 over what it
// publishes. 2022年2月25日,攸县第十八届人民代表大会第二次会议表决通过了《攸县人民代表大会议事规则》;
// 《…的决定》已由天津市第十八届人民代表大会常务委员会第二十次会议于2025年7月30日通过.
const BOOK = '《(?:[^《》]|《[^《》]*》){1,200}》';
const QUOTED = `《(?<title>(?:[^《》]|《[^《》]*》){1,200})》`;
const NAMED = new RegExp(BOOK, 'g');
const REPORTED = [
  // …审议并通过了《甲》、《乙》: every instrument of the list.
  new RegExp(
    `(?<date>${DATE_PATTERN})[，,]?${MEETING}${VOTE}并?通过了?(?<titles>${BOOK}(?:[、，,和及与]${BOOK}){0,20})`,
    'g',
  ),
  new RegExp(
    `${QUOTED}已?(?:由|经)(?<before>${DATE_PATTERN})?${MEETING}于?(?<date>${DATE_PATTERN})?${VOTE}通过`,
    'g',
  ),
];

export interface ReportedAdoption {
  /** The instrument as the text names it, in 《》. */
  title: string;
  /** The organ whose meeting adopted it. */
  organ: string;
  date: string | null;
}

/** Every adoption a text reports of an instrument it names in 《》, by an organ's meeting. */
export function adoptionsReported(text: string): ReportedAdoption[] {
  const s = toAsciiDigits(squeeze(text));
  return REPORTED.flatMap((pattern) =>
    [...s.matchAll(pattern)].flatMap(({ groups }) => {
      const organ = meetingBody(groups!.meeting!);
      const printed = groups!.date ?? groups!.before;
      const date = printed ? (findDate(printed)?.iso ?? null) : null;
      const titles = groups!.titles
        ? [...groups!.titles.matchAll(NAMED)].map((m) => m[0].slice(1, -1))
        : [groups!.title!];
      return organ ? titles.map((title) => ({ title, organ, date })) : [];
    }),
  );
}

/**
 * A title of a numbered series with its serial glued after it on one line:
 * …指挥部办公室通告(第1号), …公告（第3号）: the title and the serial (第1号).
 */
export function gluedSerial(
  text: string,
): { title: string; serial: string; printed: string } | null {
  const m = /^(.{4,}?(?:通告|公告|令))\s*([(（]\s*第?\s*[\d０-９]{1,4}\s*号\s*[)）])\s*$/.exec(
    text.trim(),
  );
  const read = m ? serial(m[2]!) : null;
  return m && read && isTitleLike(m[1]!)
    ? { title: m[1]!, serial: read.serial, printed: m[2]! }
    : null;
}

/**
 * A 令's mark and its serial on one line, glued before 令 (…防控工作指挥部6号令, …人民政府第5号令)
 * or after it (深圳市人民政府令第155号, …令 第155号, a space or a wide space between): the organ and
 * the number as printed and cited with its organ (…指挥部6号令, 深圳市人民政府令第155号).
 */
function gluedDecree(text: string): { organ: string; docNumber: string } | null {
  if (!text.includes('令') || !text.includes('号')) return null;
  const m = /^(\p{Script=Han}{2,40}?)(?:(第?)(\d{1,4})号令|令第(\d{1,4})号)$/u.exec(
    toAsciiDigits(squeeze(text)),
  );
  if (!m || !ORGAN_SUFFIX.test(m[1]!) || /关于|的通知/.test(m[1]!)) return null;
  const organ = m[1]!;
  return {
    organ,
    docNumber: m[3] ? `${organ}${m[2]}${Number(m[3])}号令` : `${organ}令第${Number(m[4])}号`,
  };
}

/**
 * A 令's organ and serial at line i: glued on one line, or the organ on a heading line of its
 * own over its serial (红安县…防控指挥部 / 2号令, as a PDF breaks the heading): the decree and the
 * lines it takes.
 */
export function decreeAt(
  lines: Array<{ text: string }>,
  i: number,
): { organ: string; docNumber: string; lines: 1 | 2 } | null {
  const line = lines[i]?.text ?? '';
  const one = gluedDecree(line);
  if (one) return { ...one, lines: 1 };
  const next = lines[i + 1]?.text;
  if (next === undefined || !serial(next)?.decree || !isOrganLine(line)) return null;
  const two = gluedDecree(squeeze(line) + squeeze(next));
  return two ? { ...two, lines: 2 } : null;
}

/** A title that is numbered in a series (…通告 第9号, …公告 第3号, …令 第5号). */
export const SERIAL_TITLE = /(?:通告|公告|令)$/;

/** The page number that ends a TOC entry: after leaders (…… ..... ·), a tab, or in parentheses. */
// Leaders may also be dashes or runs of spaces (…的通知———5, …的通知    5).
export const PAGE_TAIL =
  /(?:[…⋯]+|[.·．・]{2,}|[—－_-]{3,}|\t|\s{2,}|\s(?=[(（]))\s*[(（]?\s*([\d０-９]{1,4})\s*[)）]?\s*$/;

// The printed page's own lines, read two ways. Between items, loosely: a line that merely holds a
// running header or is a page number is no item's title (isRunningLine). Inside a document's
// text, strictly, as the whole line (isPageFurniture): a sentence there may name an issue.
// A running page header or footer the converter left between paragraphs: 福建省人民政府公报 2021年第8期, — 3 —.
const RUNNING_HEADER = /公报[\s\u3000]*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*(?:年|[.．-])/;
const PAGE_FOOTER = /^[\s—\-－–]*\d{1,4}[\s—\-－–]*$/;

/** A running header or footer line (not part of any element of a document). */
export function isRunningLine(text: string): boolean {
  return PAGE_FOOTER.test(text) || RUNNING_HEADER.test(text);
}

/** A page number set between dashes or dots (— 7 —, - 1 -, －３－, ·1·): never a line of a document's text. */
export const DASHED_FOLIO = /^\s*[—\-－–·・]+\s*[\d０-９]{1,4}\s*[—\-－–·・]+\s*$/;
/** A page number alone (7), which a table's cell or a list's number can also be. */
const BARE_FOLIO = /^\s*[\d０-９]{1,4}\s*$/;
const HEADER_ISSUE = String.raw`(?:\d{4}|[〇零一二三四五六七八九]{4})\s*(?:年\s*第?\s*[\d０-９]{1,3}\s*期|[.．]\s*\d{1,2})(?:\s*[(（]\s*总\s*第?\s*\d{1,5}\s*期\s*[)）])?`;
const HEADER_NAME = String.raw`[^\s，。；：,;:《》]{2,24}[公政]报`;
/**
 * A running header: the gazette's name and its issue, either way round, its page number
 * perhaps beside them (国务院公报 2019.1, 和静政报 2009年第1期, 2021年第8期 福建省人民政府公报 6),
 * and nothing else: a sentence that names an issue (在省政府公报2021年第3期上公布) is text.
 */
const HEADER_LINE = new RegExp(
  String.raw`^\s*(?:[\d０-９]{1,4}\s+)?(?:${HEADER_NAME}[\s\u3000]*${HEADER_ISSUE}|${HEADER_ISSUE}[\s\u3000]*${HEADER_NAME})(?:\s+[\d０-９]{1,4})?\s*$`,
);

/**
 * Whether line i of a document's running text is the printed page's (a page number, a running
 * header) rather than the document's. A bare number is only where a page number stands: alone
 * between two elements (under a signature and date), or beside a running header or a dashed
 * page number; elsewhere it is a table's cell or a list's number.
 */
export function isPageFurniture(texts: string[], i: number): boolean {
  const text = texts[i]!;
  const dressed = (t: string | undefined) =>
    t !== undefined && (DASHED_FOLIO.test(t) || HEADER_LINE.test(t));
  if (dressed(text)) return true;
  return (
    BARE_FOLIO.test(text) && (texts.length === 1 || dressed(texts[i - 1]) || dressed(texts[i + 1]))
  );
}

/** A line that can be (part of) a title: short, no sentence punctuation, not a date or number. */
export function isTitleLike(text: string): boolean {
  if (isRunningLine(text) || sectionLabel(text) !== null) return false;
  const s = squeeze(text);
  const w = width(s);
  return (
    w >= 2 &&
    w <= 90 &&
    !SENTENCE_PUNCT.test(s) &&
    !/[：:]|[，,]$/.test(s) &&
    !text.includes('\t') &&
    !isDateLine(s) &&
    !isPrintingLine(s) &&
    docNumberLine(s) === null &&
    !/^[（(].*[)）]$/.test(s) &&
    !PAGE_TAIL.test(text)
  );
}

/** Does the text open more 《 than it closes? */
function opensBook(text: string): boolean {
  let open = 0;
  for (const c of text)
    if (c === '《') open++;
    else if (c === '》' && open > 0) open--;
  return open > 0;
}

/** The 文种 a title ends with, or null. */
export function docTypeOf(title: string): string | null {
  const s = squeeze(title).replace(/[（(][^）)]{1,12}[）)]$/, '');
  return DOC_TYPES.find((t) => s.endsWith(t)) ?? null;
}

export function endsLikeTitle(text: string): boolean {
  // A title that leaves a 《 open goes on: …规划纲要 / (草案征求意见稿)》公开征求意见的公告.
  return TITLE_END.test(squeeze(text)) && !opensBook(text);
}

// A period in brackets after a 大事记's or 目录's name: 大事记（2021年4月）.
const PERIOD_AFTER = /[（(][^（()）]{1,20}[)）]$/;

export function isChronicleTitle(text: string): boolean {
  if (!text.includes('记')) return false;
  const s = squeeze(text);
  return width(s) <= 40 && /大事记$/.test(s.replace(PERIOD_AFTER, ''));
}

// A 发文目录 is named by what it lists: 发文, 文件, or one kind of them (2023年5月市人大常委会决定目录),
// 规章 too, the class of 规定, 办法, 细则… a government's 令 promulgate (2020年12月市政府规章目录).
const LISTING_TITLE = new RegExp(`(?:发文|文件|公文|规章|${DOC_TYPES.join('|')})目录(?:表|索引)?$`);

export function isListingTitle(text: string): boolean {
  if (!/录|索引/.test(text) || sectionLabel(text) !== null) return false;
  const s = squeeze(text);
  return width(s) <= 40 && LISTING_TITLE.test(s.replace(PERIOD_AFTER, ''));
}

/** A 发文目录 printed as a table: most lines are tab-separated rows, and most rows carry a 发文字号. */
export function isListingTable(lines: string[]): boolean {
  const rows = lines.filter((l) => l.includes('\t'));
  const numbered = rows.filter((l) => findDocNumbers(l).length > 0);
  return (
    numbered.length >= 3 &&
    rows.length >= lines.length * 0.6 &&
    numbered.length >= rows.length * 0.5
  );
}

/** An item that is no 公文: 政策解读, 图解, 人事任免 lists, 答记者问. */
export function isOtherTitle(text: string): boolean {
  const s = squeeze(text);
  return width(s) <= 80 && OTHER_TITLE.test(s.replace(PERIOD_AFTER, ''));
}

/** One line of a signature block or 版记: an organ's name and nothing else. */
export function isOrganLine(text: string): boolean {
  const s = squeeze(text);
  return (
    width(s) <= 40 &&
    !/[，。；：:、,（）()]/.test(s) &&
    !text.includes('\t') &&
    ORGAN_SUFFIX.test(s)
  );
}

/** An organ's name on a line of its own above a head: an organ line that is not a title's first line (…关于调整…指挥部). */
export function isMarkOrgan(text: string): boolean {
  return isOrganLine(text) && !/关于|印发|转发|批转|的/.test(squeeze(text));
}

/** The organ names on a signature line (joint issuers may stand on one line, space-separated). */
export function organsOf(text: string): string[] {
  const chunks = text.trim().split(/[\s\u3000]+/);
  return chunks.every((c) => ORGAN_SUFFIX.test(c)) ? chunks : [squeeze(text)];
}

// 公文 outline levels: 一、 （一） 1. （1）
const OUTLINE = [
  /^[一二三四五六七八九十百]{1,3}、/,
  /^[（(][一二三四五六七八九十百]{1,3}[）)]/,
  /^\d{1,2}[.．、](?![\d.．])/,
  /^[（(]\d{1,2}[）)]/,
];

/** Outline level (1-4) of a line that opens with an outline marker, else 0. */
export function outlineLevel(text: string): number {
  const s = text.trim();
  const i = OUTLINE.findIndex((re) => re.test(s));
  return i + 1;
}

/**
 * A line that is an outline heading on its own: marker plus a short phrase, which may hold
 * clauses (四、瞄准农村低收入人口，健全常态化帮扶机制), at most a final 。
 */
export function isOutlineHeading(text: string): boolean {
  const level = outlineLevel(text);
  if (level === 0) return false;
  const rest = squeeze(text)
    .replace(OUTLINE[level - 1]!, '')
    .replace(/。$/, '');
  return width(rest) >= 1 && width(rest) <= 30 && !/[。；;：:！？!?]|[，,、]$/.test(rest);
}

/** The number that opens an article, chapter or section of a 规章 or 规定: 第十九条, 第2章. */
const ARTICLE = /^第[\d０-９一二三四五六七八九十百千零〇]+[条章节]/;

/**
 * A line of a roster: a role and a name (组 长：于 哲 金凤区党委副书记, 召集人、副组长：秦新春 …)
 * or a name and a post (刘 红 区妇联主席). Names are 2-4 characters, two-character ones often
 * padded with a space.
 */
export function isRosterEntry(text: string): boolean {
  const s = text.trim();
  return (
    !/[。；]/.test(s) &&
    // An article of a 规章 (第十九条 住房租金支出由…) is set as a name and a post are.
    !ARTICLE.test(s) &&
    /^(?:[\p{Script=Han}、 \u3000]{1,12}[：:][ \u3000]*)?(?:\p{Script=Han}[ \u3000]\p{Script=Han}|\p{Script=Han}{2,4})[ \u3000]+\p{Script=Han}{2}/u.test(
      s,
    )
  );
}

/** 附注 under the date: a short line wholly in parentheses, e.g. （此件公开发布）. */
export function isNote(text: string): boolean {
  const s = squeeze(text);
  return /^[（(][^（()）]{2,40}[）)]$/.test(s) && !/共印/.test(s);
}

/** Parts of the 版记: 抄送 line, 印发 line, print run. */
export function isPrintingLine(text: string): boolean {
  if (!/抄|共|印/.test(text)) return false;
  const s = squeeze(text);
  return (
    /^抄送[:：]/.test(s) ||
    /^[（(]?共印\d*份[）)]?$/.test(s) ||
    (/印发$/.test(s) && findDate(s) !== null)
  );
}

/** 附件说明 (附件：1. …) or 附：… at the end of the main text; returns the text after the colon. */
export function attachmentNote(text: string): string | null {
  const m = /^\s*附\s*(?:件)?\s*[:：]\s*(\S.*)$/.exec(text);
  return m ? m[1]! : null;
}

/** The label line of an attachment section: 附件 / 附件1 / 附件 2： (title on the next line). */
export function isAttachmentLabel(text: string): boolean {
  if (!/^\s*附/.test(text)) return false;
  return /^附件\s*\d{0,2}\s*[:：]?$/.test(squeeze(text));
}

/** A 大事记 entry opens with its date: 4月1日， / 4 月 1 日 / 同日， */
export function chronicleDate(text: string): { month: number; day: number } | 'same' | null {
  const s = squeeze(text);
  if (/^同日/.test(s)) return 'same';
  const m = /^(\d{1,2})月(\d{1,2})日/.exec(s);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/** label：value on a cover or imprint page (主编：…, 地 址: …). */
export function labelValue(text: string): { label: string; value: string } | null {
  const m = /^\s*(\p{Script=Han}[\p{Script=Han} \u3000]{0,8}?)\s*[:：]\s*(\S.*)$/u.exec(text);
  if (!m) return null;
  const label = m[1]!.replace(/[\s\u3000]/g, '');
  return width(label) <= 6 ? { label, value: m[2]!.trim() } : null;
}

/**
 * A number printed in brackets under the title with the document's date after it, as
 * gazettes reprint a document without its closing: (冀政函〔2010〕57号 2010年4月23日).
 */
export function ownNumberDated(line: string): { docNumber: string; date: string | null } | null {
  // Short (a number and a date): a long line is not tried.
  const inner = line.trim().length <= 60 ? /^\s*[(（](.*)[)）]\s*$/u.exec(line)?.[1] : undefined;
  if (inner === undefined) return null;
  // White space parts them, and either may hold spaces of its own (赣府字 〔2010〕 37 号, then a
  // full-width space, 2010 年 3 月 22 日): each gap is tried.
  for (const gap of inner.matchAll(/\s+/g)) {
    const docNumber = docNumberLine(inner.slice(0, gap.index));
    const date = docNumber ? dateLine(inner.slice(gap.index + gap[0].length))?.date : null;
    if (docNumber && date) return { docNumber, date: date.iso };
  }
  return null;
}
