// The printed PDF (印刷版) beside an issue's text: content/<gazette>/<year>-<number>.pdf, the
// text's name with .pdf (or .PDF) for .txt. It is an input of the issue: convert hashes it
// with the text and records it (generatedPaths.printed) for the issue's pages, which publish
// it, link it and put it in the snapshot. A file there that is not a PDF is a warning at it, and
// the issue is published without one.
import { closeSync, openSync, readSync } from 'node:fs';
import { dirname } from 'node:path';
import type { EditedIssue } from '../../src/corrections/apply.ts';
import type { PrintedRecord } from '../../src/schema.ts';
import type { Diagnostic } from '../../src/parser/diagnostics.ts';
import type { GazetteSettings } from '../../src/settings/index.ts';
import { isPdf } from '../../src/utils/printed.ts';
import { fileHash } from '../build/file-hashes.ts';
import { optionalFileSize } from './content-files.ts';

/** What convert reads of the file: enough to hash it, check it and record it, not its bytes. */
export interface PrintedFile {
  file: string;
  bytes: number;
  sha256: string;
  pdf: boolean;
}

/** The PDF beside the issue at `issuePath`, or undefined; a GazetteError names one that cannot be read (a link out of content/). */
export function printedFile(issuePath: string): PrintedFile | undefined {
  const content = dirname(dirname(issuePath));
  for (const extension of ['.pdf', '.PDF']) {
    const file = issuePath.replace(/\.txt$/i, extension);
    const size = optionalFileSize(file, content);
    // Hashed as every input is, without reading a PDF unchanged since an earlier build.
    if (size !== undefined)
      return { file, bytes: size, sha256: fileHash(file), pdf: isPdf(head(file)) };
  }
  return undefined;
}

/** The first bytes of a file, enough to tell a PDF by its header. */
function head(file: string): Uint8Array {
  const bytes = new Uint8Array(8);
  const fd = openSync(file, 'r');
  try {
    return bytes.subarray(0, readSync(fd, bytes));
  } finally {
    closeSync(fd);
  }
}

/**
 * The issue's printed PDF as its pages publish it, or null; a file that is not a PDF is a
 * warning among the issue's diagnostics (so that convert prints it and the review lists it).
 */
export function withPrinted(
  edited: EditedIssue,
  printed: PrintedFile | undefined,
  settings: GazetteSettings | undefined,
): { edited: EditedIssue; record: PrintedRecord | null } {
  if (!printed) return { edited, record: null };
  if (!printed.pdf) {
    const warning: Diagnostic<'printed-not-pdf'> = {
      severity: 'warning',
      file: printed.file,
      line: 1,
      code: 'printed-not-pdf',
      params: {},
    };
    return { edited: { ...edited, diagnostics: [...edited.diagnostics, warning] }, record: null };
  }
  const { year, number } = edited.issue;
  return {
    edited,
    record: {
      issue: edited.issue.id,
      file: printed.file,
      bytes: printed.bytes,
      sha256: printed.sha256,
      start: settings?.pdfStart.get(`${year}-${number}`) ?? null,
    },
  };
}
