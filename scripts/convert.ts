// npm run convert: content/<gazette>/<year>-<number>.txt → the content collections Astro reads:
//   src/content/generated/issues/<gazette>/<year>-<number>.json   (the issue and its documents' records)
//   src/content/generated/documents/<gazette>/<year>-<number>/<order>.mdx
// and beside them each document's plain text for search (text/<issue id>.json).
// An issue whose input and converter are unchanged since the last run is not converted again
// (cache keyed by content hash); the others are parsed and emitted in parallel, one worker
// thread per core. A file that cannot be read is reported and skipped; the other issues are
// still converted.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { generatedPaths } from '../src/data/generated.ts';
import type { Converted } from './convert-worker.ts';
import { commandLine } from './lib/args.ts';

const CONTENT = 'content';
const CACHE = '.cache/convert.json';

interface CacheEntry {
  hash: string;
  outputs: string[];
}

/** The converter's own code: a change to it invalidates every cached issue. */
function converterHash(): string {
  const hash = createHash('sha256').update(readFileSync('scripts/convert-worker.ts'));
  for (const dir of ['src/parser', 'src/emit']) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex');
}

function inputs(): string[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .map((f) => join(CONTENT, f))
    .sort();
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export async function convert(onProgress?: (done: number, total: number) => void): Promise<{ converted: number; unchanged: number; skipped: string[] }> {
  const cache: Record<string, CacheEntry> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const tool = converterHash();
  const next: Record<string, CacheEntry> = {};
  const skipped: string[] = [];
  const changed: Array<{ path: string; bytes: Buffer; hash: string }> = [];
  let unchanged = 0;

  for (const path of inputs()) {
    const bytes = readFileSync(path);
    const hash = createHash('sha256').update(tool).update(bytes).digest('hex');
    const cached = cache[path];
    if (cached?.hash === hash && cached.outputs.every((o) => existsSync(o))) {
      next[path] = cached;
      unchanged++;
    } else {
      for (const old of cached?.outputs ?? []) rmSync(old, { force: true });
      changed.push({ path, bytes, hash });
    }
  }

  // A worker pool only pays off for more than a couple of issues.
  const pool = changed.length > 2 ? new Piscina({ filename: new URL('./convert-worker.ts', import.meta.url).href, maxThreads: availableParallelism() }) : null;
  const convertOne = pool
    ? (input: { path: string; bytes: Buffer }) => pool.run(input) as Promise<Converted | { error: string }>
    : async (input: { path: string; bytes: Buffer }) => (await import('./convert-worker.ts')).default(input);
  let done = 0;
  await Promise.all(changed.map(async ({ path, bytes, hash }) => {
    const result = await convertOne({ path, bytes });
    done++;
    onProgress?.(done, changed.length);
    if ('error' in result) {
      console.error(`${result.error} — skipped`);
      skipped.push(result.error);
      return;
    }
    for (const d of result.diagnostics) console.error(d);
    const { gazette, stem } = placeOf(path);
    const issueFile = generatedPaths.issue(gazette, stem);
    const textFile = generatedPaths.text(result.issueId);
    write(issueFile, result.issueJson);
    write(textFile, result.textJson);
    const outputs = [issueFile, textFile];
    for (const doc of result.documents) {
      const file = generatedPaths.document(gazette, stem, doc.order);
      write(file, doc.mdx);
      outputs.push(file);
    }
    // Relative, so that the cache stays good when the project moves.
    next[path] = { hash, outputs: outputs.map((o) => relative('.', o)) };
  }));
  await pool?.destroy();

  // Inputs that were removed take their generated files with them.
  for (const [path, entry] of Object.entries(cache)) {
    if (!next[path]) for (const old of entry.outputs) rmSync(old, { force: true });
  }
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  write(CACHE, JSON.stringify(sorted, null, 2) + '\n');
  return { converted: changed.length - skipped.length, unchanged, skipped };
}

function placeOf(path: string): { gazette: string; stem: string } {
  const rel = relative(CONTENT, path).split(/[\\/]/);
  return { gazette: rel[0]!, stem: rel.at(-1)!.replace(/\.txt$/, '') };
}

if (import.meta.main) {
  commandLine('npm run convert', {});
  const { converted, unchanged, skipped } = await convert();
  console.log(`convert: ${converted} issues converted, ${unchanged} unchanged, ${skipped.length} skipped`);
  for (const s of skipped) console.log(`  skipped ${s}`);
}
