// Markdown artefacts in converter output (**bold**, <http://…>, "- " bullets, "## " headings), read with
// remark-parse so that what counts as markup is CommonMark's decision, not a regex's.
// Everything else in the text is gazette text and is kept byte for byte.
import type { Nodes, Root } from 'mdast';
import { sanitizeUri } from 'micromark-util-sanitize-uri';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
      lines.push({
        ...applyMarkup(
          l,
          found.filter((f) => f.line === i + 1),
        ),
        gap: i === 0,
      }),
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
  if (markers(text) <= MAX_MARKERS) return findMarkup(markdown.parse(text));
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
}

function findMarkup(tree: Root): Found[] {
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
    if (pos && node.type === 'listItem' && parentOrdered === false) {
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
        walk(child as Nodes, node.type === 'list' ? (node.ordered ?? false) : null);
      }
    }
  };
  walk(tree, null);
  return found;
}

function applyMarkup(line: BlockLine, found: Found[]): Omit<Line, 'gap'> {
  const invisible = line.invisible ?? 0;
  if (found.length === 0) return { no: line.no, text: line.raw, marks: [], markup: invisible };
  const dropped = new Array<boolean>(line.raw.length).fill(false);
  for (const f of found) for (const [a, b] of f.drop) for (let c = a; c < b; c++) dropped[c] = true;
  // Maps a raw column to the column in the cleaned text.
  const shift: number[] = [];
  let kept = 0;
  for (let c = 0; c <= line.raw.length; c++) {
    shift.push(kept);
    if (c < line.raw.length && !dropped[c]) kept++;
  }
  let text = '';
  for (let c = 0; c < line.raw.length; c++) if (!dropped[c]) text += line.raw[c];
  const marks: Mark[] = found
    .filter((f) => f.mark)
    .map((f) => {
      const m = f.mark!;
      const end = Math.min(m.end, line.raw.length);
      return {
        kind: m.kind,
        start: shift[m.start]!,
        end: shift[end]!,
        ...(m.url ? { url: m.url } : {}),
      };
    })
    .filter((m) => m.end > m.start);
  return { no: line.no, text, marks, markup: invisible + line.raw.length - text.length };
}
