// A bag in memory checked as verify checks one read from a zip: every file's size and hash,
// the tag files' bytes.
import { createHash } from 'node:crypto';
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
