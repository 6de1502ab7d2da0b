// npm run parse -- <file.txt> [--check] [--lang zh|en]
// Prints { "issue": {...}, "documents": [...] } for one gazette issue, with its gazette's
// settings and its corrections applied (fields they changed carry `provenance`); diagnostics
// go to stderr, in Chinese unless GONGBAO_LANG or --lang says en.
// --check prints the nothing-lost report instead and fails when a character is unaccounted for.
import { readFileSync } from 'node:fs';
import '../src/config.ts';
import { isLanguage, setLanguage } from '../src/diagnostics/index.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { accountFor } from '../src/quality/accounting.ts';
import { formatDiagnostic, GazetteError } from '../src/parser/diagnostics.ts';
import { editIssue } from '../src/corrections/apply.ts';
import { commandLine } from './lib/args.ts';
import { editorialFiles, readEditorial } from './lib/editorial.ts';

const usage = 'npm run parse -- <issue.txt> [--check] [--lang zh|en]';
const { values, positionals } = commandLine(usage, {
  allowPositionals: true,
  options: { check: { type: 'boolean' }, lang: { type: 'string' } },
});
if (positionals.length !== 1 || (values.lang !== undefined && !isLanguage(values.lang))) {
  console.error(phrase('usage', { usage }));
  process.exit(2);
}
if (values.lang !== undefined && isLanguage(values.lang)) setLanguage(values.lang);
const path = positionals[0]!;
try {
  const bytes = readFileSync(path);
  const result = editIssue(path, bytes, readEditorial(editorialFiles(path)));
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  if (values.check) {
    const account = accountFor(bytes, result);
    console.log(
      `${path}: ${account.accounted} of ${account.total} characters accounted for (${account.percent.toFixed(2)}%)`,
    );
    for (const m of account.missing)
      console.log(`${path}:${m.line}: not in the output: ${m.chars}`);
    process.exitCode = account.missing.length === 0 ? 0 : 1;
  } else {
    console.log(JSON.stringify({ issue: result.issue, documents: result.documents }, null, 2));
    process.exitCode = result.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  }
} catch (error) {
  // exitCode, not exit(): stdout may still be draining into a pipe.
  if (error instanceof GazetteError) {
    console.error(error.message);
    process.exitCode = 1;
  } else if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
    console.error(phrase('no-such-file', { file: path }));
    process.exitCode = 1;
  } else {
    throw error;
  }
}
