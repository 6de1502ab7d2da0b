// A TOC entry that leads to no document: the parser's warning gives the entry's line.
import type { Rule } from '../index.ts';

export const tocEntryWithoutDocument: Rule = ({ edited, report }) => {
  const lines = new Map(
    edited.diagnostics
      .filter((d) => d.code === 'toc-entry-without-document')
      .map((d) => [(d.params as { title: string }).title, d.line]),
  );
  for (const entry of edited.issue.sections.flatMap((s) => s.entries))
    if (entry.document === null)
      report('toc-entry-without-document', lines.get(entry.title) ?? 1, { title: entry.title });
};
