// npm run review [-- <issue.txt | folder>…] [--json] [--strict]
// What an editor must look at before publishing (src/review/): per issue, each finding as
// `file:line: message`, then one summary line. Parses only: no Astro, no build.
// --json prints the reviews as JSON; --strict exits 1 when anything needs attention.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { editIssue } from '../src/corrections/apply.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';
import { formatFinding, type IssueReview, reviewIssue, summaryLine } from '../src/review/index.ts';
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
  .map(review);
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
