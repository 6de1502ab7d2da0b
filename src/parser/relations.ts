// The documents a text names, by title (《…》) or by 发文字号, and what it does to each:
// repeals it (《…》（X〔2016〕3号）同时废止), amends it (对《…》作如下修改), carries it
// (现将《…》印发给你们 / 《…》已经…同意，现印发给你们 / 现公布《…》), answers it (你局《关于…
// 的请示》（…号）收悉), or merely cites it (根据《…》). A verb only types the references it
// governs in its own sentence: a document that mentions another one's repeal (…印发了《关于废止…
// 的决定》，对310件…予以废止) repeals nothing.
import type { Relation } from '../schema.ts';
import { docNumbersIn, extractDocNumber } from './docNumber.ts';
import { matchKey, squeeze } from './text.ts';

export type { Relation };
type RelationType = Relation['type'];

interface Reference {
  title: string | null;
  docNumber: string | null;
  start: number;
  end: number;
}

/** Where a sentence (or a clause of a list) ends: what a verb governs never crosses these. */
const SENTENCE_END = /[。；;！？!?\n]/;
const SENTENCE_ENDS = /[。；;！？!?\n]/g;
const TITLE = /《((?:[^《》〈〉]|〈[^〈〉]*〉)+)》/y;
const PARENTHESIS = /\s*[（(]([^（）()]*)[）)]/y;
/** Between two references of one list: 《甲》、《乙》和原《丙》. */
const JOINER = /^\s*(?:[、，,]|和|及|与|以及|、原|和原|及原)?\s*原?\s*$/;

const RULES: Array<{ type: RelationType; before?: RegExp; after?: RegExp }> = [
  // 《…》（…号）同时废止 / 予以废止 / 即行废止 / 宣布失效; 决定废止《…》.
  {
    type: 'repeals',
    after:
      /^\s*(?:等[^，。；]{0,8})?\s*(?:文件)?\s*(?:同时|一并|即行|自行|均|即)?\s*(?:予以|宣布)?\s*(?:废止|失效)/,
  },
  { type: 'repeals', before: /(?:决定|同时|现)?(?:废止|撤销)\s*$/ },
  // 对《…》作如下修改 / 将《…》第七条修改为 / 《…》予以修改.
  {
    type: 'amends',
    after:
      /^\s*(?:第[一二三四五六七八九十百零〇\d]+条[^，。；]{0,8}?)?\s*(?:作如下|作出如下|作以下|予以|的部分条款)?\s*(?:修改|修订|修正)(?!建议|意见|完善)/,
  },
  { type: 'amends', before: /(?:决定|现)(?:修改|修订|修正)\s*$/ },
  // 你局《关于…的请示》（…号）收悉.
  { type: 'answers', after: /^\s*(?:及[^，。；]{0,12})?\s*收悉/ },
  // 现将《…》印发给你们 / 现发布《…》 / 现公布《…》.
  {
    type: 'carries',
    before: /现将(?:[\p{Script=Han}]{0,24}(?:制定|修订|起草|拟定)的|修订后的|修改后的)?\s*$/u,
    after: /^[^。；]{0,12}?(?:印发|转发|批转|发布|公布|颁布)/,
  },
  { type: 'carries', before: /现(?:予以?)?(?:印发|转发|发布|公布|颁布)(?:修订后的|修改后的)?\s*$/ },
  // 《…》已经区政府同意，现印发给你们 / …修订的《…》，现转发给你们.
  {
    type: 'carries',
    after: /^\s*(?:(?:已经|已|经)[^。；]*?)?[，,]?\s*现(?:予以?)?(?:印发|转发|批转|发布|公布|颁布)/,
  },
];

/** Every document named in `text` and how it is named, in order, each once. */
export function findRelations(
  text: string,
  self: { docNumber: string | null; title: string } = { docNumber: null, title: '' },
): Relation[] {
  const out: Relation[] = [];
  const seen = new Map<string, Relation>();
  const selfKey = matchKey(self.title);
  const bounds = [...text.matchAll(SENTENCE_ENDS)].map((m) => m.index);
  const references = findReferences(text).filter(
    (r) =>
      !(r.docNumber && r.docNumber === self.docNumber) &&
      !(r.title && selfKey && matchKey(r.title) === selfKey),
  );
  for (const list of lists(text, references)) {
    const first = list[0]!;
    const last = list.at(-1)!;
    const before = text.slice(sentenceStart(bounds, first.start), first.start);
    // A number in brackets after a title without 《》: the verb follows the closing bracket.
    const after = text
      .slice(last.end, sentenceEnd(bounds, last.end, text.length))
      .replace(/^\s*[）)]/, '');
    const type =
      RULES.find((r) => (!r.before || r.before.test(before)) && (!r.after || r.after.test(after)))
        ?.type ?? 'cites';
    for (const ref of list) {
      const key = ref.docNumber ?? `《${matchKey(ref.title!)}》`;
      const known = seen.get(key);
      if (known) {
        // A typed mention wins over a plain one; the first typed mention stands.
        if (known.type === 'cites' && type !== 'cites') known.type = type;
        known.title ??= ref.title;
        continue;
      }
      const relation: Relation = { type, docNumber: ref.docNumber, title: ref.title };
      seen.set(key, relation);
      if (ref.docNumber && ref.title) seen.set(`《${matchKey(ref.title)}》`, relation);
      out.push(relation);
    }
  }
  return out;
}

/** 《title》 with the 发文字号 in the brackets after it, and 发文字号 standing alone. */
function findReferences(text: string): Reference[] {
  const titles: Reference[] = [];
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    TITLE.lastIndex = open;
    const m = TITLE.exec(text);
    if (!m) continue;
    let end = open + m[0].length;
    PARENTHESIS.lastIndex = end;
    const p = PARENTHESIS.exec(text);
    // The brackets after a title carry its number (and sometimes 以下简称《…》): taken whole.
    if (p) end = p.index + p[0].length;
    titles.push({
      title: squeeze(m[1]!).replace(/〈/g, '《').replace(/〉/g, '》'),
      docNumber: p ? (extractDocNumber(p[1]!)?.docNumber ?? null) : null,
      start: open,
      end,
    });
    open = end - 1;
  }
  let t = 0;
  const bare = docNumbersIn(text)
    .filter((n) => {
      while (t < titles.length && titles[t]!.end <= n.start) t++;
      return !(t < titles.length && titles[t]!.start <= n.start);
    })
    .map((n): Reference => ({ title: null, ...n }));
  return [...titles, ...bare].sort((a, b) => a.start - b.start);
}

/** References grouped into the lists a verb governs together: joined by 、 和 及, in one sentence. */
function lists(text: string, refs: Reference[]): Reference[][] {
  const out: Reference[][] = [];
  for (const ref of refs) {
    const current = out.at(-1);
    const prev = current?.at(-1);
    if (
      current &&
      prev &&
      JOINER.test(text.slice(prev.end, ref.start)) &&
      !SENTENCE_END.test(text.slice(prev.end, ref.start))
    )
      current.push(ref);
    else out.push([ref]);
  }
  return out;
}

/** Where the sentence holding `at` starts, from the sorted positions of sentence ends. */
function sentenceStart(bounds: number[], at: number): number {
  const i = firstAtOrAfter(bounds, at);
  return i > 0 ? bounds[i - 1]! + 1 : 0;
}

function sentenceEnd(bounds: number[], at: number, length: number): number {
  return bounds[firstAtOrAfter(bounds, at)] ?? length;
}

function firstAtOrAfter(sorted: number[], at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
