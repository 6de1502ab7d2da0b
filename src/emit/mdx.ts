// A parsed document as an MDX file: the contract's fields as YAML frontmatter, the body as
// MDX. GB/T 9704 elements become <Gbt el="…"> components, 发文目录 entries <DocRef number="…">,
// tables real <table>s (merged cells as rowspan); all escaping is mdast-util-to-markdown's
// and yaml's (YAML 1.1 rules, so that a string like 2020-08-06 is quoted: Astro reads
// frontmatter with js-yaml, which would take it for a date). Everything from the input is
// text in the MDX: no JSX, expression or ESM.
import { stringify } from 'yaml';
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent, Table } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { extractDocNumber } from '../parser/docNumber.ts';
import type { ParsedDocument } from '../parser/index.ts';

/**
 * The syntax the MDX is read with (astro.config.mjs, src/emit/check.ts): the serializer
 * writes CommonMark + MDX, so GFM (autolink literals, ~strikethrough~, tables) is off, and so
 * are "smart" quotes and dashes, which would change the text as typed.
 */
export const MDX_SYNTAX = { gfm: false, smartypants: false } as const;

// MDX reads a line that begins with `import ` or `export ` as JavaScript (ESM), and
// mdast-util-mdx escapes only `{` and `<`: text that begins so gets its first letter written
// as a character reference, as the serializer does for `#` or `- `.
const esm: Unsafe[] = ['import', 'export'].map((word) => ({
  atBreak: true,
  character: word[0]!,
  after: `${word.slice(1)}[\\t ]`,
}));

const attribute = (name: string, value: string): MdxJsxAttribute => ({
  type: 'mdxJsxAttribute',
  name,
  value,
});

function jsx(
  name: string,
  attributes: MdxJsxAttribute[],
  children: MdxJsxFlowElement['children'],
): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes, children };
}

function paragraph(children: PhrasingContent[]): BlockContent {
  return { type: 'paragraph', children };
}

/** A table with its first row as header; a merged body cell widens the cell above it into a rowspan. */
function tableElement(table: Table, n: number): MdxJsxFlowElement {
  const [headRow, ...bodyRows] = table.children;
  const rows = bodyRows.map((row) => row.children.map((cell) => ({ cell, span: 1, skip: false })));
  for (let c = 0; c < (rows[0]?.length ?? 0); c++) {
    let owner: { span: number } | undefined;
    for (const slot of rows.map((row) => row[c])) {
      if (!slot) continue;
      if (slot.cell.data?.merged && owner) {
        owner.span++;
        slot.skip = true;
      } else owner = slot;
    }
  }
  const cell = (name: 'th' | 'td', content: PhrasingContent[], span = 1) =>
    jsx(
      name,
      span > 1 ? [attribute('rowspan', String(span))] : [],
      content.length ? [paragraph(content)] : [],
    );
  // The scrolling box is a focusable, named region so that keyboard users can scroll it too.
  return jsx(
    'div',
    [
      attribute('class', 'table-scroll'),
      attribute('role', 'region'),
      attribute('aria-label', `表格${n}（可左右滑动）`),
      attribute('tabindex', '0'),
    ],
    [
      jsx(
        'table',
        [],
        [
          // An empty header cell is a <td>: a <th> must name its column.
          ...(headRow
            ? [
                jsx(
                  'thead',
                  [],
                  [
                    jsx(
                      'tr',
                      [],
                      headRow.children.map((c) =>
                        cell(c.children.length ? 'th' : 'td', c.children),
                      ),
                    ),
                  ],
                ),
              ]
            : []),
          jsx(
            'tbody',
            [],
            rows.map((row) =>
              jsx(
                'tr',
                [],
                row.filter((s) => !s.skip).map((s) => cell('td', s.cell.children, s.span)),
              ),
            ),
          ),
        ],
      ),
    ],
  );
}

/** Phrasing with its <DocRef>s replaced by their content. */
function withoutDocRefs(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] =>
    node.type === 'mdxJsxTextElement' && node.name === 'DocRef'
      ? withoutDocRefs(node.children)
      : 'children' in node
        ? [{ ...node, children: withoutDocRefs(node.children) } as PhrasingContent]
        : [node],
  );
}

const holdsLink = (nodes: PhrasingContent[]): boolean =>
  nodes.some((node) => node.type === 'link' || ('children' in node && holdsLink(node.children)));

/**
 * The 发文字号 a 发文目录 entry links, or null: the number the parser gave it, when its text is a
 * paragraph that holds no link of the text (a link cannot hold a link).
 */
function linkedNumber(item: ListItem): string | null {
  const number = item.data?.docNumber;
  const first = item.children[0];
  return number && first?.type === 'paragraph' && !holdsLink(first.children) ? number : null;
}

/**
 * The 发文字号 a body's 发文目录 entries link (its page shows where they lead); the numbers its
 * running text links are among those it cites.
 */
export function listedNumbers(body: Root): string[] {
  return body.children.flatMap((node) =>
    node.type === 'list' ? node.children.flatMap((item) => linkedNumber(item) ?? []) : [],
  );
}

/**
 * A 发文目录 entry carrying its 发文字号 becomes a <DocRef>, which links it if the document is
 * in the site. A link cannot hold a link: the number it cites inside is then its text, and an
 * entry that holds a link of the text stays as it is.
 */
function listingEntry(item: ListItem): ListItem {
  const number = linkedNumber(item);
  const [first, ...rest] = item.children;
  if (!number || first?.type !== 'paragraph') return item;
  const ref: MdxJsxTextElement = {
    type: 'mdxJsxTextElement',
    name: 'DocRef',
    attributes: [attribute('number', number)],
    children: withoutDocRefs(first.children),
  };
  return { ...item, children: [{ type: 'paragraph', children: [ref] }, ...rest] };
}

/** Text with every 发文字号 the document cites made a <DocRef>, which links it when the site holds that document. */
function citedNumbers(nodes: PhrasingContent[], cites: Set<string>): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type !== 'text')
      return 'children' in node && node.type !== 'link'
        ? [{ ...node, children: citedNumbers(node.children, cites) } as PhrasingContent]
        : [node];
    const out: PhrasingContent[] = [];
    let rest = node.value;
    for (let found = extractDocNumber(rest); found; found = extractDocNumber(rest)) {
      if (!cites.has(found.docNumber)) break;
      if (found.start > 0) out.push({ type: 'text', value: rest.slice(0, found.start) });
      out.push({
        type: 'mdxJsxTextElement',
        name: 'DocRef',
        attributes: [attribute('number', found.docNumber)],
        children: [{ type: 'text', value: rest.slice(found.start, found.end) }],
      });
      rest = rest.slice(found.end);
    }
    if (rest) out.push({ type: 'text', value: rest });
    return out;
  });
}

/** The body's running text (not its GB/T 9704 elements) with cited numbers as <DocRef>s. */
function withCitations(node: RootContent, cites: Set<string>): RootContent {
  if (cites.size === 0 || node.type === 'gbtElement') return node;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell')
    return { ...node, children: citedNumbers(node.children, cites) } as RootContent;
  if ('children' in node)
    return {
      ...node,
      children: node.children.map((c) => withCitations(c as RootContent, cites)),
    } as RootContent;
  return node;
}

function toMdxNode(
  node: RootContent,
  tables: { count: number },
  correctedTitle?: string,
): RootContent {
  // On one line, so that MDX reads the element's content as phrasing (no <p> inside an <h1>).
  if (node.type === 'gbtElement') {
    // A title an editor corrected is the heading; the printed one stays, as printed.
    const corrected =
      node.name === 'title' && correctedTitle ? [attribute('corrected', correctedTitle)] : [];
    return {
      type: 'paragraph',
      children: [
        {
          type: 'mdxJsxTextElement',
          name: 'Gbt',
          attributes: [attribute('el', node.name), ...corrected],
          children: node.children,
        },
      ],
    };
  }
  if (node.type === 'table') return tableElement(node, ++tables.count);
  if (node.type === 'list') return { ...node, children: node.children.map(listingEntry) };
  return node;
}

export function bodyToMdx(body: Root, cites: string[] = [], correctedTitle?: string): string {
  const tables = { count: 0 };
  const cited = new Set(cites);
  // Headings never skip a level below the title's <h1> (an issue page reader's outline, and WCAG).
  let previous = 1;
  const children = body.children.map((node) => {
    if (node.type !== 'heading')
      return toMdxNode(withCitations(node, cited), tables, correctedTitle);
    const depth = Math.min(node.depth, previous + 1) as typeof node.depth;
    previous = depth;
    return { ...(withCitations(node, cited) as typeof node), depth };
  });
  const tree: Root = { type: 'root', children };
  return toMarkdown(tree, { extensions: [mdxToMarkdown(), { unsafe: esm }] });
}

export function documentToMdx(doc: ParsedDocument): string {
  const { body, ...meta } = doc;
  // Frontmatter is the data contract as it stands; flow style keeps arrays on one line.
  return `---\n${stringify(meta, { version: '1.1', lineWidth: 0, singleQuote: true })}---\n\n${bodyToMdx(body, doc.cites, meta.provenance?.some((p) => p.field === 'title') ? meta.title : undefined)}`;
}
