// A gazette without gazette.yaml: its issuers are checked against nothing.
import type { Rule } from '../index.ts';

export const noOrganTable: Rule = ({ settings, report }) => {
  if (!settings) report('no-organ-table', 1, {});
};
