// npm run review: what an editor must look at in an issue before publishing it. Pure: an edited
// issue (src/corrections/apply.ts) and its gazette's settings in, findings out, each with a
// stable code and pointing at a line of the issue's text or of a settings or corrections file.
// The rules are one a module (src/review/rules/<code>.ts), as remark-lint's are.
import type { EditedIssue } from '../corrections/apply.ts';
import { type Code, message, type ParamsOf } from '../diagnostics/index.ts';
import { phrase } from '../diagnostics/phrases.ts';
import { showInvisible } from '../parser/text.ts';
import type { GazetteSettings } from '../settings/index.ts';
import { rules } from './rules/index.ts';

export interface Finding<C extends Code = Code> {
  code: C;
  file: string;
  line: number;
  params: ParamsOf<C>;
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

/** What a rule reads: the issue as edited, its settings, and a way to report at a line. */
export interface RuleContext {
  edited: EditedIssue;
  settings: GazetteSettings | undefined;
  /** a finding at a line of the issue's text, or of `file` */
  report: <C extends Code>(code: C, line: number, params: ParamsOf<C>, file?: string) => void;
}

export type Rule = (context: RuleContext) => void;

/** Only reported, for the record: a correction that was applied needs no check. */
const RECORD_ONLY: ReadonlySet<Code> = new Set(['correction-applied']);

export function reviewIssue(edited: EditedIssue, settings?: GazetteSettings): IssueReview {
  const file = edited.issue.source.path;
  const findings: Finding[] = [];
  const report: RuleContext['report'] = (code, line, params, at = file) =>
    findings.push({ code, file: at, line, params, check: !RECORD_ONLY.has(code) });
  for (const rule of rules) rule({ edited, settings, report });
  // The issue's text first, then the editor's files, each from top to bottom.
  findings.sort((a, b) => Number(a.file !== file) - Number(b.file !== file) || a.line - b.line);
  return {
    issue: edited.issue.id,
    file,
    documents: edited.documents.length,
    findings,
    toCheck: findings.filter((f) => f.check).length,
  };
}

/** The one line an issue gets in `npm run review` and `npm run build`. */
export function summaryLine(review: IssueReview): string {
  const applied = review.findings.filter((f) => f.code === 'correction-applied').length;
  return phrase('review-summary', {
    issue: review.issue,
    toCheck: review.toCheck,
    documents: review.documents,
    applied,
  });
}

/**
 * `file:line: message [code]`, in the language chosen; a character that would not show (U+200B
 * in a quoted line) is shown as ⟨U+200B⟩.
 */
export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line}: ${showInvisible(message(f.code, f.params))} [${f.code}]`;
}
