// npm run verify -- <snapshot.zip>: checks a snapshot's BagIt structure and checksums and
// names every file that is missing, altered or added, and anything `unzip -t` would reject in
// the zip itself (src/snapshot/zip.ts). Reads the zip a piece at a time: memory stays small
// whatever its entries inflate to. Exits 1 on any problem.
import { closeSync, openSync } from 'node:fs';
import '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { type BagFiles, verifyBag } from '../src/snapshot/bagit.ts';
import { fileSource, readZip, type ZipSource } from '../src/snapshot/zip.ts';
import { commandLine } from './lib/args.ts';

export async function verifySnapshot(zip: ZipSource): Promise<string[]> {
  // The tag files are those at the top of the bag's folder; only their bytes are kept.
  const { entries, problems } = await readZip(zip, (name) => name.split('/').length === 2);
  if (problems.length > 0) return problems;
  const names = [...entries.keys()];
  const roots = new Set(names.map((n) => n.split('/')[0]));
  if (roots.size !== 1 || names.some((n) => !n.includes('/')))
    return [phrase('bag-one-folder', {})];
  const root = [...roots][0]!;
  const files: BagFiles = new Map(names.map((n) => [n.slice(root.length + 1), entries.get(n)!]));
  return verifyBag(files);
}

if (import.meta.main) {
  const usage = 'npm run verify -- <snapshot.zip> [...]';
  const { positionals: paths } = commandLine(usage, { allowPositionals: true });
  if (paths.length === 0) {
    console.error(phrase('usage', { usage }));
    process.exitCode = 2;
  }
  for (const path of paths) {
    let problems: string[];
    let fd: number | undefined;
    try {
      fd = openSync(path, 'r');
      problems = await verifySnapshot(fileSource(fd));
    } catch {
      console.log(phrase('verify-unreadable', { file: path }));
      process.exitCode = 1;
      continue;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    if (problems.length === 0) console.log(phrase('verify-valid', { file: path }));
    for (const p of problems) console.log(`${path}: ${p}`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
