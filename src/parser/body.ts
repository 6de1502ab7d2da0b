// An item's parts as an mdast tree: GB/T 9704 elements as `gbtElement` nodes, the text as
// paragraphs re-joined where the PDF broke them, outline headings, tables, and the dated
// entries of a 大事记 or the ▲ entries of a 发文目录 as lists.
import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Table,
  TableRow,
} from 'mdast';
import {
  attachmentNote,
  BULLET,
  chronicleDate,
  isAttachmentLabel,
  isListingTitle,
  isOutlineHeading,
  isPageFurniture,
  isRosterEntry,
  labelValue,
  outlineLevel,
} from './classify.ts';
import type { Kind, Part, Role } from './document.ts';
import { extractDocNumber } from './docNumber.ts';
import type { Line } from './markup.ts';
import { embeddedTitleOf, squeeze, TERMINAL, width } from './text.ts';

/**
 * The GB/T 9704 elements that are not running text, and the printed page's own lines among
 * it (folio: a page number, a running header), kept where the page broke.
 */
export type GbtName = Exclude<Role, 'text' | 'embeddedTitle' | 'attachmentTitle'> | 'folio';

declare module 'mdast' {
  interface GbtElement extends Parent {
    type: 'gbtElement';
    name: GbtName;
    children: PhrasingContent[];
  }
  interface RootContentMap {
    gbtElement: GbtElement;
  }
  interface ListItemData {
    /** 大事记 entry date as printed (4月1日, 同日) */
    date?: string;
    /** 发文目录 entry's 发文字号 */
    docNumber?: string;
  }
  interface TableCellData {
    /** An empty leading cell: the cell above spans into this row. */
    merged?: boolean;
  }
  interface HeadingData {
    role?: 'embedded' | 'attachment';
  }
}

const pos = (first: Line, last: Line = first) => ({
  start: { line: first.no, column: 1 },
  end: { line: last.no, column: last.text.length + 1 },
});

/** Phrasing content of lines run together, keeping **bold** and autolinks as marks. */
export function phrasing(lines: Line[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  lines.forEach((line, i) => {
    const prev = lines[i - 1]?.text.trimEnd() ?? '';
    // A line break inside Latin text was a space; inside Chinese text it was nothing.
    const lead =
      i > 0 && /[A-Za-z0-9,.;]$/.test(prev) && /^\s*[A-Za-z0-9]/.test(line.text) ? ' ' : '';
    const start = line.text.length - line.text.trimStart().length;
    const end = line.text.trimEnd().length;
    let at = start;
    const push = (node: PhrasingContent) => {
      const last = out.at(-1);
      if (node.type === 'text' && last?.type === 'text') last.value += node.value;
      else out.push(node);
    };
    if (lead) push({ type: 'text', value: lead });
    for (const m of line.marks) {
      if (m.start > at) push({ type: 'text', value: line.text.slice(at, m.start) });
      const value = line.text.slice(Math.max(m.start, start), Math.min(m.end, end));
      const children: PhrasingContent[] = [{ type: 'text', value }];
      push(
        m.kind === 'link'
          ? { type: 'link', url: m.url ?? value, children: [{ type: 'text', value }] }
          : ({ type: m.kind, children } as PhrasingContent),
      );
      at = m.end;
    }
    if (end > at) push({ type: 'text', value: line.text.slice(at, end) });
  });
  return out;
}

function element(name: GbtName, lines: Line[]): RootContent {
  // A title is one phrase however it was broken; an attachment list keeps one entry a line.
  // The number and date are printed spaced out (石大政办发〔2021〕9 号, 2021 年 04 月 02 日);
  // like the panel's values, they read without the PDF's spaces.
  const children: PhrasingContent[] =
    name === 'title'
      ? [{ type: 'text', value: embeddedTitleOf(lines) }]
      : name === 'docNumber' || name === 'date'
        ? [{ type: 'text', value: numberLine(lines.map((l) => l.text).join('')) }]
        : name === 'attachmentNote'
          ? lines.flatMap((l, i) => [
              ...(i > 0 ? [{ type: 'break' } as const] : []),
              ...phrasing([l]),
            ])
          : phrasing(lines);
  return { type: 'gbtElement', name, children, position: pos(lines[0]!, lines.at(-1)) };
}

/**
 * A number or date line without the PDF's spaces inside its 发文字号 and its date; a space the
 * line prints between the number and a date after it (宁政办发〔2001〕99号 2001年5月29日) stays.
 */
function numberLine(text: string): string {
  const number = extractDocNumber(text);
  if (!number) return squeeze(text);
  const rest = text.slice(number.end);
  return squeeze(text.slice(0, number.end)) + (/^\s+\S/.test(rest) ? ' ' : '') + squeeze(rest);
}

function heading(
  depth: Heading['depth'],
  lines: Line[],
  role?: 'embedded' | 'attachment',
): Heading {
  // An embedded document's title is one phrase, like the document's own title, whatever the PDF's wrap spaces.
  const children: PhrasingContent[] =
    role === 'embedded' ? [{ type: 'text', value: embeddedTitleOf(lines) }] : phrasing(lines);
  return {
    type: 'heading',
    depth,
    children,
    position: pos(lines[0]!, lines.at(-1)),
    ...(role ? { data: { role } } : {}),
  };
}

/** Builds the body of an item from its parts. */
export function buildBody(parts: Part[], kind: Kind): Root {
  const children: RootContent[] = [];
  for (const part of parts) {
    if (part.role === 'text') children.push(...blocks(part.lines, kind));
    else if (part.role === 'embeddedTitle') children.push(heading(2, part.lines, 'embedded'));
    else if (part.role === 'attachmentTitle') children.push(heading(2, part.lines, 'attachment'));
    else children.push(element(part.role, part.lines));
  }
  return { type: 'root', children };
}

/** Running text: tables from tab-separated rows, outline headings, re-joined paragraphs, list entries. */
function blocks(lines: Line[], kind: Kind): RootContent[] {
  const out: RootContent[] = [];
  let paragraph: Line[] = [];
  let table: Line[] = [];
  let list: List | null = null;
  // The printed page's lines met inside a paragraph or a table, which run on across the page
  // break: each is set after the block it broke.
  let folios: Line[] = [];
  const setFolios = () => {
    for (const line of folios) out.push(element('folio', [line]));
    folios = [];
  };
  const texts = lines.map((l) => l.text);
  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const node: Paragraph = {
      type: 'paragraph',
      children: phrasing(paragraph),
      position: pos(paragraph[0]!, paragraph.at(-1)),
    };
    const item = list?.children.at(-1);
    if (item) {
      item.children.push(node);
      const found =
        kind === 'listing' ? extractDocNumber(paragraph.map((l) => l.text).join('')) : null;
      if (found) item.data = { ...item.data, docNumber: found.docNumber };
    } else out.push(node);
    paragraph = [];
    setFolios();
  };
  const flushTable = () => {
    if (table.length === 0) return;
    out.push(tableOf(table));
    table = [];
    setFolios();
  };
  const endList = () => {
    flushParagraph();
    list = null;
  };

  lines.forEach((line, i) => {
    if (isPageFurniture(texts, i)) {
      if (paragraph.length > 0 || table.length > 0) folios.push(line);
      else out.push(element('folio', [line]));
      return;
    }
    const isRow =
      line.text.includes('\t') && line.text.split('\t').filter((c) => c.trim()).length >= 2;
    if (isRow || (table.length > 0 && line.text.includes('\t') && !line.gap)) {
      flushParagraph();
      // A blank line inside a table is the converter's; a repeated header row starts the next page's table.
      if (line.gap && table[0]?.text === line.text) flushTable();
      endList();
      table.push(line);
      return;
    }
    flushTable();
    const entry = listEntry(line, kind);
    if (entry) {
      flushParagraph();
      if (!list) out.push((list = { type: 'list', ordered: false, spread: false, children: [] }));
      list.children.push(entry);
      paragraph = [line];
      return;
    }
    if (isOutlineHeading(line.text) && headsSection(line.text, lines[i + 1]?.text)) {
      endList();
      out.push(heading((outlineLevel(line.text) + 2) as Heading['depth'], [line]));
      return;
    }
    if (kind === 'listing' && isListingTitle(line.text)) {
      endList();
      out.push(heading(3, [line]));
      return;
    }
    const prev = paragraph.at(-1);
    if (prev && continues(prev.text, line.text)) {
      paragraph.push(line);
      return;
    }
    if (list && kind === 'listing') endList();
    flushParagraph();
    paragraph = [line];
  });
  flushParagraph();
  flushTable();
  setFolios();
  return out;
}

function listEntry(line: Line, kind: Kind): ListItem | null {
  if (kind === 'chronicle') {
    const date = chronicleDate(line.text);
    if (date === null) return null;
    const printed = date === 'same' ? '同日' : `${date.month}月${date.day}日`;
    return { type: 'listItem', spread: false, children: [], data: { date: printed } };
  }
  if (kind === 'listing' && BULLET.test(line.text))
    return { type: 'listItem', spread: false, children: [] };
  return null;
}

/** A line that opens with a comma, a stop or a closing bracket (,2月3日(星期一)起正常上班。): the rest of the line before. */
const CARRIED_OVER = /^\s*[，,、。；;：:）)」』”]/;

/**
 * Is an outline line that reads as a heading (一、组织领导) really one? Not when a long one
 * is finished by the next line (a run-in heading the PDF broke: …的教材 / 建设。结合…), nor when the
 * next line is a sibling or a parent item: then it is an item of a list (4. 其他。).
 */
function headsSection(text: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  if (CARRIED_OVER.test(next)) return false;
  if (width(squeeze(text)) >= 15 && /^[^，。；：,;:\s]{1,6}[。；，：,;:]\S/.test(next.trim()))
    return false;
  const level = outlineLevel(next);
  // A heading of two clauses (二、建立健全长效帮扶机制，巩固拓展脱贫攻坚成果) is told from an item
  // the PDF wrapped after a comma by what follows: its own sub-items, or text after a final 。
  if (/[，,]/.test(text) && level === 0 && !/。$/.test(text.trim())) return false;
  return level === 0 || level > outlineLevel(text);
}

/**
 * Does line b continue the paragraph that line a ends? The PDF broke lines (and sometimes put
 * blank lines) inside sentences; a new paragraph starts after sentence-final punctuation,
 * after a heading, and at a line that opens with an outline marker, a label or a name entry.
 */
const MIN_WRAPPED_WIDTH = 16;

export function continues(a: string, b: string): boolean {
  // No line of a gazette opens with a comma or a closing mark: the PDF carried it over.
  if (CARRIED_OVER.test(b)) return true;
  const end = a.trim();
  if (TERMINAL.test(end) || (isOutlineHeading(a) && headsSection(a, b))) return false;
  // A closing bracket ends a short line, and any line whose bracket holds a 发文字号.
  if (/[）)]$/.test(end) && (width(end) <= 30 || /号\s*[）)]$/.test(end))) return false;
  // A short line that stops without punctuation is a line of its own (a list, a signature);
  // one that stops on a comma or an opening bracket, or holds a sentence break, was cut.
  if (width(end) < MIN_WRAPPED_WIDTH && !/[，,、（(“《]$/.test(end) && !/[。；，,]/.test(end))
    return false;
  const start = b.trim();
  // A roster entry (组 长：于 哲 …, 刘 红 区妇联主席) is a line of its own; the PDF wrapped only a long
  // one, after a 、 or before a short rest (政法委 / 书记).
  if (
    isRosterEntry(end) &&
    !/[、，,]$/.test(end) &&
    (width(start) > 8 || /[，。；：:]/.test(start))
  )
    return false;
  if (outlineLevel(start) > 0 || chronicleDate(start) !== null || BULLET.test(start)) return false;
  if (attachmentNote(start) !== null || isAttachmentLabel(start) || labelValue(start) !== null)
    return false;
  // A name entry of a list: 刘冬 二戈寨街道办党工委副书记
  if (/^\p{Script=Han}{1,4}[ \u3000]+\p{Script=Han}/u.test(start)) return false;
  return true;
}

function tableOf(lines: Line[]): Table {
  const rows = lines.map((l) => l.text.replace(/\s+$/, '').split('\t'));
  const columns = Math.max(...rows.map((r) => r.length));
  const children: TableRow[] = rows.map((cells, r) => ({
    type: 'tableRow',
    children: Array.from({ length: columns }, (_, c) => {
      const value = (cells[c] ?? '').trim();
      const leadingEmpty = r > 0 && value === '' && cells.slice(0, c).every((x) => x.trim() === '');
      return {
        type: 'tableCell' as const,
        children: value ? [{ type: 'text' as const, value }] : [],
        ...(leadingEmpty ? { data: { merged: true } } : {}),
      };
    }),
    position: pos(lines[r]!),
  }));
  return { type: 'table', children, position: pos(lines[0]!, lines.at(-1)) };
}
