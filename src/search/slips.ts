// A query that finds nothing may be one slip away from the text: a character typed wrong (a
// homophone, 防治 typed 放治, 户口簿 typed 户口薄), one typed twice or extra, or one left out.
// Pagefind matches exact phrases only, so each slip is asked as the exact parts around it, and
// the documents holding every part are checked against the slip's pattern, which gives the
// text the reader meant (您是不是要找…). Pure: the search page runs the searches.

const HAN_ONLY = /^\p{Script=Han}+$/u;
/** Below this length one character is too large a part of the query to guess it. */
export const SLIP_MIN_LENGTH = 4;
const SLIP_MAX_LENGTH = 24;
const ANY_HAN = '\\p{Script=Han}';

export interface Slip {
  /** Exact parts the text must hold (one or two). */
  parts: string[];
  /** The text the reader meant, where the slip is. */
  pattern: RegExp;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The slips a query of Han characters may hold, the likelier first: a character typed wrong,
 * then one left out, then one typed extra (whose text, one character shorter, is the weakest
 * guess). None for a query too short or not all Han characters.
 */
export function slipsOf(query: string): Slip[] {
  const q = query.replace(/\s+/g, '');
  const chars = [...q];
  if (!HAN_ONLY.test(q) || chars.length < SLIP_MIN_LENGTH || chars.length > SLIP_MAX_LENGTH)
    return [];
  const text = (from: number, to = chars.length) => chars.slice(from, to).join('');
  const around = (left: string, right: string): Slip => ({
    parts: [left, right].filter(Boolean),
    pattern: new RegExp(`${escape(left)}${ANY_HAN}${escape(right)}`, 'u'),
  });
  const indexes = chars.map((_, i) => i);
  return [
    // The character at i typed wrong: any one character stands there in the text.
    ...indexes.map((i) => around(text(0, i), text(i + 1))),
    // A character left out before i.
    ...indexes.slice(1).map((i) => around(text(0, i), text(i))),
    // The character at i typed extra: the text is the query without it.
    ...indexes.map((i) => {
      const without = text(0, i) + text(i + 1);
      return { parts: [without], pattern: new RegExp(escape(without), 'u') };
    }),
  ];
}

/** The text a slip's pattern finds in a document's text (white space between characters ignored), or null. */
export function meant(slip: Slip, text: string): string | null {
  return slip.pattern.exec(text.replace(/\s+/g, ''))?.[0] ?? null;
}
