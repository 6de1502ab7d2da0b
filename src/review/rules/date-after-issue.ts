// A 成文日期 or 印发日期 after the issue's date (or its year, when it prints no date).
import type { Rule } from '../index.ts';

export const dateAfterIssue: Rule = ({ edited, report }) => {
  const { published, year } = edited.issue;
  for (const doc of edited.documents)
    for (const [field, value] of [
      ['成文日期', doc.date],
      ['印发日期', doc.printedDate],
    ] as const) {
      if (value === null) continue;
      if (published ? value > published : Number(value.slice(0, 4)) > year)
        report('date-after-issue', doc.sourceLines[0], {
          order: doc.order,
          title: doc.title,
          field,
          value,
          issueDate: published ?? String(year),
        });
    }
};
