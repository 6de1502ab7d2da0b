// The SHA-256 of a file's content, remembered between builds (.cache/file-hashes.json) by what
// the file system says of the file when it was hashed: device, inode, size and modification
// time in nanoseconds. A build checks tens of thousands of files it made before (its cached
// outputs, convert's outputs, the inputs) and almost all are unchanged: a file whose inode,
// size and mtime are those it had is not read again. The hash, never a time stamp, is still
// what a key or a manifest holds. A write changes the mtime, except within the clock tick of
// the write before it: so a hash is remembered only for a file unchanged for RACY_NS before it
// was read (as git does for its index), and a file changed later is read again. A file the
// build hashes as soon as it is made (every output it keeps in its cache) is read once more
// later in the build, once it is that old (settleHashes), so that the next build, often the
// publish of one issue, does not read the whole site again. A hard link is the same inode: an
// output put in place from the build cache is known by its entry's hash.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sha256 } from './keys.ts';
import { scratch } from './scratch.ts';

/** Longer than any file system's clock tick, and than the skew of a network file system's clock. */
const RACY_NS = 2_000_000_000n;

interface Known {
  size: string;
  mtime: string;
  hash: string;
}

let known: Map<string, Known> | undefined;
/** What this process looked up or hashed: what is saved (an entry no build uses goes). */
const used = new Map<string, Known>();
/** Files hashed too soon after their last write to be remembered, by id: where each was, and its mtime. */
const racy = new Map<string, Racy>();

interface Racy {
  path: string;
  mtime: string;
}

/** The remembered hashes, as saved last; a memo that cannot be read is no memo (it only saves reading). */
function memo(): Map<string, Known> {
  if (known) return known;
  known = new Map();
  try {
    const parsed: unknown = JSON.parse(readFileSync(scratch.fileHashes, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null)
      for (const [id, value] of Object.entries(parsed)) {
        const { size, mtime, hash } = (value ?? {}) as Partial<Known>;
        if ([size, mtime, hash].every((v) => typeof v === 'string'))
          known.set(id, { size: size!, mtime: mtime!, hash: hash! });
      }
  } catch {
    // Missing or damaged: every file is read.
  }
  return known;
}

/** What a process of the build hands to the build that runs it (convert, snapshots: on their channel). */
export interface UsedHashes {
  /** What it looked up or hashed */
  known: Record<string, Known>;
  /** The files it hashed too soon after their last write, by id */
  racy: Record<string, Racy>;
}

/** What this process used, to hand to the build that runs it. */
export const usedHashes = (): UsedHashes => ({
  known: Object.fromEntries(used),
  racy: Object.fromEntries(racy),
});

/**
 * Takes in what a child process of this build used: its hashes are this build's too, and are
 * saved with its own at its end; the files it hashed too soon are settled with this build's.
 */
export function adoptHashes({ known, racy: early }: UsedHashes): void {
  for (const [id, entry] of Object.entries(known)) {
    memo().set(id, entry);
    used.set(id, entry);
  }
  // A file this build hashed itself keeps its path here, a cache entry's, which stays; the
  // process may have read it through a link in the staging folder, which moves.
  for (const [id, file] of Object.entries(early))
    if (!used.has(id) && !racy.has(id)) racy.set(id, file);
}

/**
 * `sha256(readFileSync(path))` (scripts/build/keys.ts), without reading a file unchanged since
 * an earlier build hashed it. Throws as reading would for a missing file, and for anything
 * that is not a regular file (a FIFO would never end).
 */
export function fileHash(path: string): string {
  const stats = statSync(path, { bigint: true });
  if (!stats.isFile()) throw new Error(`${path}: not a file`);
  const id = `${stats.dev}:${stats.ino}`;
  const [size, mtime] = [String(stats.size), String(stats.mtimeNs)];
  const remembered = memo().get(id);
  if (remembered?.size === size && remembered.mtime === mtime) {
    used.set(id, remembered);
    racy.delete(id);
    return remembered.hash;
  }
  const hash = sha256(readFileSync(path));
  if (BigInt(Date.now()) * 1_000_000n - stats.mtimeNs > RACY_NS) {
    const entry = { size, mtime, hash };
    memo().set(id, entry);
    used.set(id, entry);
    racy.delete(id);
  } else racy.set(id, { path, mtime });
  return hash;
}

/**
 * Reads again, and so remembers, the files hashed too soon after their last write that are
 * now old enough and still where they were; a file since moved, removed or replaced, or that
 * cannot be read, is left to be hashed when it is next looked at: settling never fails a build.
 */
export function settleHashes(): void {
  const now = BigInt(Date.now()) * 1_000_000n;
  for (const [id, { path, mtime }] of racy) {
    // Not yet, as it was hashed: no need to look at it now.
    if (now - BigInt(mtime) <= RACY_NS) continue;
    // In a timer, while the build's processes work: an error here would end the build.
    try {
      const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
      if (stats?.isFile() && `${stats.dev}:${stats.ino}` === id) fileHash(path);
      else racy.delete(id);
    } catch {
      racy.delete(id);
    }
  }
}

/**
 * Saves the hashes this process used, for the next build (the build calls it last: what it
 * did not use goes); with `keepOthers` (a command run between builds: npm run convert), the
 * ones saved before too, which the next build uses.
 */
export function saveFileHashes({ keepOthers = false } = {}): void {
  const hashes = keepOthers ? memo() : used;
  mkdirSync(dirname(scratch.fileHashes), { recursive: true });
  writeFileSync(`${scratch.fileHashes}.tmp`, JSON.stringify(Object.fromEntries(hashes)));
  renameSync(`${scratch.fileHashes}.tmp`, scratch.fileHashes);
}
