// An issuer that is not a canonical name of the gazette's organ table.
import type { Rule } from '../index.ts';

export const issuerNotInOrganTable: Rule = ({ edited, settings, report }) => {
  if (!settings) return;
  for (const doc of edited.documents)
    for (const name of doc.issuers)
      if (!settings.organs.has(name))
        report('issuer-not-in-organ-table', doc.sourceLines[0], {
          order: doc.order,
          title: doc.title,
          name,
          file: settings.file,
        });
};
