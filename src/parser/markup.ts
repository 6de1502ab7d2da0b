// Markdown artefacts in converter output (**bold**, <http://…>, "- " bullets, "## " headings), read with
// remark-parse so that what counts as markup is CommonMark's decision, not a regex's.
// Everything else in the text is gazette text and is kept byte for byte.
import type { Nodes, Root } from 'mdast';
import { sanitizeUri } from 'micromark-util-sanitize-uri';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { DASHED_FOLIO } from './classify.ts';
import type { SourceLine } from './source.ts';
import { invisibleAt, width, withoutInvisible } from './text.ts';

export interface Mark {
  kind: 'strong' | 'emphasis' | 'link';
  /** Offsets into Line.text, end exclusive. */
  start: number;
  end: number;
  url?: string;
}

export interface Line {
  no: number;
  /** The line without markdown markers and format characters (U+200B…); white space as printed. */
  text: string;
  /** Inline markup found on this line. */
  marks: Mark[];
  /** Number of markup and format characters removed from this line (for the nothing-lost check). */
  markup: number;
  /** A blank line stands between this line and the previous one. */
  gap: boolean;
}

// Only blocks containing one of these characters can hold inline markup or a bullet
// marker; parsing the others with remark would only confirm they are plain text.
const MAYBE_MARKUP = /[*_<]|^[ ]{0,3}(?:[-+*]|#{1,6})[ \t]/m;

// 第 3 页 共 14 页: the footer a Word export prints on every page.
const WORD_PAGE_FOOTER = /^\s*第\s*\d{1,4}\s*页\s*[,，、/／]?\s*共\s*\d{1,4}\s*页\s*$/;

const BREAK = /^<br\s*\/?>$/i;

/**
 * The tags a layout-aware converter wraps a printed line in, to place it (a signature
 * `<p align="right">`, a page number `<div align="center">`), and its line breaks. An HTML
 * block made of these alone is that markup around gazette text; a block with any other tag
 * (`<script>`, `<b>`, `<table>`) stays text as typed. Text in angle brackets that is not a tag
 * (`<清远市石角镇总体规划(2016-2035)>`) is text either way.
 */
const LAYOUT_TAG = /<\/?(?:p|div|center)(?:\s[^<>]*)?>|<br\s*\/?>/gi;
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g;

// micromark pairs emphasis markers by walking back over all the block's earlier ones, so its
// time grows with the square of their number (a 3 MB line of **a took hours). A converter marks
// a few words of a paragraph: a block with more markers than this is read line by line, and a
// line with more is not its bold but text, kept as printed.
const MAX_MARKERS = 2000;

function markers(text: string): number {
  let n = 0;
  for (let i = text.indexOf('*'); i >= 0; i = text.indexOf('*', i + 1)) n++;
  for (let i = text.indexOf('_'); i >= 0; i = text.indexOf('_', i + 1)) n++;
  return n;
}

// CommonMark does not open or close ** next to CJK punctuation (**(责任单位:**区…,
// （一）**细化措施，压实责任。**行业…); the CJK-friendly extension does, as the converter meant.
const markdown = unified().use(remarkParse).use(remarkCjkFriendly);

// The schemes a link from the input may have; a relative address has none.
const LINKABLE = /^(?:https?|mailto)$/i;

/**
 * Whether an address from the input may become a link: http, https, mailto or relative.
 * Anything else (javascript:, vbscript:, data:, and the same with tabs or entities inside)
 * stays text as typed. micromark's sanitizeUri empties an address whose scheme is not allowed.
 */
export function isLinkable(url: string): boolean {
  return sanitizeUri(url, LINKABLE) !== '';
}

/** A source line as the markup is read from it, with how many format characters it lost. */
type BlockLine = SourceLine & { invisible?: number };

/**
 * Non-blank lines of the input, with markdown markers removed and recorded as marks; a Word
 * export's page footers (第 N 页 共 M 页) are not lines of the gazette.
 */
export function readLines(source: SourceLine[]): Line[] {
  const lines: Line[] = [];
  let block: BlockLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const found = markupOf(block.map((l) => l.raw));
    block.forEach((l, i) =>
      applyMarkup(
        l,
        found.filter((f) => f.line === i + 1),
      ).forEach((piece, k) => lines.push({ ...piece, gap: i === 0 && k === 0 })),
    );
    block = [];
  };
  for (const l of source) {
    // A Word export's page footer is the converter's, not the gazette's: the line is skipped
    // (and the paragraph it cut runs on).
    if (WORD_PAGE_FOOTER.test(l.raw)) continue;
    // Format characters (U+200B …) are converter damage inside words and numbers: read through.
    const raw = invisibleAt(l.raw) >= 0 ? withoutInvisible(l.raw) : l.raw;
    if (raw.trim() === '') flush();
    else block.push(raw === l.raw ? l : { ...l, raw, invisible: width(l.raw) - width(raw) });
  }
  flush();
  return lines;
}

/** The markup of a block of lines; line by line when the block has too many markers. */
function markupOf(raws: string[]): Found[] {
  const text = raws.join('\n');
  if (!MAYBE_MARKUP.test(text)) return [];
  if (markers(text) <= MAX_MARKERS) return findMarkup(markdown.parse(text), raws);
  return raws.flatMap((raw, i) =>
    raws.length > 1 ? markupOf([raw]).map((f) => ({ ...f, line: i + 1 })) : [],
  );
}

interface Found {
  line: number; // 1-based within the block
  /** Columns (0-based, end exclusive) of the markers to drop. */
  drop: Array<[number, number]>;
  /** Columns of the marked span, in raw coordinates. */
  mark?: { kind: Mark['kind']; start: number; end: number; url?: string };
  /** A column the line breaks at: what follows is a line of its own. */
  split?: number;
}

/**
 * The layout tags of an HTML block (LAYOUT_TAG) of lines `first`…`last` of the block's `raws`:
 * dropped, and a line break inside a line splits it (`清远市人民政府<br>2018年12月5日`, a
 * signature over its date). None when the block holds any other tag.
 */
function layoutMarkup(value: string, raws: string[], first: number, last: number): Found[] {
  if (!/^\s*<(?:p|div|center)[\s>]/i.test(value)) return [];
  if ((value.match(ANY_TAG) ?? []).some((tag) => tag.replace(LAYOUT_TAG, '') !== '')) return [];
  const found: Found[] = [];
  for (let line = first; line <= last; line++) {
    const raw = raws[line - 1] ?? '';
    for (const tag of raw.matchAll(LAYOUT_TAG)) {
      const [start, end] = [tag.index, tag.index + tag[0].length];
      found.push({ line, drop: [[start, end]] });
      const breaksText =
        raw.slice(0, start).replace(LAYOUT_TAG, '').trim() !== '' &&
        raw.slice(end).replace(LAYOUT_TAG, '').trim() !== '';
      if (/^<br/i.test(tag[0]) && breaksText) found.push({ line, drop: [], split: end });
    }
  }
  return found;
}

function findMarkup(tree: Root, raws: string[]): Found[] {
  const found: Found[] = [];
  const at = (p: { line: number; column: number }) => ({ line: p.line, col: p.column - 1 });
  const walk = (node: Nodes, parentOrdered: boolean | null) => {
    const pos = node.position;
    const marked =
      node.type === 'strong' ||
      node.type === 'emphasis' ||
      (node.type === 'link' && isLinkable(node.url));
    if (pos && marked) {
      const children = node.children;
      const first = children[0]?.position;
      const last = children[children.length - 1]?.position;
      const start = at(pos.start);
      const end = at(pos.end);
      // Markers: ** or * around bold and emphasis; < > around an autolink, [ ](url) around a link,
      // whose address stays in the mark.
      if (first && last) {
        const inner = { start: at(first.start), end: at(last.end) };
        const kind = node.type;
        const url = node.type === 'link' ? node.url : undefined;
        found.push({ line: start.line, drop: [[start.col, inner.start.col]] });
        found.push({ line: end.line, drop: [[inner.end.col, end.col]] });
        for (let ln = inner.start.line; ln <= inner.end.line; ln++) {
          found.push({
            line: ln,
            drop: [],
            mark: {
              kind,
              start: ln === inner.start.line ? inner.start.col : 0,
              end: ln === inner.end.line ? inner.end.col : Infinity,
              url,
            },
          });
        }
      }
    }
    // A layout-aware converter marks headings (# 公报名, ## 目录, ## a title): the marks go, the
    // heading's text is read like any line.
    if (pos && node.type === 'heading') {
      const first = node.children[0]?.position;
      const last = node.children[node.children.length - 1]?.position;
      if (first && last) {
        found.push({
          line: pos.start.line,
          drop: [[pos.start.column - 1, first.start.column - 1]],
        });
        if (last.end.line === pos.end.line && pos.end.column > last.end.column)
          found.push({ line: pos.end.line, drop: [[last.end.column - 1, pos.end.column - 1]] });
      }
    }
    // A page number between dashes (- 1 -) reads as a bullet to markdown; its dash is printed.
    if (
      pos &&
      node.type === 'listItem' &&
      parentOrdered === false &&
      !DASHED_FOLIO.test(raws[pos.start.line - 1] ?? '')
    ) {
      const first = node.children[0]?.position;
      if (first && first.start.line === pos.start.line) {
        found.push({
          line: pos.start.line,
          drop: [[pos.start.column - 1, first.start.column - 1]],
        });
      }
    }
    if ('children' in node) {
      // A line break the converter wrote as HTML inside a line (a title's two printed lines
      // joined in one heading: …关于印发<br>《…》的通知) is its markup; any other tag is text.
      const inline = node.type !== 'root' && node.type !== 'listItem' && node.type !== 'blockquote';
      for (const child of node.children) {
        if (inline && child.type === 'html' && BREAK.test(child.value) && child.position) {
          const { start, end } = child.position;
          found.push({ line: start.line, drop: [[start.column - 1, end.column - 1]] });
        }
        if (!inline && child.type === 'html' && child.position)
          found.push(
            ...layoutMarkup(child.value, raws, child.position.start.line, child.position.end.line),
          );
        walk(child as Nodes, node.type === 'list' ? (node.ordered ?? false) : null);
      }
    }
  };
  walk(tree, null);
  return found;
}

/** The line without its markup; more than one line where the markup breaks it (Found.split). */
function applyMarkup(line: BlockLine, found: Found[]): Array<Omit<Line, 'gap'>> {
  const invisible = line.invisible ?? 0;
  if (found.length === 0) return [{ no: line.no, text: line.raw, marks: [], markup: invisible }];
  const dropped = new Array<boolean>(line.raw.length).fill(false);
  for (const f of found) for (const [a, b] of f.drop) for (let c = a; c < b; c++) dropped[c] = true;
  const splits = found.flatMap((f) => (f.split === undefined ? [] : [f.split]));
  const cuts = [0, ...[...new Set(splits)].sort((a, b) => a - b), line.raw.length];
  return cuts.slice(1).map((to, k) => {
    const from = cuts[k]!;
    // Maps a raw column to the column in the cleaned text.
    const shift: number[] = [];
    let text = '';
    for (let c = from; c <= to; c++) {
      shift[c] = text.length;
      if (c < to && !dropped[c]) text += line.raw[c];
    }
    const marks: Mark[] = found
      .flatMap((f) => (f.mark && f.mark.start < to && f.mark.end > from ? [f.mark] : []))
      .map((m) => ({
        kind: m.kind,
        start: shift[Math.max(m.start, from)]!,
        end: shift[Math.min(m.end, to)]!,
        ...(m.url ? { url: m.url } : {}),
      }))
      .filter((m) => m.end > m.start);
    // The format characters the line lost are its first piece's.
    const lost = (k === 0 ? invisible : 0) + to - from - text.length;
    return { no: line.no, text, marks, markup: lost };
  });
}
