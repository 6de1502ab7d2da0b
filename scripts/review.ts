// npm run review [-- <issue.txt | folder>…] [--json] [--strict]
// What an editor must look at before publishing (src/review/): per issue, each finding as
// `file:line: message`, then one summary line. Parses only: no Astro, no build.
// --json prints the reviews as JSON; a file that cannot be built exits 1, and --strict exits 1
// when anything needs attention. Two gazette folders of one name, and one 发文字号 printed by
// two documents, are reported across the issues reviewed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { editIssue } from '../src/corrections/apply.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';
import { formatFinding, type IssueReview, reviewIssue, summaryLine } from '../src/review/index.ts';
import {
  gazetteNameClashes,
  type NamedIssue,
  type NumberedDocument,
  sharedDocNumbers,
} from './build/clashes.ts';
import { messages } from './build/messages.ts';
import { commandLine } from './lib/args.ts';
import { editorialFiles, readEditorial } from './lib/editorial.ts';

const { values, positionals } = commandLine(
  'npm run review [-- <issue.txt | folder>…] [--json] [--strict]',
  {
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
  },
);

function issueFiles(target: string): string[] {
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(target, f))
    .sort();
}

type Outcome = IssueReview | { file: string; error: string };

/** What the review says of two issues together (scripts/build/clashes.ts). */
const together: { issues: NamedIssue[]; documents: NumberedDocument[] } = {
  issues: [],
  documents: [],
};

function review(path: string): Outcome {
  try {
    const editorial = readEditorial(editorialFiles(path));
    const edited = editIssue(path, readFileSync(path), editorial);
    together.issues.push({
      file: path,
      folder: basename(dirname(path)),
      gazette: edited.issue.gazette,
    });
    together.documents.push(...edited.documents);
    return reviewIssue(edited, editorial.settings);
  } catch (error) {
    if (error instanceof GazetteError) return { file: path, error: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file: path, error: `${path}: no such file` };
    throw error;
  }
}

const outcomes = (positionals.length > 0 ? positionals : ['content'])
  .flatMap(issueFiles)
  .map(review);
// An issue whose gazette name another folder's issues carry is not built either.
for (const [file, message] of gazetteNameClashes(together.issues))
  outcomes.splice(
    outcomes.findIndex((o) => o.file === file),
    1,
    { file, error: message },
  );
const shared = [...sharedDocNumbers(together.documents)].map(([number, ids]) =>
  messages.sharedDocNumber(number, ids),
);
if (values.json) {
  console.log(JSON.stringify(outcomes, null, 2));
  for (const line of shared) console.error(`review: ${line}`);
} else {
  for (const o of outcomes) {
    if ('error' in o) {
      console.log(`${o.error}\n${o.file}: not built — fix this first\n`);
      continue;
    }
    for (const f of o.findings) console.log(formatFinding(f));
    console.log(`${summaryLine(o)}\n`);
  }
  for (const line of shared) console.log(`review: ${line}`);
  const toCheck = outcomes.filter((o) => 'error' in o || o.toCheck > 0).length;
  console.log(
    `review: ${outcomes.length} issue${outcomes.length === 1 ? '' : 's'}, ${outcomes.length - toCheck} ok, ${toCheck} to check`,
  );
}
// A file that cannot be built fails the review; --strict fails it on anything to check too.
if (outcomes.some((o) => 'error' in o)) process.exitCode = 1;
if (values.strict && (shared.length > 0 || outcomes.some((o) => 'error' in o || o.toCheck > 0)))
  process.exitCode = 1;
