// The editor's files beside an issue: its gazette's settings (content/<gazette>/gazette.yaml)
// and its corrections (content/<gazette>/<year>-<number>.fix.yaml), both optional.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Editorial } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { parseSettings } from '../../src/settings/index.ts';

export interface EditorialFile {
  file: string;
  text: string;
}

export interface EditorialFiles {
  settings?: EditorialFile;
  corrections?: EditorialFile;
}

function readIfThere(file: string): EditorialFile | undefined {
  return existsSync(file) ? { file, text: readFileSync(file, 'utf8') } : undefined;
}

/** The settings and corrections files of the issue at `issuePath`, as text. */
export function editorialFiles(issuePath: string): EditorialFiles {
  return {
    settings: readIfThere(join(dirname(issuePath), 'gazette.yaml')),
    corrections: readIfThere(issuePath.replace(/\.txt$/, '.fix.yaml')),
  };
}

/** Both files validated; a bad one throws a GazetteError at its line. */
export function readEditorial(files: EditorialFiles): Editorial {
  return {
    settings: files.settings && parseSettings(files.settings.file, files.settings.text),
    corrections: files.corrections && parseCorrections(files.corrections.file, files.corrections.text),
  };
}
