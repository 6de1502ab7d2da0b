// Reading content/ without trusting what its entries are. A symbolic link is read as its
// target when that target stays inside content/ (an issue kept once and linked from a second
// gazette); a link that leads out of content/ (to /etc), nowhere, or round in a loop is
// refused by name and never followed. Only regular files are read: a folder or a FIFO where a
// file is expected is refused by name before it is opened (reading a FIFO blocks for ever).
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, posix } from 'node:path';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { within } from '../../src/utils/within.ts';

export interface ContentFiles {
  /** Every file to read, relative to the content folder, `/`-separated. */
  files: string[];
  /** One message for each entry refused, naming it (`content/a/link: …`). */
  refused: string[];
}

function kind(stats: Stats): string {
  if (stats.isDirectory()) return '文件夹';
  if (stats.isFIFO()) return 'FIFO（命名管道）';
  if (stats.isSocket()) return '套接字';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return '设备文件';
  return '特殊文件';
}

/**
 * Where the entry at `path` (under `content`, which is `root` resolved) leads: its own stats,
 * or its target's for a link that stays inside content/; else why it is refused.
 */
function resolveEntry(path: string, root: string): { stats: Stats; real: string } | string {
  const own = lstatSync(path);
  if (!own.isSymbolicLink()) return { stats: own, real: path };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return '是符号链接，但指向不存在的文件（或链接成环），不予读取';
  }
  if (!within(real, root)) return `是指向 content/ 之外（${real}）的符号链接，不予读取`;
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
      if (typeof entry === 'string') refused.push(`${shown}: ${entry}`);
      else if (entry.stats.isFile()) files.push(relPath);
      else if (!entry.stats.isDirectory())
        refused.push(`${shown}: 是${kind(entry.stats)}，不是普通文件，不予读取`);
      else if (above.includes(entry.real))
        refused.push(`${shown}: 是指向它所在文件夹的符号链接（成环），不予读取`);
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
  if (!lstatSync(file, { throwIfNoEntry: false })) return undefined;
  const entry = resolveEntry(file, realpathSync(content));
  if (typeof entry === 'string') throw new GazetteError(file, 1, entry);
  if (!entry.stats.isFile())
    throw new GazetteError(file, 1, `是${kind(entry.stats)}，不是普通文件，不予读取`);
  return readFileSync(file, 'utf8');
}
