// Which files in content/ are issues, and which issue each is. An issue's identity comes from
// its path, content/<gazette>/<year>-<number>.txt (the extension in any case): the folder is
// the gazette's short ASCII name in ids and URLs, so it must be safe in both. Anything else
// that looks like an issue's text — in a sub-folder, directly in content/, a name like
// `2020-1 copy.txt`, a second file for an issue already claimed — is refused with a message
// naming the file, so that no file can overwrite another's outputs.
import { posix } from 'node:path';
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
  /** One `file:1: message` a file refused. */
  refused: string[];
}

// Lowercase, so that the id and URL do not depend on a file system's case folding.
const GAZETTE = /^[a-z0-9][a-z0-9_-]*$/;
// Its longest path segment, snapshots/<gazette>-<year>-<number>.zip, must stay a file name (255 bytes).
const GAZETTE_LENGTH = 64;
const ISSUE_FILE = /^((?:19|20)\d{2})-0*([1-9]\d{0,2})\.txt$/i;
const LAYOUT = 'issues are content/<gazette>/<year>-<number>.txt';

/** `files`: every file under `content` (relative to it, `/`-separated); those not ending in .txt are not inputs. */
export function placeInputs(content: string, files: string[]): Placement {
  const refused: string[] = [];
  const claims = new Map<string, IssuePlace[]>();
  for (const rel of [...files].sort()) {
    if (!/\.txt$/i.test(rel)) continue;
    const file = posix.join(content, rel);
    const parts = rel.split('/');
    const match = parts.length === 2 ? ISSUE_FILE.exec(parts[1]!) : null;
    if (!match) {
      refused.push(`${file}:1: not where an issue's text goes: ${LAYOUT}`);
      continue;
    }
    const gazette = parts[0]!;
    if (!GAZETTE.test(gazette)) {
      refused.push(
        `${file}:1: the folder name “${gazette}” is used in ids and URLs: it must be lowercase ASCII letters, digits, - or _`,
      );
      continue;
    }
    if (gazette.length > GAZETTE_LENGTH) {
      refused.push(
        `${file}:1: 文件夹名有 ${gazette.length} 个字符，最多 ${GAZETTE_LENGTH} 个（它是网址和快照文件名的一部分）`,
      );
      continue;
    }
    if (reservedName(gazette)) {
      refused.push(
        `${file}:1: 文件夹名“${gazette}”是网站自用的地址（/${gazette}/），不能用作公报的文件夹名，请改名`,
      );
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
          `${other.file}:1: claims the same issue (${id}) as ${canonical.file}; only one file an issue`,
        );
    }
  }
  return { issues, refused: refused.sort() };
}
