// What the search index holds and what a query asks for, made to agree. Pagefind segments
// Chinese with jieba when it indexes and with the browser's Intl.Segmenter when it searches;
// where the two disagree, a query finds nothing. So both sides get the same, trivial
// segmentation: every Han character and every digit is a word of its own (Latin words stay
// whole), and the index is built as a language Pagefind does not segment. A query becomes a
// quoted phrase of those words, which Pagefind matches as adjacent words: any substring of a
// document finds it, and only documents that contain it.

import { WIDE } from '../parser/text.ts';
import type { Issue } from '../schema.ts';

const HAN = /\p{Script=Han}/u;
const DIGIT = /\p{N}/u;
const WORD = /[\p{L}\p{N}]/u;
const OPENING = /[\p{Ps}\p{Pi}]/u;
/** What Pagefind leaves out of an indexed word. */
const NOT_INDEXED = /[^\p{L}\p{N}]/gu;

const Kind = { Space: 0, Opening: 1, Word: 2, SplitWord: 3, Other: 4 } as const;
type Kind = (typeof Kind)[keyof typeof Kind];

// An archive's text is millions of characters but a few thousand distinct ones: each is
// classified once (characters outside the BMP, rare in gazettes, through a map).
const bmpKinds = new Int8Array(0x10000).fill(-1);
const astralKinds = new Map<string, Kind>();
function classify(ch: string): Kind {
  if (/\s/.test(ch)) return Kind.Space;
  if (OPENING.test(ch)) return Kind.Opening;
  if (WORD.test(ch)) return HAN.test(ch) || DIGIT.test(ch) ? Kind.SplitWord : Kind.Word;
  return Kind.Other;
}

/**
 * Text as the index's words, separated by spaces. Every Han character and every digit is a
 * word of its own. Punctuation is never a word of its own (Pagefind would count it as a
 * position, and no phrase could reach across it): an opening bracket or quote joins the word
 * after it, any other mark the word before it. Only spaces are added, never a character moved.
 */
export function indexWords(text: string): string {
  let out = '';
  let copied = 0; // text before this index is in out
  let openingAt = -1; // where the run of opening marks before the next word starts
  let last: Kind = Kind.Space; // the last letter or digit's kind, Space after white space
  for (let i = 0; i < text.length; i++) {
    const at = i;
    const code = text.charCodeAt(i);
    let kind: Kind;
    if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length) {
      const ch = text.slice(i, i + 2);
      kind = astralKinds.get(ch) ?? astralKinds.set(ch, classify(ch)).get(ch)!;
      i++;
    } else {
      if (bmpKinds[code] === -1) bmpKinds[code] = classify(String.fromCharCode(code));
      kind = bmpKinds[code] as Kind;
    }
    if (kind === Kind.Opening) {
      if (openingAt < 0) openingAt = at;
      continue;
    }
    if (kind === Kind.Word || kind === Kind.SplitWord) {
      if (
        last !== Kind.Space &&
        (kind === Kind.SplitWord || last === Kind.SplitWord || openingAt >= 0)
      ) {
        const space = openingAt >= 0 ? openingAt : at;
        out += text.slice(copied, space) + ' ';
        copied = space;
      }
      last = kind;
    } else if (kind === Kind.Space) last = Kind.Space;
    openingAt = -1;
  }
  return out + text.slice(copied);
}

/**
 * Marks the end of each block (title, 发文字号, paragraph) in the indexed text, so that an
 * excerpt shows them apart. Pagefind indexes it as punctuation: it joins the word before it.
 */
export const BLOCK_END = '¶';

/** A document's text, a block a line, as the index's words with the ends of blocks marked. */
export function indexText(text: string): string {
  return indexWords(text.replace(/\n/g, `${BLOCK_END}\n`));
}

/**
 * Undoes indexText on an excerpt Pagefind hands back: drops each space next to a Han
 * character or Chinese punctuation, or between two digits, looking through the <mark> tags,
 * and shows the end of a block as a separator.
 */
export function excerptText(html: string): string {
  return joinWords(html)
    .replaceAll(`${BLOCK_END}</mark>`, `</mark>${BLOCK_END}`)
    .replace(new RegExp(` ?${BLOCK_END} ?`, 'g'), ' · ')
    .replace(/^ · | · $/g, '');
}

function joinWords(html: string): string {
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
      return [...part]
        .filter((c, i) => {
          if (c !== ' ') return true;
          const [before, after] = [visible(p, -1, i - 1), visible(p, 1, i + 1)];
          return !(
            WIDE.test(before) ||
            WIDE.test(after) ||
            (DIGIT.test(before) && DIGIT.test(after))
          );
        })
        .join('');
    })
    .join('');
}

/**
 * What a reader typed, as Pagefind queries. The words are the index's words with what Pagefind
 * drops when it indexes (every character but letters and digits: 互联网+ is indexed as 互 联 网)
 * dropped too, so that a symbol typed as printed never stops a match.
 * `whole`: all the words as one phrase, for a query with spaces (2% ~ 5%), whose exact matches
 * come first. `phrases`: one quoted phrase per whitespace-separated part (Pagefind matches one
 * phrase a query, so each part is searched on its own and the results intersected). `words`:
 * all the words unquoted, which Pagefind ranks well (title matches first) though it does not
 * require them to be adjacent.
 *
 * A part of one word is quoted too: Pagefind matches an unquoted word against every indexed
 * word that starts with it and, when none does, against the longest indexed word it starts
 * with (`find_word_extensions`, pagefind_web/src/search.rs), so APPLE alone found APP. Quoted,
 * a Latin word matches whole words only, as it does inside a phrase; a Han character or a digit
 * is a word of its own, so it matches as before.
 */
export function toQueries(typed: string): {
  whole: string | null;
  phrases: string[];
  words: string;
} {
  const parts = queryParts(typed).map((part) =>
    indexWords(part)
      .split(' ')
      .map((w) => w.replace(NOT_INDEXED, ''))
      .filter(Boolean),
  );
  const phrase = (words: string[]) => `"${words.join(' ')}"`;
  return {
    whole: parts.length > 1 ? phrase(parts.flat()) : null,
    phrases: parts.map(phrase),
    words: parts.flat().join(' '),
  };
}

/**
 * The parts of a query: its whitespace-separated parts that hold a letter or a digit (what the
 * index keeps; a part of symbols alone matches nothing and is left out). Every part must match.
 * The site's search (toQueries) and a snapshot's offline search (src/snapshot/offlineSearch.ts,
 * which runs this function's own source, so it is self-contained) read a query with it.
 */
export function queryParts(typed: string): string[] {
  return typed
    .trim()
    .split(/\s+/)
    .filter((part) => /[\p{L}\p{N}]/u.test(part));
}

/** The text of an issue's own matter that search finds the issue by: all but the TOC as printed. */
export function issueMatterText(issue: Pick<Issue, 'matter'>): string {
  return issue.matter
    .filter((m) => m.role !== 'toc')
    .map((m) => m.text)
    .join('\n');
}
