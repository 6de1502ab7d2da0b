// A bag in memory checked as verify checks one read from a zip: every file's size and hash,
// the tag files' bytes; a snapshot unzipped as an archive keeps it.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { type BagFiles, type Files, verifyBag as verifyFiles } from '../../src/snapshot/bagit.ts';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const verifyBag = (files: Files) =>
  verifyFiles(
    new Map(
      [...files].map(([path, bytes]) => [
        path,
        { size: bytes.length, sha256: sha256(bytes), bytes: path.includes('/') ? null : bytes },
      ]),
    ) as BagFiles,
  ).problems;

/** The snapshot zip at `path` unzipped into a new folder, as an archive keeps it; the folder. */
export function unpack(path: string): string {
  const root = mkdtempSync(join(tmpdir(), 'gongbao-unpacked-'));
  for (const [entry, bytes] of Object.entries(unzipSync(readFileSync(path)))) {
    mkdirSync(dirname(join(root, entry)), { recursive: true });
    writeFileSync(join(root, entry), bytes);
  }
  return root;
}
