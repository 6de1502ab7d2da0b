// Reading content/ without trusting what its entries are. A symbolic link is read as its
// target when that target stays inside content/ (an issue kept once and linked from a second
// gazette); a link that leads out of content/ (to /etc), nowhere, or round in a loop is
// refused by name and never followed. Only regular files are read: a folder or a FIFO where a
// file is expected is refused by name before it is opened (reading a FIFO blocks for ever).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, posix } from 'node:path';
import { type Code, message } from '../../src/diagnostics/index.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { within } from '../../src/utils/within.ts';

export interface ContentFiles {
  /** Every file to read, relative to the content folder, `/`-separated. */
  files: string[];
  /** One message for each entry refused, naming it (`content/a/link: …`). */
  refused: string[];
}

type EntryKind = 'directory' | 'fifo' | 'socket' | 'device' | 'special';

function kind(stats: Stats): EntryKind {
  if (stats.isDirectory()) return 'directory';
  if (stats.isFIFO()) return 'fifo';
  if (stats.isSocket()) return 'socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'device';
  return 'special';
}

type Refusal =
  | { code: 'content-link-dangling' | 'content-link-loop'; params: Record<string, never> }
  | { code: 'content-link-outside'; params: { target: string } }
  | { code: 'content-not-a-file'; params: { kind: EntryKind } };

/** A refused entry as a line: `content/a/link: message [code]`. */
const refusalLine = (shown: string, r: Refusal) =>
  `${shown}: ${message(r.code as Code, r.params as never)} [${r.code}]`;

/**
 * Where the entry at `path` (under `content`, which is `root` resolved) leads: its own stats,
 * or its target's for a link that stays inside content/; else why it is refused.
 */
function resolveEntry(path: string, root: string): { stats: Stats; real: string } | Refusal {
  const own = lstatSync(path);
  if (!own.isSymbolicLink()) return { stats: own, real: path };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { code: 'content-link-dangling', params: {} };
  }
  if (!within(real, root)) return { code: 'content-link-outside', params: { target: real } };
  return { stats: statSync(real), real };
}

/** Every regular file under `content`, links followed as far as content/ reaches; the rest refused by name. */
export function listContent(content: string): ContentFiles {
  const root = realpathSync(content);
  const files: string[] = [];
  const refused: string[] = [];
  // `above`: the real folders the walk is in; a link to one of them would walk for ever.
  const walk = (dir: string, rel: string, above: string[]) => {
    for (const name of readdirSync(dir).sort()) {
      const [path, relPath] = [join(dir, name), rel ? `${rel}/${name}` : name];
      const shown = posix.join(content, relPath);
      const entry = resolveEntry(path, root);
      if ('code' in entry) refused.push(refusalLine(shown, entry));
      else if (entry.stats.isFile()) files.push(relPath);
      else if (!entry.stats.isDirectory())
        refused.push(
          refusalLine(shown, { code: 'content-not-a-file', params: { kind: kind(entry.stats) } }),
        );
      else if (above.includes(entry.real))
        refused.push(refusalLine(shown, { code: 'content-link-loop', params: {} }));
      else walk(path, relPath, [...above, realpathSync(path)]);
    }
  };
  walk(content, '', [root]);
  return { files, refused };
}

/**
 * The text of an editor's file beside an issue (gazette.yaml, a .fix.yaml), or undefined when
 * there is none; a GazetteError naming it when it is a link out of `content` or to nothing, or
 * not a regular file.
 */
export function readOptionalFile(file: string, content: string): string | undefined {
  return optionalFileSize(file, content) === undefined ? undefined : readFileSync(file, 'utf8');
}

/**
 * The size of a file beside an issue (its printed PDF) that may be read, or undefined when
 * there is none; a GazetteError as readOptionalFile gives one.
 */
export function optionalFileSize(file: string, content: string): number | undefined {
  if (!lstatSync(file, { throwIfNoEntry: false })) return undefined;
  const entry = resolveEntry(file, realpathSync(content));
  if ('code' in entry)
    throw new GazetteError(file, 1, entry.code as 'content-link-outside', entry.params as never);
  if (!entry.stats.isFile())
    throw new GazetteError(file, 1, 'content-not-a-file', { kind: kind(entry.stats) });
  return entry.stats.size;
}
