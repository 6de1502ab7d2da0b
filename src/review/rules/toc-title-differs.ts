// A title the TOC and the body print differently (spaces, brackets and widths aside).
import { matchKey } from '../../parser/text.ts';
import type { Rule } from '../index.ts';

export const tocTitleDiffers: Rule = ({ edited, report }) => {
  for (const doc of edited.documents)
    if (doc.tocTitle !== null && matchKey(doc.tocTitle) !== matchKey(doc.title))
      report('toc-title-differs', doc.sourceLines[0], {
        order: doc.order,
        tocTitle: doc.tocTitle,
        title: doc.title,
      });
};
