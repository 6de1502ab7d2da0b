// Paths read back from the build's own files (.cache/convert.json, a build cache manifest) are
// data like any input: a cache file can be damaged, edited or left by another version. A path
// is used only when it is written as the build writes it — relative, normalised — and stays
// inside the folder it belongs to; anything else makes its entry corrupt, to be rebuilt.
import { isAbsolute, relative, resolve } from 'node:path';
import { within } from '../../src/utils/within.ts';

/**
 * `path`, relative to `base`, as an absolute path when it is normalised and lies inside `root`
 * (`root` itself excluded); null for an absolute path, `..`, `a/../b`, `./a`, an empty path
 * or one holding NUL.
 */
export function pathInside(root: string, path: unknown, base = root): string | null {
  if (typeof path !== 'string' || path === '' || path.includes('\0') || isAbsolute(path))
    return null;
  const full = resolve(base, path);
  if (relative(resolve(base), full) !== path) return null;
  return full !== resolve(root) && within(full, resolve(root)) ? full : null;
}
