import { readFileSync } from 'node:fs';
import { type Editorial, editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { parseSettings } from '../../src/settings/index.ts';

export const settingsOf = (file: string) => parseSettings(file, readFileSync(file, 'utf8'));
export const correctionsOf = (file: string) => parseCorrections(file, readFileSync(file, 'utf8'));

/** A sample issue as the editor publishes it. */
export const edit = (path: string, editorial: Editorial = {}) =>
  editIssue(path, readFileSync(path), editorial);

/** The `file:line: message` a bad settings or corrections file is refused with. */
export function refusal(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
}

/** The error a bad settings or corrections file is refused with (code, place, parameters), or 'accepted'. */
export function refused(read: () => unknown): GazetteError | 'accepted' {
  try {
    read();
  } catch (error) {
    if (error instanceof GazetteError) return error;
    throw error;
  }
  return 'accepted';
}
