// What the search index holds and what a query asks for, made to agree. Pagefind segments
// Chinese with jieba when it indexes and with the browser's Intl.Segmenter when it searches;
// where the two disagree, a query finds nothing. So both sides get the same, trivial
// segmentation: every Han character is a word of its own. A query then becomes a quoted
// phrase of those characters, which Pagefind matches as adjacent words: any substring of a
// document finds it, and only documents that contain it.

const HAN = /\p{Script=Han}/u;

/** Text with a space between every Han character and whatever stands next to it. */
export function spaceHan(text: string): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && (HAN.test(ch) || HAN.test(prev)) && !/\s/.test(prev) && !/\s/.test(ch)) out += ' ';
    out += ch;
    prev = ch;
  }
  return out;
}

const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’…—·《》]/u;

/**
 * Undoes spaceHan on an excerpt Pagefind hands back: drops each space that stands next to a
 * Han character or Chinese punctuation, looking through the <mark> tags around matches.
 */
export function unspaceHan(html: string): string {
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
      const chars = [...part];
      return chars.filter((c, i) => c !== ' ' || !(WIDE.test(visible(p, -1, i - 1)) || WIDE.test(visible(p, 1, i + 1)))).join('');
    })
    .join('');
}

/**
 * What a reader typed, as Pagefind queries. `phrases`: one quoted phrase of spaced words per
 * whitespace-separated part (Pagefind matches one phrase a query, so each part is searched on
 * its own and the results intersected). `words`: all the words unquoted, which Pagefind
 * ranks well (title matches first) though it does not require them to be adjacent.
 */
export function toQueries(typed: string): { phrases: string[]; words: string } {
  const parts = typed.replace(/["“”]/g, ' ').trim().split(/\s+/).filter(Boolean)
    .map((part) => spaceHan(part).split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w)))
    .filter((words) => words.length > 0);
  return {
    phrases: parts.map((words) => (words.length > 1 ? `"${words.join(' ')}"` : words[0]!)),
    words: parts.flat().join(' '),
  };
}
