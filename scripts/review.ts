// npm run review [-- <issue.txt | folder>…] [--json] [--strict] [--lang zh|en]
// What an editor must look at before publishing (src/review/): per issue, each finding as
// `file:line: message [code]`, then one summary line. Parses only: no Astro, no build.
// --json prints the reviews as JSON (each finding's code, place, parameters and message); a
// file that cannot be built exits 1, and --strict exits 1 when anything needs attention; --lang
// overrides GONGBAO_LANG. Two gazette folders of one name, and one 发文字号 printed by two
// documents, are reported across the issues reviewed.
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, posix, relative, sep } from 'node:path';
import '../src/config.ts';
import { editIssue } from '../src/corrections/apply.ts';
import { isLanguage, message, setLanguage } from '../src/diagnostics/index.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';
import { formatFinding, type IssueReview, reviewIssue, summaryLine } from '../src/review/index.ts';
import {
  gazetteNameClashes,
  type NamedIssue,
  type NumberedDocument,
  sharedDocNumbers,
} from './build/clashes.ts';
import { commandLine } from './lib/args.ts';
import { listContent } from './lib/content-files.ts';
import { editorialFiles, readEditorial } from './lib/editorial.ts';
import { placeInputs } from './lib/inputs.ts';
import { printedFile, withPrinted } from './lib/printed.ts';

const CONTENT = 'content';

const usage = 'npm run review [-- <issue.txt | folder>…] [--json] [--strict] [--lang zh|en]';
const { values, positionals } = commandLine(usage, {
  allowPositionals: true,
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, lang: { type: 'string' } },
});
if (values.lang !== undefined) {
  if (!isLanguage(values.lang)) {
    console.error(phrase('usage', { usage }));
    process.exit(2);
  }
  setLanguage(values.lang);
}

type Outcome = IssueReview | { file: string; error: string; code: string };

/** What the review says of two issues together (scripts/build/clashes.ts). */
const together: { issues: NamedIssue[]; documents: NumberedDocument[] } = {
  issues: [],
  documents: [],
};

/** The issues under `target` (links read as convert reads them), and what cannot be read, refused. */
function issueFiles(target: string): Array<string | Outcome> {
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return [target];
  const { files, refused } = listContent(target);
  // Under content/, the issues as convert places them: a folder the site's own name takes
  // (content/search/) holds no issue.
  const inside = relative(CONTENT, target);
  const placed =
    inside.startsWith('..') || isAbsolute(inside)
      ? { issues: files.map((f) => ({ file: join(target, f) })), refused: [] }
      : placeInputs(
          CONTENT,
          files.map((f) => posix.join(inside.split(sep).join('/'), f)),
        );
  return [
    ...placed.issues.map((p) => p.file).filter((f) => f.endsWith('.txt')),
    ...refused.map((error) => ({
      file: error.slice(0, error.indexOf(': ')),
      error,
      code: 'content-not-readable',
    })),
    ...placed.refused.map((error) => ({
      file: error.file,
      error: error.message,
      code: error.code,
    })),
  ];
}

function review(path: string): Outcome {
  try {
    const editorial = readEditorial(editorialFiles(path));
    const { edited } = withPrinted(
      editIssue(path, readFileSync(path), editorial),
      printedFile(path),
      editorial.settings,
    );
    together.issues.push({
      file: path,
      folder: basename(dirname(path)),
      gazette: edited.issue.gazette,
    });
    together.documents.push(...edited.documents);
    return reviewIssue(edited, editorial.settings);
  } catch (error) {
    if (error instanceof GazetteError)
      return { file: path, error: error.message, code: error.code };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file: path, error: phrase('no-such-file', { file: path }), code: 'no-such-file' };
    throw error;
  }
}

const outcomes = (positionals.length > 0 ? positionals : [CONTENT])
  .flatMap(issueFiles)
  .map((f) => (typeof f === 'string' ? review(f) : f));
// An issue whose gazette name another folder's issues carry is not built either.
for (const [file, clash] of gazetteNameClashes(together.issues))
  outcomes.splice(
    outcomes.findIndex((o) => o.file === file),
    1,
    { file, error: clash.message, code: clash.code },
  );
const shared = [...sharedDocNumbers(together.documents)].map(([number, ids]) =>
  phrase('shared-doc-number', { docNumber: number, ids }),
);
if (values.json) {
  const withWords = outcomes.map((o) =>
    'error' in o
      ? o
      : { ...o, findings: o.findings.map((f) => ({ ...f, message: message(f.code, f.params) })) },
  );
  console.log(JSON.stringify(withWords, null, 2));
  for (const line of shared) console.error(phrase('said', { command: 'review', line }));
} else {
  for (const o of outcomes) {
    if ('error' in o) {
      console.log(`${o.error}\n${phrase('review-not-built', { file: o.file })}\n`);
      continue;
    }
    for (const f of o.findings) console.log(formatFinding(f));
    console.log(`${summaryLine(o)}\n`);
  }
  for (const line of shared) console.log(phrase('said', { command: 'review', line }));
  const toCheck = outcomes.filter((o) => 'error' in o || o.toCheck > 0).length;
  console.log(
    phrase('review-total', { issues: outcomes.length, ok: outcomes.length - toCheck, toCheck }),
  );
}
// A file that cannot be built fails the review; --strict fails it on anything to check too.
if (outcomes.some((o) => 'error' in o)) process.exitCode = 1;
if (values.strict && (shared.length > 0 || outcomes.some((o) => 'error' in o || o.toCheck > 0)))
  process.exitCode = 1;
