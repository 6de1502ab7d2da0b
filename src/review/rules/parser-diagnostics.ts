// Every problem the parser reported, under its own code: the TOC entries without a document
// have a rule of their own (toc-entry-without-document.ts).
import type { Rule } from '../index.ts';

export const parserDiagnostics: Rule = ({ edited, report }) => {
  for (const d of edited.diagnostics)
    if (d.code !== 'toc-entry-without-document') report(d.code, d.line, d.params, d.file);
};
