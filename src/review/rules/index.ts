// The review's rules, in the order they run (findings are sorted by place afterwards).
import type { Rule } from '../index.ts';
import { correctionAnchorLost } from './correction-anchor-lost.ts';
import { correctionApplied } from './correction-applied.ts';
import { correctionStale } from './correction-stale.ts';
import { dateAfterIssue } from './date-after-issue.ts';
import { documentFieldMissing } from './document-field-missing.ts';
import { documentWithoutTocEntry } from './document-without-toc-entry.ts';
import { fieldInferred } from './field-inferred.ts';
import { gazetteNameDiffers } from './gazette-name-differs.ts';
import { issuerNotInOrganTable } from './issuer-not-in-organ-table.ts';
import { noOrganTable } from './no-organ-table.ts';
import { parserDiagnostics } from './parser-diagnostics.ts';
import { tocEntryWithoutDocument } from './toc-entry-without-document.ts';
import { tocTitleDiffers } from './toc-title-differs.ts';

export const rules: Rule[] = [
  parserDiagnostics,
  tocEntryWithoutDocument,
  gazetteNameDiffers,
  documentWithoutTocEntry,
  tocTitleDiffers,
  documentFieldMissing,
  fieldInferred,
  dateAfterIssue,
  issuerNotInOrganTable,
  noOrganTable,
  correctionApplied,
  correctionStale,
  correctionAnchorLost,
];
