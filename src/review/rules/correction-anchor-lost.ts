// A correction whose item (named by 发文字号, title or line) is no longer there: not applied;
// where the anchor's text is now, when it is inside an item.
import type { Rule } from '../index.ts';

export const correctionAnchorLost: Rule = ({ edited, report }) => {
  for (const c of edited.corrections)
    if (c.lost) report('correction-anchor-lost', c.line, c.lost, c.file);
};
