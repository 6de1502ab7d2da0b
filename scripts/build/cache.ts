// The build's output cache (.cache/build/): outputs kept from earlier builds — a shard's
// gazettes' archives and feeds with the assets they use, an issue's pages (issue page, data,
// documents), a shard's Pagefind bundle, an issue's snapshot — each with a manifest of the
// SHA-256 of its inputs and of each of its files. An output is reused only when its inputs'
// hash is the same and every file still has the hash the manifest gives; a missing, stale or
// corrupt entry is rebuilt, never trusted. Contents are hashed, never time stamps.
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { pathInside } from '../lib/safe-paths.ts';
import { fileHash } from './file-hashes.ts';
import { sha256 } from './keys.ts';
import { scratch } from './scratch.ts';
import { phrase } from '../../src/diagnostics/phrases.ts';

const CACHE = scratch.buildCache;

const KINDS = ['gazette-pages', 'issue-pages', 'pagefind', 'snapshot'] as const;
export type Kind = (typeof KINDS)[number];

interface Manifest {
  kind: Kind;
  key: string;
  /** SHA-256 of everything the output is made from */
  inputs: string;
  /** path under the entry's folder → SHA-256 of the file */
  files: Record<string, string>;
}

const filesUnder = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(dir, join(e.parentPath, e.name)))
        .sort()
    : [];

const entryDir = (kind: Kind, key: string) => join(CACHE, kind, sha256(key).slice(0, 32));

/**
 * Whether each of `files` (path under `root` → SHA-256) is there with that hash. A path that
 * leaves `root` is not (a manifest's paths are put under another folder too).
 */
const hasFiles = (root: string, files: Record<string, string>): boolean =>
  Object.entries(files).every(([file, hash]) => {
    const path = pathInside(root, file);
    if (path === null) return false;
    try {
      return fileHash(path) === hash;
    } catch {
      return false;
    }
  });

/**
 * The manifest of the cached output of (kind, key) when its inputs' hash is `inputs` and every
 * file is intact; null (and the entry dropped) when it is missing, stale or corrupt.
 */
function currentEntry(kind: Kind, key: string, inputs: string): Manifest | null {
  const dir = entryDir(kind, key);
  const corrupt = () => {
    console.error(phrase('build-cache-damaged', { dir: relative('.', dir), kind, key }));
    rmSync(dir, { recursive: true, force: true });
    return null;
  };
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? null : corrupt();
  }
  const files = join(dir, 'files');
  const current = manifest?.kind === kind && manifest.key === key && manifest.inputs === inputs;
  const intact =
    current &&
    typeof manifest.files === 'object' &&
    manifest.files !== null &&
    hasFiles(files, manifest.files);
  if (intact) return manifest;
  // Stale (made from other inputs): replaced without a word.
  if (current) return corrupt();
  rmSync(dir, { recursive: true, force: true });
  return null;
}

/**
 * The inputs' hash the cache holds an output of (kind, key) for, without checking its files:
 * whether the output is likely to be reused, to plan work by (restore decides).
 */
export function cachedInputs(kind: Kind, key: string): string | null {
  try {
    const manifest = JSON.parse(
      readFileSync(join(entryDir(kind, key), 'manifest.json'), 'utf8'),
    ) as Partial<Manifest>;
    return typeof manifest.inputs === 'string' ? manifest.inputs : null;
  } catch {
    return null;
  }
}

/**
 * Copies the cached output of (kind, key) into `to` when its inputs' hash is `inputs` and
 * every file is intact; returns false (and drops the entry) when it is missing, stale or corrupt.
 */
export async function restore(
  kind: Kind,
  key: string,
  inputs: string,
  to: string,
): Promise<boolean> {
  const manifest = currentEntry(kind, key, inputs);
  if (manifest === null) return false;
  await place(manifest, to);
  return true;
}

/**
 * Whether `unit` (a file or folder under `at`; '' for `at` itself) holds exactly what restoring
 * the cached output of (kind, key) into `at` would put there, its inputs' hash being `inputs`:
 * every file of the entry, each with the content the manifest gives it, and nothing else. Such
 * output can be kept where it is instead of being restored (scripts/build/carry.ts). A file the
 * cache put there is a link to the cache's file: its hash is known by its inode, not read again.
 */
export function holds(kind: Kind, key: string, inputs: string, at: string, unit: string): boolean {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(entryDir(kind, key), 'manifest.json'), 'utf8'));
  } catch {
    return false;
  }
  if (manifest?.kind !== kind || manifest.key !== key || manifest.inputs !== inputs) return false;
  if (typeof manifest.files !== 'object' || manifest.files === null) return false;
  const files = Object.entries(manifest.files);
  const inUnit = (f: string) => unit === '' || f === unit || f.startsWith(`${unit}/`);
  if (files.length === 0 || !files.every(([f]) => inUnit(f))) return false;
  const there = statSync(join(at, unit), { throwIfNoEntry: false });
  const count = there?.isDirectory() ? filesUnder(join(at, unit)).length : there ? 1 : 0;
  if (count !== files.length) return false;
  return hasFiles(at, manifest.files);
}

/**
 * Puts an entry's files into `to`: hard links, no copying (nothing in the build writes into a
 * file it has not just made, and a cached file altered through a link fails its hash on the
 * next reuse); a copy where a link cannot be made (another file system). Its folders are made
 * first, several at a time: making a folder waits on the disk (a document's pages are a folder
 * of their own, tens of thousands in an archive), and Node's asynchronous mkdir runs them on
 * its thread pool; so do several entries placed at once.
 */
async function place(manifest: Manifest, to: string): Promise<void> {
  const files = join(entryDir(manifest.kind, manifest.key), 'files');
  const targets = Object.keys(manifest.files).map((file) => [join(files, file), join(to, file)]);
  const folders = new Set(targets.map(([, target]) => dirname(target!)));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  for (const [source, target] of targets as Array<[string, string]>) {
    // One system call a file when nothing is in the way, as in a fresh output.
    try {
      linkSync(source, target);
      continue;
    } catch {
      rmSync(target, { force: true });
    }
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** Moves the freshly built output in `from` into the cache as (kind, key) made from `inputs`. */
function store(kind: Kind, key: string, inputs: string, from: string): Manifest {
  const dir = entryDir(kind, key);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  renameSync(from, join(dir, 'files'));
  // Hashed where they stay, so that they can be settled there (scripts/build/file-hashes.ts).
  const files = Object.fromEntries(
    filesUnder(join(dir, 'files')).map((f) => [f, fileHash(join(dir, 'files', f))]),
  );
  // The manifest last, by rename: an entry without one is no entry.
  const manifest: Manifest = { kind, key, inputs, files };
  writeFileSync(join(dir, 'manifest.tmp'), JSON.stringify(manifest));
  renameSync(join(dir, 'manifest.tmp'), join(dir, 'manifest.json'));
  return manifest;
}

/** Moves the freshly built output in `from` into the cache as (kind, key), and puts it into `to`. */
export async function keep(
  kind: Kind,
  key: string,
  inputs: string,
  from: string,
  to: string,
): Promise<void> {
  await place(store(kind, key, inputs, from), to);
}

/** Builds `to` from the cache, or else with `build` (which writes into `from`), then caches it. */
export async function cached(
  kind: Kind,
  key: string,
  inputs: string,
  to: string,
  build: () => Promise<string>,
): Promise<'reused' | 'built'> {
  if (await restore(kind, key, inputs, to)) return 'reused';
  await keep(kind, key, inputs, await build(), to);
  return 'built';
}

/**
 * Removes the entries that the last build did not use (removed issues, replanned shards),
 * given the keys it used of each kind, and what an earlier version kept under other kinds.
 */
export function prune(used: Record<Kind, string[]>): void {
  if (!existsSync(CACHE)) return;
  for (const kind of readdirSync(CACHE)) {
    const root = join(CACHE, kind);
    if (!(KINDS as readonly string[]).includes(kind)) {
      rmSync(root, { recursive: true, force: true });
      continue;
    }
    const kept = new Set(used[kind as Kind].map((k) => entryDir(kind as Kind, k)));
    for (const entry of readdirSync(root))
      if (!kept.has(join(root, entry))) rmSync(join(root, entry), { recursive: true, force: true });
  }
}
