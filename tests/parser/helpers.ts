import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ParseOptions, parseIssue } from '../../src/parser/index.ts';

/** A cover the quirk fixtures share: 江城市临河区人民政府公报, 2022年第1期. */
export const COVER = '江城市临河区人民政府公报\n\n2022\n\n第1期\n\n';

/** Parses an issue given as text (LF unless the text says otherwise). */
export function parseText(text: string, path = 'content/linhe/2022-1.txt', options?: ParseOptions) {
  return parseIssue(path, new TextEncoder().encode(text), options);
}

/** The first document of an issue made of COVER plus the given body. */
export function firstDocument(body: string) {
  const result = parseText(COVER + body);
  const doc = result.documents[0];
  if (!doc) throw new Error('no document parsed');
  return doc;
}

/** Body nodes as [type or element name, text] pairs, for compact assertions. */
export function outline(root: Root): Array<[string, string]> {
  return root.children.map((n) => [label(n), toString(n)]);
}

function label(n: Nodes): string {
  if (n.type === 'gbtElement') return n.name;
  if (n.type === 'heading') return `h${n.depth}`;
  return n.type;
}
