// Text normalisation shared by the field extractors. Body text is never passed through
// these: it is kept as printed.

/** Han characters, CJK and full-width punctuation: text between which a space is a PDF artefact. */
export const WIDE =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201f\u2026\u2014\u2015\u00b7《》“”‘’…—]/u;

/**
 * Removes the spaces a PDF converter puts inside Chinese text (line-wrap joins, padding of
 * two-character names, spaces around numbers) and keeps a single space between Latin words.
 */
export function squeeze(s: string): string {
  const t = s.trim();
  return t.replace(/[\s\u3000]+/g, (_m, at: number) => {
    const before = t[at - 1] ?? '';
    const after = t[at + _m.length] ?? '';
    return WIDE.test(before) || WIDE.test(after) ? '' : ' ';
  });
}

// Format characters (zero-width space U+200B, joiners U+200C/D, word joiner U+2060, U+FEFF
// inside a line, soft hyphen, direction marks): invisible, never printed, left by converters.
const INVISIBLE = /\p{Cf}/gu;

/** Where the first format character a converter left in a line is, or -1. */
export function invisibleAt(s: string): number {
  return s.search(INVISIBLE);
}

/** The line without its format characters: the parser reads through them. */
export function withoutInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/** Every format character shown as ⟨U+200B⟩, for messages an editor reads. */
export function showInvisible(s: string): string {
  return s.replace(
    INVISIBLE,
    (c) => `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;

/**
 * Text reduced to letters and digits of one width, for comparing a TOC title with a body
 * title: brackets, spaces, line breaks and full-width digits (（第９号） = (第9号)) do not count.
 */
export function matchKey(s: string): string {
  return (FULL_WIDTH.test(s) ? s.normalize('NFKC') : s).replace(/[^\p{L}\p{N}]/gu, '');
}

// The passes that look for a title over one to three lines (announced by the TOC, carried by a
// notice) ask for the same lines' keys again and again: each line's is computed once.
const lineKeys = new WeakMap<object, string>();

/** matchKey of a line's text, computed once per line. */
export function lineKey(line: { text: string }): string {
  let key = lineKeys.get(line);
  if (key === undefined) lineKeys.set(line, (key = matchKey(line.text)));
  return key;
}

/** Length in characters (not UTF-16 code units). */
export function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

/**
 * Names of organs end like this (人民政府, 办公室, 委员会, …局, …指挥部, …领导小组; a 地区's or
 * 盟's government is its 行政公署, a state administration a 总署; a 人民代表大会 session's
 * presidium, which signs its 公告, its 主席团).
 */
export const ORGAN_SUFFIX =
  /(?:人民政府|政府|公署|总署|委员会|常委会|办公室|办公厅|党委|党组|党工委|工委|委|局|厅|部|院|会|办|中心|公司|集团|办事处|法院|检察院|支队|大队|小组|主席团)$/;

/** What follows the issuing organ at the start of a title. */
export const TITLE_VERB = /^(?:关于|印发|转发|批转|颁布|发布|公布)/;

/**
 * A title without PDF artefact spaces. The one space kept is the printed separator between
 * joint issuers at the start of a title (中共某区委员会 某区人民政府关于…).
 */
export function normalizeTitle(s: string): string {
  const chunks = s.trim().split(/[\s\u3000]+/);
  let out = chunks[0] ?? '';
  let leading = !TITLE_VERB.test(out);
  for (let i = 1; i < chunks.length; i++) {
    const next = chunks[i]!;
    // A chunk of one or two characters is the 文种 under the organ (…委员会 / 公 告, 公告),
    // not a second organ.
    const separatesIssuers =
      leading &&
      width(next) > 2 &&
      ORGAN_SUFFIX.test(out) &&
      !TITLE_VERB.test(next) &&
      !/关于|印发|转发/.test(lastChunk(out));
    out += separatesIssuers ? ' ' + next : next;
    if (!separatesIssuers) leading = false;
  }
  return out;
}

/**
 * The title of an instrument a notice carries, from the lines it is printed on: one phrase, a
 * line break inside it no separator (内蒙古自治区人民政府 / 工作规则: no joint issuers there).
 */
export function embeddedTitleOf(lines: Array<{ text: string }>): string {
  return normalizeTitle(lines.map((l) => l.text.trim()).join(''));
}

function lastChunk(s: string): string {
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** Sentence-final punctuation: a line ending with one of these ends its paragraph. */
export const TERMINAL = /[。！？!?；;：:…]$|[。！？；][”’）)》]$/;

/**
 * Chinese numeral digits; 零, and what typists and converters print for 〇 (O, 0, the circles
 * ○ U+25CB and ◯ U+25EF, full-width Ｏ: 二○一○年), are 0 too.
 */
export const HAN_DIGITS = '〇零O0○◯Ｏ一二三四五六七八九';
const HAN_VALUE: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  0: 0,
  '○': 0,
  '◯': 0,
  Ｏ: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const HAN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** A number in Chinese numerals: 四, 十二, 二十一, 一百零五, or digit by digit as years are (二〇二一). */
export function hanNumeral(s: string): number {
  if (![...s].some((c) => c in HAN_UNIT))
    return Number([...s].map((c) => HAN_VALUE[c] ?? '').join(''));
  let total = 0;
  let digit = 0;
  for (const c of s) {
    if (c in HAN_UNIT) {
      total += (digit || 1) * HAN_UNIT[c]!;
      digit = 0;
    } else digit = HAN_VALUE[c] ?? 0;
  }
  return total + digit;
}
