// Moving build output into place: renames, no copying — except across file systems (OUT_DIR on
// another disk or a tmpfs, the build's own folders in .cache/), where a rename cannot go
// (EXDEV): there the output is copied beside its place and renamed into it, so that it still
// appears whole, and the original is removed.
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

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
