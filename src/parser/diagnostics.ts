// Problems found in an input file, always pointing at a file and a line (and a column where one
// helps), each with a stable code from the catalog (src/diagnostics/catalog.ts) and the
// parameters of its message; the words are made when it is shown, in the language chosen.
import { type Code, language, message, type ParamsOf, severityWord } from '../diagnostics/index.ts';

export type Severity = 'error' | 'warning';

export interface Diagnostic<C extends Code = Code> {
  severity: Severity;
  file: string;
  line: number;
  column?: number;
  code: C;
  params: ParamsOf<C>;
}

const place = (file: string, line: number, column?: number) =>
  `${file}:${line}${column === undefined ? '' : `:${column}`}`;

/** An input that cannot be turned into an issue at all (empty, undecodable, no cover, a bad YAML file). */
export class GazetteError<C extends Code = Code> extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number | undefined;
  readonly code: C;
  readonly params: ParamsOf<C>;
  constructor(file: string, line: number, code: C, params: ParamsOf<C>, column?: number) {
    super(`${place(file, line, column)}: ${message(code, params)} [${code}]`);
    this.name = 'GazetteError';
    this.file = file;
    this.line = line;
    this.column = column;
    this.code = code;
    this.params = params;
  }
}

/** `file:line: 警告: message [code]`, in the language chosen. */
export function formatDiagnostic(d: Diagnostic): string {
  const severity = severityWord[d.severity][language()];
  return `${place(d.file, d.line, d.column)}: ${severity}: ${message(d.code, d.params)} [${d.code}]`;
}

/** Collects diagnostics for one file while the parser runs. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  warn<C extends Code>(line: number, code: C, params: ParamsOf<C>): void {
    this.diagnostics.push({ severity: 'warning', file: this.file, line, code, params });
  }
  error<C extends Code>(line: number, code: C, params: ParamsOf<C>): void {
    this.diagnostics.push({ severity: 'error', file: this.file, line, code, params });
  }
}
