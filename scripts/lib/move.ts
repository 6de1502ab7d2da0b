// Moving build output into place: renames on one file system, no copying.
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Moves a file or folder to `to`, replacing what is there. */
export function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  mkdirSync(dirname(to), { recursive: true });
  renameSync(from, to);
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
