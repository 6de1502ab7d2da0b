// What an output's cache key holds of the code: one definition for every step of the build.
// A step's code is what its entry files reach — the project's files by their relative imports
// (and `new URL('./x.ts', import.meta.url)`), the libraries by their bare imports, each with
// the lock file's entry of every package it depends on —, Node's version, and, when the code
// reads the settings (src/config.ts), the settings that can change an output; and the project's
// version. So `npm update`
// of a library changes the key of exactly the steps that import it, and a benchmark, a test
// helper or a command no step imports changes no key.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { config } from '../../src/config.ts';

/** SHA-256 of a list of parts: each part's length first, so that no two lists hash alike. */
export const sha256 = (...parts: Array<string | Uint8Array>): string => {
  const hash = createHash('sha256');
  for (const part of parts)
    hash
      .update(`${typeof part === 'string' ? Buffer.byteLength(part) : part.length}:`)
      .update(part);
  return hash.digest('hex');
};

/**
 * The steps whose outputs are cached, and the files their code starts from. The pages start
 * from every file of src/ (Astro adds the routes by name, src/routes.ts) and public/.
 */
export const STEP_CODE = {
  convert: { entries: ['scripts/convert.ts'], folders: [] },
  pages: {
    entries: ['scripts/pages.ts', 'scripts/astro-run.ts', 'astro.config.mjs'],
    folders: ['src', 'public'],
  },
  search: { entries: ['scripts/search-index.ts'], folders: [] },
  snapshot: { entries: ['scripts/snapshot.ts'], folders: [] },
} as const;
export type Step = keyof typeof STEP_CODE;

const CODE = /\.(?:ts|mts|mjs|js|astro)$/;
/** What the build writes into src/: data, not code. */
const GENERATED = posix.join('src', 'content', 'generated');
const SETTINGS = ['src/config.ts'];

/** Every module specifier a file names: imports, re-exports, dynamic imports, `new URL(…, import.meta.url)`. */
function specifiers(text: string): string[] {
  const found: string[] = [];
  // A statement that imports or re-exports only types reaches no output.
  for (const m of text.matchAll(
    /^\s*(import|export)(\s+type\b)?[^;'"]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  ))
    if (!m[2]) found.push(m[3]!);
  for (const m of text.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) found.push(m[1]!);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  for (const m of text.matchAll(/\bnew URL\(\s*['"](\.[^'"]+)['"]\s*,\s*import\.meta\.url/g))
    found.push(m[1]!);
  return found;
}

/** The package a bare specifier names (`@astrojs/mdx/x` → `@astrojs/mdx`), or null for Node's own and virtual modules. */
function packageOf(specifier: string): string | null {
  if (/^(?:node|astro|virtual):/.test(specifier) || specifier.startsWith('.')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** The project's files a step's code reaches (relative, `/`-separated), and the packages it imports. */
export function reach(root: string, step: Step): { files: string[]; packages: string[] } {
  const { entries, folders } = STEP_CODE[step];
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [
    ...entries,
    ...folders.flatMap((folder) =>
      existsSync(join(root, folder))
        ? readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile())
            .map((e) => relative(root, join(e.parentPath, e.name)).split(/[\\/]/).join('/'))
        : [],
    ),
  ].filter((f) => !f.startsWith(GENERATED));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (files.has(file) || !statSync(join(root, file), { throwIfNoEntry: false })?.isFile())
      continue;
    files.add(file);
    if (!CODE.test(file)) continue;
    for (const specifier of specifiers(readFileSync(join(root, file), 'utf8'))) {
      if (specifier.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(file), specifier));
        if (!target.startsWith(GENERATED)) queue.push(target);
      } else {
        const name = packageOf(specifier);
        if (name) packages.add(name);
      }
    }
  }
  return { files: [...files].sort(), packages: [...packages].sort() };
}

interface LockEntry {
  version?: string;
  integrity?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

/**
 * The lock file's entries of `names` and of every package they depend on, found as Node finds
 * them (the nearest node_modules up from the package that depends), in a fixed order.
 */
export function lockedClosure(
  lock: { packages: Record<string, LockEntry> },
  names: string[],
): Array<[string, LockEntry]> {
  const locate = (from: string, name: string): string | null => {
    for (let dir = from; ; dir = dir.replace(/\/?node_modules\/(?:@[^/]+\/)?[^/]+$/, '')) {
      const path = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock.packages[path]) return path;
      if (!dir) return null;
    }
  };
  const seen = new Map<string, LockEntry>();
  const queue = names.map((name) => locate('', name)).filter((p): p is string => p !== null);
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (seen.has(path)) continue;
    const entry = lock.packages[path]!;
    seen.set(path, entry);
    for (const name of Object.keys({
      ...entry.dependencies,
      ...entry.optionalDependencies,
      ...entry.peerDependencies,
    })) {
      const found = locate(path, name);
      if (found) queue.push(found);
    }
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

const hashes = new Map<string, string>();
/**
 * The key of a step's code, in the project at `root`: its files, the locked versions of the
 * packages it reaches, Node's version and, when it reads them, the settings that reach a cached
 * output (not OUT_DIR, nor how the build is split, nor LIST_PAGE_SIZE, which only the site
 * run's pages show, made every build).
 */
export function codeHash(step: Step, root = '.'): string {
  const memo = `${resolve(root)}\0${step}`;
  const known = hashes.get(memo);
  if (known !== undefined) return known;
  const { files, packages } = reach(root, step);
  const json = (file: string) =>
    existsSync(join(root, file)) ? JSON.parse(readFileSync(join(root, file), 'utf8')) : {};
  const lock = { packages: {}, ...json('package-lock.json') };
  const { SITE_URL, BASE_PATH, SOURCE_DATE_EPOCH, site } = config;
  // The project's version is printed in every snapshot's bag-info.
  const { version } = json('package.json');
  const hash = sha256(
    process.version,
    String(version),
    files.some((f) => SETTINGS.includes(f))
      ? JSON.stringify({ SITE_URL, BASE_PATH, SOURCE_DATE_EPOCH, site })
      : '',
    ...files.flatMap((f) => [f, readFileSync(join(root, f))]),
    JSON.stringify(lockedClosure(lock, packages)),
  );
  hashes.set(memo, hash);
  return hash;
}
