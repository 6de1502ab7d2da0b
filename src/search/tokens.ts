// What the search index holds and what a query asks for, made to agree. Pagefind segments
// Chinese with jieba when it indexes and with the browser's Intl.Segmenter when it searches;
// where the two disagree, a query finds nothing. So both sides get the same, trivial
// segmentation: every Han character and every digit is a word of its own (Latin words stay
// whole), and the index is built as a language Pagefind does not segment. A query becomes a
// quoted phrase of those words, which Pagefind matches as adjacent words: any substring of a
// document finds it, and only documents that contain it.

import { WIDE } from '../parser/text.ts';

const HAN = /\p{Script=Han}/u;
const DIGIT = /\p{N}/u;
const WORD = /[\p{L}\p{N}]/u;
const OPENING = /[\p{Ps}\p{Pi}]/u;

/**
 * Text as the index's words, separated by spaces. Punctuation is never a word of its own
 * (Pagefind would count it as a position, and no phrase could reach across it): an opening
 * bracket or quote joins the word after it, any other mark the word before it.
 */
export function indexWords(text: string): string {
  let out = '';
  let pendingOpen = '';
  let last = ''; // the last letter or digit written, '' after white space
  for (const ch of text) {
    if (/\s/.test(ch)) {
      out += pendingOpen + ch;
      pendingOpen = '';
      last = '';
    } else if (OPENING.test(ch)) {
      pendingOpen += ch;
    } else if (WORD.test(ch)) {
      const split = HAN.test(ch) || HAN.test(last) || DIGIT.test(ch) || DIGIT.test(last);
      if (last && (split || pendingOpen)) out += ' ';
      out += pendingOpen + ch;
      pendingOpen = '';
      last = ch;
    } else {
      out += pendingOpen + ch;
      pendingOpen = '';
    }
  }
  return out + pendingOpen;
}

/**
 * Undoes indexWords on an excerpt Pagefind hands back: drops each space next to a Han
 * character or Chinese punctuation, or between two digits, looking through the <mark> tags.
 */
export function excerptText(html: string): string {
  const parts = html.replace(/ <\/mark>/g, '</mark> ').split(/(<[^>]+>)/);
  const visible = (from: number, step: 1 | -1, at: number): string => {
    for (let p = from; p >= 0 && p < parts.length; p += step) {
      const part = parts[p]!;
      if (part.startsWith('<')) continue;
      const chars = [...part];
      const i = p === from ? at : step === 1 ? 0 : chars.length - 1;
      for (let k = i; k >= 0 && k < chars.length; k += step) if (chars[k] !== ' ') return chars[k]!;
    }
    return '';
  };
  return parts
    .map((part, p) => {
      if (part.startsWith('<')) return part;
      return [...part].filter((c, i) => {
        if (c !== ' ') return true;
        const [before, after] = [visible(p, -1, i - 1), visible(p, 1, i + 1)];
        return !(WIDE.test(before) || WIDE.test(after) || (DIGIT.test(before) && DIGIT.test(after)));
      }).join('');
    })
    .join('');
}

/**
 * What a reader typed, as Pagefind queries. `phrases`: one quoted phrase of words per
 * whitespace-separated part (Pagefind matches one phrase a query, so each part is searched on
 * its own and the results intersected). `words`: all the words unquoted, which Pagefind
 * ranks well (title matches first) though it does not require them to be adjacent.
 */
export function toQueries(typed: string): { phrases: string[]; words: string } {
  const parts = typed.replace(/["“”]/g, '').trim().split(/\s+/).filter(Boolean)
    .map((part) => indexWords(part).split(' ').filter((w) => WORD.test(w)))
    .filter((words) => words.length > 0);
  return {
    phrases: parts.map((words) => (words.length > 1 ? `"${words.join(' ')}"` : words[0]!)),
    words: parts.flat().join(' '),
  };
}
