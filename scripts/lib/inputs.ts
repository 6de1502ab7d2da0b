// Which files in content/ are issues, and which issue each is. An issue's identity comes from
// its path, content/<gazette>/<year>-<number>.txt (the extension in any case): the folder is
// the gazette's short ASCII name in ids and URLs, so it must be safe in both. Anything else
// that looks like an issue's text — in a sub-folder, directly in content/, a name like
// `2020-1 copy.txt`, a second file for an issue already claimed — is refused with a message
// naming the file, so that no file can overwrite another's outputs.
import { posix } from 'node:path';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { reservedName } from './reserved.ts';

export interface IssuePlace {
  /** The input, relative to the project: content/nanming/2020-4.txt */
  file: string;
  gazette: string;
  year: number;
  number: number;
  /** nanming/2020/4 */
  id: string;
}

export interface Placement {
  issues: IssuePlace[];
  /** Each file refused, as `file:1: message [code]` (its `message`). */
  refused: GazetteError[];
}

// Lowercase, so that the id and URL do not depend on a file system's case folding.
const GAZETTE = /^[a-z0-9][a-z0-9_-]*$/;
// Its longest path segment, snapshots/<gazette>-<year>-<number>.zip, must stay a file name (255 bytes).
const GAZETTE_LENGTH = 64;
const ISSUE_FILE = /^((?:19|20)\d{2})-0*([1-9]\d{0,2})\.txt$/i;

/** `files`: every file under `content` (relative to it, `/`-separated); those not ending in .txt are not inputs. */
export function placeInputs(content: string, files: string[]): Placement {
  const refused: GazetteError[] = [];
  const claims = new Map<string, IssuePlace[]>();
  for (const rel of [...files].sort()) {
    if (!/\.txt$/i.test(rel)) continue;
    const file = posix.join(content, rel);
    const parts = rel.split('/');
    const match = parts.length === 2 ? ISSUE_FILE.exec(parts[1]!) : null;
    if (!match) {
      refused.push(new GazetteError(file, 1, 'issue-file-misplaced', {}));
      continue;
    }
    const gazette = parts[0]!;
    if (!GAZETTE.test(gazette)) {
      refused.push(new GazetteError(file, 1, 'gazette-folder-not-url-safe', { folder: gazette }));
      continue;
    }
    if (gazette.length > GAZETTE_LENGTH) {
      refused.push(
        new GazetteError(file, 1, 'gazette-folder-too-long', {
          length: gazette.length,
          limit: GAZETTE_LENGTH,
        }),
      );
      continue;
    }
    if (reservedName(gazette)) {
      refused.push(new GazetteError(file, 1, 'gazette-folder-reserved', { folder: gazette }));
      continue;
    }
    const place = { file, gazette, year: Number(match[1]), number: Number(match[2]) };
    const id = `${gazette}/${place.year}/${place.number}`;
    claims.set(id, [...(claims.get(id) ?? []), { ...place, id }]);
  }
  const issues: IssuePlace[] = [];
  for (const [id, [first, ...others]] of claims) {
    // The canonical spelling wins (2020-4.txt over 2020-04.txt); otherwise the first by name.
    const canonical =
      [first!, ...others].find((p) => posix.basename(p.file) === `${p.year}-${p.number}.txt`) ??
      first!;
    issues.push(canonical);
    for (const other of [first!, ...others]) {
      if (other !== canonical)
        refused.push(
          new GazetteError(other.file, 1, 'issue-file-twice', { id, other: canonical.file }),
        );
    }
  }
  return { issues, refused: refused.sort((a, b) => (a.file < b.file ? -1 : 1)) };
}
