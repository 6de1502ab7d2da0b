// npm run review [-- <issue.txt | folder>…] [--json] [--strict] [--lang zh|en]
// What an editor must look at before publishing (src/review/): per issue, each finding as
// `file:line: message [code]`, then one summary line. Parses only: no Astro, no build.
// --json prints the reviews as JSON (each finding's code, place, parameters and message);
// --strict exits 1 when anything needs attention; --lang overrides GONGBAO_LANG.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import '../src/config.ts';
import { editIssue } from '../src/corrections/apply.ts';
import { isLanguage, message, setLanguage } from '../src/diagnostics/index.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';
import { formatFinding, type IssueReview, reviewIssue, summaryLine } from '../src/review/index.ts';
import { commandLine } from './lib/args.ts';
import { editorialFiles, readEditorial } from './lib/editorial.ts';

const usage = 'npm run review [-- <issue.txt | folder>…] [--json] [--strict] [--lang zh|en]';
const { values, positionals } = commandLine(usage, {
  allowPositionals: true,
  options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, lang: { type: 'string' } },
});
if (values.lang !== undefined) {
  if (!isLanguage(values.lang)) {
    console.error(`usage: ${usage}`);
    process.exit(2);
  }
  setLanguage(values.lang);
}

function issueFiles(target: string): string[] {
  if (!statSync(target, { throwIfNoEntry: false })?.isDirectory()) return [target];
  return readdirSync(target, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(target, f))
    .sort();
}

type Outcome = IssueReview | { file: string; error: string; code: string };

function review(path: string): Outcome {
  try {
    const editorial = readEditorial(editorialFiles(path));
    return reviewIssue(editIssue(path, readFileSync(path), editorial), editorial.settings);
  } catch (error) {
    if (error instanceof GazetteError)
      return { file: path, error: error.message, code: error.code };
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { file: path, error: phrase('no-such-file', { file: path }), code: 'no-such-file' };
    throw error;
  }
}

const outcomes = (positionals.length > 0 ? positionals : ['content'])
  .flatMap(issueFiles)
  .map(review);
if (values.json) {
  const withWords = outcomes.map((o) =>
    'error' in o
      ? o
      : { ...o, findings: o.findings.map((f) => ({ ...f, message: message(f.code, f.params) })) },
  );
  console.log(JSON.stringify(withWords, null, 2));
} else {
  for (const o of outcomes) {
    if ('error' in o) {
      console.log(`${o.error}\n${phrase('review-not-built', { file: o.file })}\n`);
      continue;
    }
    for (const f of o.findings) console.log(formatFinding(f));
    console.log(`${summaryLine(o)}\n`);
  }
  const toCheck = outcomes.filter((o) => 'error' in o || o.toCheck > 0).length;
  console.log(
    phrase('review-total', { issues: outcomes.length, ok: outcomes.length - toCheck, toCheck }),
  );
}
if (values.strict && outcomes.some((o) => 'error' in o || o.toCheck > 0)) process.exitCode = 1;
