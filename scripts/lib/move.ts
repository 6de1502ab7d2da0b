// Moving build output into place: renames, no copying — except across file systems (OUT_DIR on
// another disk or a tmpfs, the build's own folders in .cache/), where a rename cannot go
// (EXDEV): there the output is copied beside its place and renamed into it, so that it still
// appears whole, and the original is removed.
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { scratch } from '../build/scratch.ts';

/** Renames `from` to `to`, copying first when they are on different file systems. */
export function rename(from: string, to: string, renameFile = renameSync): void {
  try {
    renameFile(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const copy = join(dirname(to), `.${basename(to)}.copying`);
    rmSync(copy, { recursive: true, force: true });
    cpSync(from, copy, { recursive: true, verbatimSymlinks: true });
    renameFile(copy, to);
    rmSync(from, { recursive: true, force: true });
  }
}

/** The device of `path`, or of the nearest folder above it that exists. */
function deviceOf(path: string): number {
  let existing = resolve(path);
  while (!existsSync(existing)) existing = dirname(existing);
  return statSync(existing).dev;
}

/**
 * Where the build stages OUT_DIR (`out`, absolute): beside it, so that it is put in place by a
 * rename; in the project's cache when OUT_DIR is on another file system, since Astro moves its
 * own files into the output by renames (the staged site is then copied beside OUT_DIR last).
 */
export function stagingFolder(out: string): string {
  return deviceOf(dirname(out)) === deviceOf('.')
    ? scratch.staging(out)
    : scratch.crossDeviceStaging;
}

/** Moves a file or folder to `to`, replacing what is there. */
export function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  rename(from, to);
}

/** Moves everything under `from` into `to`, keeping what `to` has that `from` lacks. */
export function mergeInto(from: string, to: string): void {
  for (const entry of readdirSync(from)) {
    const [source, target] = [join(from, entry), join(to, entry)];
    const isFolder = (path: string) =>
      statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    if (isFolder(source) && isFolder(target)) mergeInto(source, target);
    else moveInto(source, target);
  }
}
