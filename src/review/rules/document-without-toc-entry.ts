// A document the issue's TOC does not list (when it has a TOC).
import type { Rule } from '../index.ts';

export const documentWithoutTocEntry: Rule = ({ edited, report }) => {
  if (edited.issue.sections.length === 0) return;
  for (const doc of edited.documents)
    if (doc.tocTitle === null)
      report('document-without-toc-entry', doc.sourceLines[0], {
        order: doc.order,
        title: doc.title,
      });
};
