// The editor's files beside an issue: its gazette's settings (content/<gazette>/gazette.yaml)
// and its corrections (content/<gazette>/<year>-<number>.fix.yaml), both optional.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type GazetteRecord, generatedPaths } from '../../src/data/generated.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
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
    corrections: readIfThere(issuePath.replace(/\.txt$/i, '.fix.yaml')),
  };
}

/** Both files validated; a bad one throws a GazetteError at its line. */
export function readEditorial(files: EditorialFiles): Editorial {
  return {
    settings: files.settings && parseSettings(files.settings.file, files.settings.text),
    corrections:
      files.corrections && parseCorrections(files.corrections.file, files.corrections.text),
  };
}

/**
 * What the site shows of each gazette's settings (its archive page's description), for every
 * gazette folder under `content`. A bad file is reported, by file and line, with its issues,
 * which keep what they last published: so does the gazette's record. A folder that is gone
 * takes its record with it.
 */
export function writeGazetteRecords(content: string): void {
  const folders = readdirSync(content, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  for (const gazette of folders) {
    const file = join(content, gazette, 'gazette.yaml');
    const out = generatedPaths.gazette(gazette);
    let record: GazetteRecord | null = null;
    try {
      if (existsSync(file))
        record = { description: parseSettings(file, readFileSync(file, 'utf8')).description };
    } catch (error) {
      if (!(error instanceof GazetteError)) throw error;
      continue;
    }
    if (!record) {
      rmSync(out, { force: true });
      continue;
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(record) + '\n');
  }
  if (!existsSync(generatedPaths.gazettes)) return;
  for (const record of readdirSync(generatedPaths.gazettes))
    if (!folders.includes(record.replace(/\.json$/, '')))
      rmSync(join(generatedPaths.gazettes, record), { force: true });
}
