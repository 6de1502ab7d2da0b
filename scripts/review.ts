// npm run review [-- <issue.txt | folder>…] [--json] [--strict]
// What an editor must look at before publishing (src/review/): per issue, each finding as
// `file:line: message`, then one summary line. Parses only: no Astro, no build.
// --json prints the reviews as JSON; --strict exits 1 when anything needs attention.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { editIssue } from '../src/corrections/apply.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';
import { formatFinding, type IssueReview, reviewIssue, summaryLine } from '../src/review/index.ts';
import { commandLine } from './lib/args.ts';
import { listContent } from './lib/content-files.ts';
import { editorialFiles, readEditorial } from './lib/editorial.ts';

const { values, positionals } = commandLine(
  'npm run review [-- <issue.txt | folder>…] [--json] [--strict]',
  {
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' } },
  },
);

type Outcome = IssueReview | { file: string; error: string };

/** The issues under `target` (links read as convert reads them), and what cannot be read, refused. */
function issueFiles(target: string): Array<string | Outcome> {
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return [target];
  const { files, refused } = listContent(target);
  return [
    ...files.filter((f) => f.endsWith('.txt')).map((f) => join(target, f)),
    ...refused.map((error) => ({ file: error.slice(0, error.indexOf(': ')), error })),
  ];
}

function review(path: string): Outcome {
  try {
    const editorial = readEditorial(editorialFiles(path));
    return reviewIssue(editIssue(path, readFileSync(path), editorial), editorial.settings);
  } catch (error) {
    if (error instanceof GazetteError) return { file: path, error: error.message };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file: path, error: `${path}: no such file` };
    throw error;
  }
}

const outcomes = (positionals.length > 0 ? positionals : ['content'])
  .flatMap(issueFiles)
  .map((f) => (typeof f === 'string' ? review(f) : f));
if (values.json) {
  console.log(JSON.stringify(outcomes, null, 2));
} else {
  for (const o of outcomes) {
    if ('error' in o) {
      console.log(`${o.error}\n${o.file}: not built — fix this first\n`);
      continue;
    }
    for (const f of o.findings) console.log(formatFinding(f));
    console.log(`${summaryLine(o)}\n`);
  }
  const toCheck = outcomes.filter((o) => 'error' in o || o.toCheck > 0).length;
  console.log(
    `review: ${outcomes.length} issue${outcomes.length === 1 ? '' : 's'}, ${outcomes.length - toCheck} ok, ${toCheck} to check`,
  );
}
if (values.strict && outcomes.some((o) => 'error' in o || o.toCheck > 0)) process.exitCode = 1;
