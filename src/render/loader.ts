// The documents collection's loader: each document's MDX file (src/content/generated/documents/,
// written and compiled once by convert) with its frontmatter as the entry's data and its body
// rendered to HTML here (src/render/body.ts), stored as `rendered` in Astro's data store, as
// Astro does for Markdown. The MDX is never compiled to a module of its own, bundled and
// imported back, which was half of a shard's Astro run.
//
// The data store outlives a run (each run's root under .cache/astro/), and an entry whose
// digest is unchanged is not rendered again: the digest covers the file and everything that
// makes the entry — this renderer's code, the versions of the MDX parser, the slugger and the
// YAML reader, and the syntax the MDX is read in —, so that a changed renderer never reuses
// old HTML.
import { glob, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load } from 'js-yaml';
import { MDX_FEATURES, renderBody } from './body.ts';

/** The files whose code makes a stored entry: the renderer and this loader. */
const RENDERER_FILES = ['./body.ts', './loader.ts'].map((f) => new URL(f, import.meta.url));
/** The libraries whose version changes a stored entry: its HTML, its data. */
const RENDERER_LIBRARIES = ['satteri', 'github-slugger', 'js-yaml'];

/** The version of an installed package, from its own package.json. */
function installedVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === name) return manifest.version;
    } catch {
      // No package.json at this level: look further up.
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`${name}: no package.json found`);
    dir = parent;
  }
}

/** What, besides a document's file, its stored HTML is made from. */
export function rendererIdentity(): string {
  return JSON.stringify({
    code: RENDERER_FILES.map((url) => readFileSync(url, 'utf8')),
    libraries: RENDERER_LIBRARIES.map((name) => [name, installedVersion(name)]),
    features: MDX_FEATURES,
  });
}

/** A stored entry's digest: its file, and what its HTML is made from (rendererIdentity). */
export const entryDigest = (
  identity: string,
  contents: string,
  generateDigest: LoaderContext['generateDigest'],
): string => generateDigest(`${identity}\n${contents}`);

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * A document file: its frontmatter (the data contract) and its body. The frontmatter is read
 * with js-yaml, as Astro reads MDX frontmatter (the emitter writes it for js-yaml: src/emit/mdx.ts).
 */
export function splitDocument(
  file: string,
  contents: string,
): { data: Record<string, unknown>; body: string } {
  const match = FRONTMATTER.exec(contents);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return {
    data: load(match[1]!) as Record<string, unknown>,
    body: contents.slice(match[0].length),
  };
}

export interface DocumentsLoaderOptions {
  /** The folder of the documents' MDX files. */
  base: string;
  /** Glob patterns under `base`. */
  pattern: string | string[];
}

export function documentsLoader({ base, pattern }: DocumentsLoaderOptions): Loader {
  /** Stores every document whose file or renderer changed, and drops those whose file is gone. */
  async function sync({ store, meta, parseData, generateDigest, config }: LoaderContext) {
    const identity = rendererIdentity();
    const root = fileURLToPath(config.root);
    const files: string[] = [];
    for await (const file of glob(pattern, { cwd: base })) files.push(file);
    const untouched = new Set(store.keys());
    for (const file of files.sort()) {
      const path = join(base, file);
      const contents = await readFile(path, 'utf8');
      const digest = entryDigest(identity, contents, generateDigest);
      // The id this file had (its frontmatter's), so that an unchanged file is not even parsed.
      const known = meta.get(path);
      if (known !== undefined && store.get(known)?.digest === digest) {
        untouched.delete(known);
        continue;
      }
      const { data, body } = splitDocument(path, contents);
      const id = String(data.id);
      untouched.delete(id);
      const filePath = relative(root, path).split(sep).join('/');
      const { html, headings, docRefs } = renderBody(body);
      store.set({
        id,
        data: await parseData({ id, data, filePath }),
        filePath,
        digest,
        rendered: { html, metadata: { headings, docRefs } },
      });
      meta.set(path, id);
    }
    for (const id of untouched) store.delete(id);
  }

  return {
    name: 'gongbao-documents',
    load: async (context: LoaderContext) => {
      await sync(context);
      const { watcher, logger } = context;
      if (!watcher) return;
      // `astro dev`: convert rewrites an issue's files at once, so the changes it makes wait
      // for one more pass over the files, which skips the unchanged ones by their digest.
      let syncing = Promise.resolve();
      let queued = false;
      watcher.add(base);
      watcher.on('all', (_event: string, path: string) => {
        if (!path.startsWith(base) || !path.endsWith('.mdx') || queued) return;
        queued = true;
        syncing = syncing
          .then(() => {
            queued = false;
            return sync(context);
          })
          .catch((error: Error) => logger.error(error.message));
      });
    },
  };
}
