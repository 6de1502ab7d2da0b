// npm run verify -- <snapshot.zip or bag folder>: checks a snapshot's BagIt structure and
// checksums, zipped as published or unpacked as an archive keeps it, and names every file that
// is missing, altered or added, and anything `unzip -t` would reject in the zip itself
// (src/snapshot/zip.ts); then says what it checked: files, bytes, checksums. Reads a zip a
// piece at a time and hashes each file as a stream: memory stays small whatever the bag holds.
// Exits 1 on any problem.
import { createHash } from 'node:crypto';
import {
  closeSync,
  createReadStream,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
} from 'node:fs';
import { join, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import '../src/config.ts';
import { isLanguage, setLanguage } from '../src/diagnostics/index.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { type BagCheck, type BagFile, type BagFiles, verifyBag } from '../src/snapshot/bagit.ts';
import { fileSource, readZip, type ZipSource } from '../src/snapshot/zip.ts';
import { commandLine } from './lib/args.ts';

/** A check that found the bag's container itself unreadable: nothing inside was checked. */
const refused = (problems: string[]): BagCheck => ({ problems, files: 0, bytes: 0, checksums: 0 });

export async function verifySnapshot(zip: ZipSource): Promise<BagCheck> {
  // The tag files are those at the top of the bag's folder; only their bytes are kept.
  const { entries, problems } = await readZip(zip, (name) => name.split('/').length === 2);
  if (problems.length > 0) return refused(problems);
  const names = [...entries.keys()];
  const roots = new Set(names.map((n) => n.split('/')[0]));
  if (roots.size !== 1 || names.some((n) => !n.includes('/')))
    return refused([phrase('bag-one-folder', {})]);
  const root = [...roots][0]!;
  const files: BagFiles = new Map(names.map((n) => [n.slice(root.length + 1), entries.get(n)!]));
  return verifyBag(files);
}

// A tag file is a few hundred kilobytes for thousands of pages; a bigger one is not read whole.
const TAG_MAX = 64 * 1024 * 1024;

/**
 * An unpacked bag: the folder holding bagit.txt. Only plain files are the bag's: a symbolic link
 * (which could lead anywhere on the disk) or a device is named, not followed.
 */
export async function verifyFolder(dir: string): Promise<BagCheck> {
  const problems: string[] = [];
  const files: BagFiles = new Map();
  const paths = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  for (const path of paths) {
    const full = join(dir, path);
    const name = path.split(sep).join('/');
    const stat = lstatSync(full);
    if (stat.isDirectory()) continue;
    if (!stat.isFile()) {
      problems.push(`${name}: ${phrase('bag-not-plain-file', {})}`);
      continue;
    }
    const hash = createHash('sha256');
    await pipeline(createReadStream(full), hash);
    const tag = !name.includes('/') && stat.size <= TAG_MAX;
    const file: BagFile = {
      size: stat.size,
      sha256: hash.digest('hex'),
      bytes: tag ? readFileSync(full) : null,
    };
    files.set(name, file);
  }
  const check = verifyBag(files);
  return { ...check, problems: [...problems, ...check.problems] };
}

/** Checks a zip or a folder; a path that is neither, or cannot be read, is a problem of its own. */
export async function verifyPath(path: string): Promise<BagCheck> {
  let fd: number | undefined;
  try {
    if (lstatSync(path).isDirectory()) return await verifyFolder(path);
    fd = openSync(path, 'r');
    return await verifySnapshot(fileSource(fd));
  } catch {
    return refused([phrase('verify-unreadable', {})]);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

if (import.meta.main) {
  const usage = 'npm run verify -- <snapshot.zip | bag folder>… [--lang zh|en]';
  const { values, positionals: paths } = commandLine(usage, {
    allowPositionals: true,
    options: { lang: { type: 'string' } },
  });
  if (paths.length === 0 || (values.lang !== undefined && !isLanguage(values.lang))) {
    console.error(phrase('usage', { usage }));
    process.exit(2);
  }
  if (values.lang !== undefined) setLanguage(values.lang);
  for (const path of paths) {
    const check = await verifyPath(path);
    for (const p of check.problems) console.log(`${path}: ${p}`);
    const counts = {
      file: path,
      files: check.files,
      bytes: check.bytes,
      checksums: check.checksums,
    };
    if (check.problems.length === 0) console.log(phrase('verify-valid', counts));
    else {
      console.log(phrase('verify-invalid', { ...counts, problems: check.problems.length }));
      process.exitCode = 1;
    }
  }
}
