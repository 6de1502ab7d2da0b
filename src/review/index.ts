// npm run review: what an editor must look at in an issue before publishing it. Pure: an edited
// issue (src/corrections/apply.ts) and its gazette's settings in, findings out, each pointing at
// a line of the issue's text or of a corrections file.
import type { EditedIssue } from '../corrections/apply.ts';
import { type Diagnostic, formatDiagnostic } from '../parser/diagnostics.ts';
import { matchKey, showInvisible } from '../parser/text.ts';
import type { Inference } from '../schema.ts';
import type { GazetteSettings } from '../settings/index.ts';

export type FindingKind =
  | 'toc-without-document'
  | 'document-without-toc'
  | 'title-differs'
  | 'missing-field'
  | 'date'
  | 'unknown-organ'
  | 'gazette-name'
  | 'parser-warning'
  | 'inferred'
  | 'stale-correction'
  | 'correction';

export interface Finding {
  kind: FindingKind;
  file: string;
  line: number;
  message: string;
  /** false for what is only reported (a correction applied) */
  check: boolean;
}

export interface IssueReview {
  issue: string;
  file: string;
  documents: number;
  findings: Finding[];
  /** how many findings need the editor's attention */
  toCheck: number;
}

const FIELD_NAMES: Record<string, string> = { issuers: '发文机关', date: '成文日期' };
const INFERRED_FROM: Record<Inference['from'], string> = {
  headerMark: 'the header mark (no signature)',
  title: 'the title (no signature)',
  toc: 'its TOC entry',
  docNumber: "its 发文字号's year (the date's year is lost)",
  issue: "the issue's year (the date's year is lost)",
};

const TOC_WARNING = /^the TOC entry “(.*)” has no document in the body$/;

export function reviewIssue(edited: EditedIssue, settings?: GazetteSettings): IssueReview {
  const { issue, documents } = edited;
  const file = issue.source.path;
  const findings: Finding[] = [];
  // What the review quotes shows an invisible character as ⟨U+200B⟩, never raw.
  const add = (kind: FindingKind, line: number, message: string, at = file) =>
    findings.push({
      kind,
      file: at,
      line,
      message: showInvisible(message),
      check: kind !== 'correction',
    });
  const label = (d: (typeof documents)[number]) => `item ${d.order} “${d.title}”`;

  const tocWarnings = new Map<string, Diagnostic>();
  for (const d of edited.diagnostics) {
    const toc = TOC_WARNING.exec(d.message);
    if (toc && d.severity === 'warning') tocWarnings.set(toc[1]!, d);
    else add('parser-warning', d.line, formatDiagnostic(d).slice(`${d.file}:${d.line}: `.length));
  }
  for (const entry of issue.sections.flatMap((s) => s.entries)) {
    if (entry.document === null)
      add(
        'toc-without-document',
        tocWarnings.get(entry.title)?.line ?? 1,
        `the TOC entry “${entry.title}” has no document`,
      );
  }
  if (settings?.name && issue.gazette !== settings.name)
    add(
      'gazette-name',
      1,
      `the cover names the gazette “${issue.gazette}”, ${settings.file} “${settings.name}”`,
    );

  const issueDate = issue.published;
  for (const doc of documents) {
    const at = doc.sourceLines[0];
    if (issue.sections.length > 0 && doc.tocTitle === null)
      add('document-without-toc', at, `${label(doc)} has no TOC entry`);
    if (doc.tocTitle !== null && matchKey(doc.tocTitle) !== matchKey(doc.title))
      add(
        'title-differs',
        at,
        `item ${doc.order}: the TOC says “${doc.tocTitle}”, the body “${doc.title}”`,
      );
    if (doc.kind === 'document') {
      const missing = [
        doc.docNumber === null && '发文字号',
        doc.date === null && '成文日期',
        doc.issuers.length === 0 && '发文机关',
      ].filter(Boolean);
      if (missing.length > 0)
        add('missing-field', at, `${label(doc)} has no ${missing.join(', ')}`);
    }
    for (const [field, value] of [
      ['成文日期', doc.date],
      ['印发日期', doc.printedDate],
    ] as const) {
      if (value === null) continue;
      const late = issueDate ? value > issueDate : Number(value.slice(0, 4)) > issue.year;
      if (late)
        add(
          'date',
          at,
          `${label(doc)}: ${field} ${value} is after the issue's date (${issueDate ?? issue.year})`,
        );
    }
    for (const guess of doc.inferred ?? []) {
      const corrected = doc.provenance?.some(
        (p) => p.field === guess.field && p.file.endsWith('.fix.yaml'),
      );
      if (!corrected)
        add(
          'inferred',
          guess.line,
          `${label(doc)}: ${FIELD_NAMES[guess.field] ?? guess.field} “${[doc[guess.field as keyof typeof doc]].flat().join('、')}” is inferred from ${INFERRED_FROM[guess.from]}, not printed as such: check it`,
        );
    }
    if (settings) {
      for (const name of doc.issuers)
        if (!settings.organs.has(name))
          add(
            'unknown-organ',
            at,
            `${label(doc)}: the issuer “${name}” is not in ${settings.file}`,
          );
    }
  }
  if (!settings)
    add(
      'unknown-organ',
      1,
      'the gazette has no gazette.yaml: issuers are not checked against an organ table',
    );
  for (const c of edited.corrections) {
    if (c.stale)
      add(
        'stale-correction',
        c.line,
        `stale: ${c.what} — the parser already gives this; remove the correction`,
        c.file,
      );
    else add('correction', c.line, `applied: ${c.what}`, c.file);
  }
  return {
    issue: issue.id,
    file,
    documents: documents.length,
    findings,
    toCheck: findings.filter((f) => f.check).length,
  };
}

/** The one line an issue gets in `npm run review` and `npm run build`. */
export function summaryLine(review: IssueReview): string {
  const applied = review.findings.filter((f) => f.kind === 'correction').length;
  const state = review.toCheck === 0 ? 'ok' : `${review.toCheck} to check`;
  return `${review.issue}: ${state} (${review.documents} documents${applied ? `, ${applied} correction${applied === 1 ? '' : 's'} applied` : ''})`;
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}: ${f.message}`;
}
