// An official document (kind `document`) without 发文字号, 成文日期 or 发文机关.
import type { Rule } from '../index.ts';

export const documentFieldMissing: Rule = ({ edited, report }) => {
  for (const doc of edited.documents) {
    if (doc.kind !== 'document') continue;
    const fields = [
      doc.docNumber === null && '发文字号',
      doc.date === null && '成文日期',
      doc.issuers.length === 0 && '发文机关',
    ].filter((f): f is string => f !== false);
    if (fields.length > 0)
      report('document-field-missing', doc.sourceLines[0], {
        order: doc.order,
        title: doc.title,
        fields,
      });
  }
};
