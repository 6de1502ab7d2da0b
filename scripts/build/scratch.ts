// Every scratch path of the build in one place: what it keeps between builds (.cache/) and what
// it writes on its way to the output. Relative to the project, where every command runs.
import { basename, dirname, join, resolve } from 'node:path';

const CACHE = '.cache';

export const scratch = {
  /** Convert's record of each issue's input hash and outputs (scripts/convert.ts). */
  convertCache: join(CACHE, 'convert.json'),
  /** Files' content hashes by inode, size and mtime, so that an unchanged file is not read again (file-hashes.ts). */
  fileHashes: join(CACHE, 'file-hashes.json'),
  /** Convert's new outputs, until every issue is decided (a failing issue keeps its last good ones). */
  convertStaged: join(CACHE, 'convert-staged'),
  /** The 发布日期 of every issue the last build published (scripts/lib/published-online.ts). */
  publishedOnline: join(CACHE, 'published-online.json'),
  /** What a publish moves from the site online into the new one, until it is online (carry.ts). */
  carried: join(CACHE, 'carried.json'),
  /** The build cache's entries (scripts/build/cache.ts). */
  buildCache: resolve(CACHE, 'build'),
  /** V8's compiled code of the modules the build's processes load, kept by Node (with-parent.ts). */
  compiledCode: resolve(CACHE, 'compiled-code'),
  /** The Astro runs' roots, and the files they share (scripts/pages.ts). */
  astroRuns: join(CACHE, 'astro'),
  /** The search index while the site run empties and fills the staging folder. */
  search: resolve(CACHE, 'search'),
  /** Search bundles as Pagefind writes them, before they go into the build cache. */
  searchBuilt: resolve(CACHE, 'search-built'),
  /** A snapshot process's fresh zips, before they go into the build cache. */
  snapshots: (pid: number) => join(CACHE, 'snapshot', String(pid)),
  /** Beside the output, so that replacing it is a rename on one file system. */
  staging: (out: string) => join(dirname(resolve(out)), `.${basename(resolve(out))}.staging`),
  /**
   * Where the site is made when the output is on another file system (Astro renames its own
   * files into the output, which cannot cross file systems): copied beside the output last.
   */
  crossDeviceStaging: resolve(CACHE, 'staging'),
  previous: (out: string) => join(dirname(resolve(out)), `.${basename(resolve(out))}.previous`),
};
