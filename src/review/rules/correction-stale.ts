// A correction the parser now agrees with: it changes nothing and can be removed.
import type { Rule } from '../index.ts';

export const correctionStale: Rule = ({ edited, report }) => {
  for (const c of edited.corrections)
    if (c.stale && !c.lost) report('correction-stale', c.line, c.what, c.file);
};
