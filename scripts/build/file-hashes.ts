// The SHA-256 of a file's content, remembered between builds (.cache/file-hashes.json) by what
// the file system says of the file when it was hashed: device, inode, size and modification
// time in nanoseconds. A build checks tens of thousands of files it made before (its cached
// outputs, convert's outputs, the inputs) and almost all are unchanged: a file whose inode,
// size and mtime are those it had is not read again. The hash, never a time stamp, is still
// what a key or a manifest holds. A write changes the mtime, except within the clock tick of
// the write before it: so a hash is remembered only for a file unchanged for RACY_NS before it
// was read (as git does for its index), and a file changed later is read again. A hard link
// is the same inode: an output put in place from the build cache is known by its entry's hash.
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

/** What this process used, to hand to the build that runs it (convert, on its channel). */
export const usedHashes = (): Record<string, Known> => Object.fromEntries(used);

/**
 * Takes in what a child process of this build used (convert, which runs as one): its hashes
 * are this build's too, and are saved with its own at its end.
 */
export function adoptHashes(hashes: Record<string, Known>): void {
  for (const [id, entry] of Object.entries(hashes)) {
    memo().set(id, entry);
    used.set(id, entry);
  }
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
    return remembered.hash;
  }
  const hash = sha256(readFileSync(path));
  if (BigInt(Date.now()) * 1_000_000n - stats.mtimeNs > RACY_NS) {
    const entry = { size, mtime, hash };
    memo().set(id, entry);
    used.set(id, entry);
  }
  return hash;
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
