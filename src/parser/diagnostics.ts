// Problems found in an input file, always pointing at a file and a line.

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  file: string;
  line: number;
  message: string;
}

/** An input the parser cannot turn into an issue at all (empty, undecodable, no cover). */
export class GazetteError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(`${file}:${line}: ${message}`);
    this.name = 'GazetteError';
    this.file = file;
    this.line = line;
  }
}

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.severity}: ${d.message}`;
}

/** Collects diagnostics for one file while the parser runs. */
export class Report {
  readonly diagnostics: Diagnostic[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  warn(line: number, message: string): void {
    this.diagnostics.push({ severity: 'warning', file: this.file, line, message });
  }
  error(line: number, message: string): void {
    this.diagnostics.push({ severity: 'error', file: this.file, line, message });
  }
}
