// One issue's conversion, run in a worker thread so that issues convert in parallel.
import { documentToMdx } from '../src/emit/mdx.ts';
import { formatDiagnostic, GazetteError } from '../src/parser/diagnostics.ts';
import { parseIssue } from '../src/parser/index.ts';

export interface Converted {
  issueJson: string;
  documents: Array<{ order: number; mdx: string }>;
  diagnostics: string[];
}

export default function convertIssue({ path, bytes }: { path: string; bytes: Uint8Array }): Converted | { error: string } {
  try {
    const result = parseIssue(path, bytes);
    return {
      issueJson: JSON.stringify(result.issue, null, 2) + '\n',
      documents: result.documents.map((d) => ({ order: d.order, mdx: documentToMdx(d) })),
      diagnostics: result.diagnostics.map(formatDiagnostic),
    };
  } catch (error) {
    if (error instanceof GazetteError) return { error: error.message };
    throw error;
  }
}
