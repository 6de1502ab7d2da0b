// The editor's files beside an issue: its gazette's settings (content/<gazette>/gazette.yaml)
// and its corrections (content/<gazette>/<year>-<number>.fix.yaml), both optional.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { type GazetteRecord, generatedPaths } from '../../src/data/generated.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import type { Editorial } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { readOptionalFile } from './content-files.ts';

export interface EditorialFile {
  file: string;
  text: string;
}

export interface EditorialFiles {
  settings?: EditorialFile;
  corrections?: EditorialFile;
}

/** The settings and corrections files of the issue at `issuePath`, as text; a GazetteError names one that cannot be read. */
export function editorialFiles(issuePath: string): EditorialFiles {
  // The folder that holds the gazette's: content/ for an issue in place.
  const content = dirname(dirname(issuePath));
  const read = (file: string) => {
    const text = readOptionalFile(file, content);
    return text === undefined ? undefined : { file, text };
  };
  return {
    settings: read(join(dirname(issuePath), 'gazette.yaml')),
    corrections: read(issuePath.replace(/\.txt$/i, '.fix.yaml')),
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
 * What the site shows of each gazette's settings (its archive page's description), for each
 * of the gazette folders `gazettes` under `content`, and no other. A bad file is reported, by
 * file and line, with its issues, which keep what they last published: so does the gazette's
 * record. A removed gazette's record goes with it.
 */
export function writeGazetteRecords(content: string, gazettes: string[]): void {
  mkdirSync(generatedPaths.gazettes, { recursive: true });
  for (const name of readdirSync(generatedPaths.gazettes))
    if (!gazettes.includes(basename(name, '.json')))
      rmSync(join(generatedPaths.gazettes, name), { recursive: true, force: true });
  for (const gazette of gazettes) {
    const file = join(content, gazette, 'gazette.yaml');
    const out = generatedPaths.gazette(gazette);
    let record: GazetteRecord | null = null;
    try {
      const text = readOptionalFile(file, content);
      if (text !== undefined) record = { description: parseSettings(file, text).description };
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
}
