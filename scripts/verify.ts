// npm run verify -- <snapshot.zip>: checks a snapshot's BagIt structure and checksums and
// names every file that is missing, altered or added, and anything `unzip -t` would reject in
// the zip itself (src/snapshot/zip.ts). Exits 1 on any problem.
import { readFileSync } from 'node:fs';
import { verifyBag, type Files } from '../src/snapshot/bagit.ts';
import { readZip } from '../src/snapshot/zip.ts';
import { commandLine } from './lib/args.ts';

export function verifySnapshot(zip: Uint8Array): string[] {
  const { entries, problems } = readZip(zip);
  if (problems.length > 0) return problems;
  const names = [...entries.keys()].filter((n) => !n.endsWith('/'));
  const roots = new Set(names.map((n) => n.split('/')[0]));
  if (roots.size !== 1 || names.some((n) => !n.includes('/')))
    return ['the zip must hold exactly one folder, the bag'];
  const root = [...roots][0]!;
  const files: Files = new Map(names.map((n) => [n.slice(root.length + 1), entries.get(n)!]));
  return verifyBag(files);
}

if (import.meta.main) {
  const usage = 'npm run verify -- <snapshot.zip> [...]';
  const { positionals: paths } = commandLine(usage, { allowPositionals: true });
  if (paths.length === 0) {
    console.error(`usage: ${usage}`);
    process.exitCode = 2;
  }
  for (const path of paths) {
    let problems: string[];
    try {
      problems = verifySnapshot(readFileSync(path));
    } catch {
      problems = ['cannot be read'];
    }
    if (problems.length === 0) console.log(`${path}: valid`);
    for (const p of problems) console.log(`${path}: ${p}`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
