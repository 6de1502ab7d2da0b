// The corrections applied, for the record: they need no check.
import type { Rule } from '../index.ts';

export const correctionApplied: Rule = ({ edited, report }) => {
  for (const c of edited.corrections)
    if (!c.stale) report('correction-applied', c.line, c.what, c.file);
};
