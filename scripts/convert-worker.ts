// One issue's conversion, run in a worker thread so that issues convert in parallel.
// The settings, for the language of the messages (GONGBAO_LANG): a worker has modules of its own.
import '../src/config.ts';
import { checkedMdx } from '../src/emit/check.ts';
import { listedNumbers } from '../src/emit/mdx.ts';
import { documentText } from '../src/emit/text.ts';
import { formatDiagnostic, GazetteError } from '../src/parser/diagnostics.ts';
import { editIssue, setPublishedOnline } from '../src/corrections/apply.ts';
import { reviewIssue } from '../src/review/index.ts';
import { type EditorialFiles, readEditorial } from './lib/editorial.ts';
import type { IssuePlace } from './lib/inputs.ts';
import { type PrintedFile, withPrinted } from './lib/printed.ts';

export interface Converted {
  /** The gazette's name the issue carries (its cover's, or as corrected). */
  gazette: string;
  /** The issue's record and its documents' records: the parse contract without the bodies. */
  issueJson: string;
  documents: Array<{ order: number; mdx: string }>;
  /** Each document's plain text, for the search index and the offline search. */
  textJson: string;
  diagnostics: string[];
  /** What the editor must check in the issue (src/review/), for the build's summary line. */
  reviewJson: string;
  /** The 发文字号 each document's body links beyond those it cites (src/data/generated.ts, readLinks). */
  linksJson: string;
  /** The printed PDF the issue's pages publish (src/data/printed.ts), or null. */
  printedJson: string | null;
}

/** An issue's input files, as convert read them. */
export interface ConvertInput {
  place: IssuePlace;
  bytes: Uint8Array;
  editorial?: EditorialFiles;
  printed?: PrintedFile;
  /** The 发布日期 the build keeps for the issue, where its settings give none (scripts/lib/published-online.ts). */
  publishedOnline?: string;
}

export default function convertIssue({
  place,
  bytes,
  editorial = {},
  printed,
  publishedOnline,
}: ConvertInput): Converted | { error: string } {
  try {
    const settings = readEditorial(editorial);
    const parsed = editIssue(place.file, bytes, settings, { place });
    if (parsed.issue.publishedOnline === null && publishedOnline)
      setPublishedOnline(parsed, publishedOnline);
    const { edited, record } = withPrinted(parsed, printed, settings.settings);
    const { issue, documents, diagnostics } = edited;
    return {
      gazette: issue.gazette,
      issueJson:
        JSON.stringify(
          { issue, documents: documents.map(({ body: _, ...meta }) => meta) },
          null,
          2,
        ) + '\n',
      documents: documents.map((d) => ({ order: d.order, mdx: checkedMdx(place.file, d) })),
      textJson:
        JSON.stringify(documents.map((d) => ({ id: d.id, text: documentText(d.body) }))) + '\n',
      diagnostics: diagnostics.map(formatDiagnostic),
      reviewJson: JSON.stringify(reviewIssue(edited, settings.settings)) + '\n',
      linksJson:
        JSON.stringify(documents.map((d) => ({ id: d.id, numbers: listedNumbers(d.body) }))) + '\n',
      printedJson: record && JSON.stringify(record) + '\n',
    };
  } catch (error) {
    if (error instanceof GazetteError) return { error: error.message };
    throw error;
  }
}
