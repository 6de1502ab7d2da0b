// A field the parser inferred rather than read (src/schema.ts `inferred`): an issuer from a
// header mark, a title or the TOC, a date's lost year from the 发文字号 or the issue. Listed
// until an editor's correction confirms or changes it.
import { subjectOfTitle } from '../../metadata/subjects.ts';
import type { Rule } from '../index.ts';

export const fieldInferred: Rule = ({ edited, report }) => {
  for (const doc of edited.documents) {
    for (const guess of doc.inferred ?? []) {
      const corrected = doc.provenance?.some(
        (p) => p.field === guess.field && p.file.endsWith('.fix.yaml'),
      );
      if (corrected) continue;
      const value = [(doc as unknown as Record<string, unknown>)[guess.field]].flat().join('、');
      report('field-inferred', guess.line, {
        order: doc.order,
        title: doc.title,
        field: guess.field,
        value,
        from: guess.from,
        ...(guess.from === 'titleWords' && { word: subjectOfTitle(doc.title)?.word }),
      });
    }
  }
};
