// A document's text as a reader sees it, one line per block (a table row is a line): what the
// search index and a snapshot's offline search hold. Taken from the body tree the MDX is made
// of, so that indexing needs neither the built page nor an HTML parser, and can run beside
// the Astro build. The printed page's lines (a page number, a running header: folio) are not
// the document's text: a search for 公报 must not find every page a running header stood on.
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

export function documentText(body: Root): string {
  const lines: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'gbtElement' && node.name === 'folio') return;
    if (node.type === 'tableRow')
      lines.push(
        node.children
          .map((cell) => toString(cell))
          .filter(Boolean)
          .join(' '),
      );
    else if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'gbtElement')
      lines.push(toString(node));
    else if ('children' in node) for (const child of node.children) walk(child as Nodes);
    else if ('value' in node) lines.push(node.value);
  };
  walk(body);
  return lines
    .map((line) => line.trim())
    .filter(Boolean)
    .join('\n');
}
