// npm run convert: content/<gazette>/<year>-<number>.txt → the content collections Astro reads:
//   src/content/generated/issues/<gazette>/<year>-<number>.json   (the issue, data contract)
//   src/content/generated/documents/<gazette>/<year>-<number>/<order>.mdx
// An issue whose input and converter are unchanged since the last run is not converted again
// (cache keyed by content hash). A file that cannot be read is reported and skipped; the
// other issues are still converted.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { documentToMdx } from '../src/emit/mdx.ts';
import { formatDiagnostic, GazetteError } from '../src/parser/diagnostics.ts';
import { parseIssue } from '../src/parser/index.ts';

const CONTENT = 'content';
export const GENERATED = 'src/content/generated';
const CACHE = '.cache/convert.json';

interface CacheEntry {
  hash: string;
  outputs: string[];
}

/** The converter's own code: a change to it invalidates every cached issue. */
function converterHash(): string {
  const hash = createHash('sha256');
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

export function convert(): { converted: number; unchanged: number; skipped: string[] } {
  const cache: Record<string, CacheEntry> = existsSync(CACHE) ? JSON.parse(readFileSync(CACHE, 'utf8')) : {};
  const tool = converterHash();
  const next: Record<string, CacheEntry> = {};
  const skipped: string[] = [];
  let converted = 0;
  let unchanged = 0;

  for (const path of inputs()) {
    const bytes = readFileSync(path);
    const hash = createHash('sha256').update(tool).update(bytes).digest('hex');
    const cached = cache[path];
    if (cached?.hash === hash && cached.outputs.every((o) => existsSync(o))) {
      next[path] = cached;
      unchanged++;
      continue;
    }
    for (const old of cached?.outputs ?? []) rmSync(old, { force: true });
    try {
      const result = parseIssue(path, bytes);
      for (const d of result.diagnostics) console.error(formatDiagnostic(d));
      const { gazette, stem } = placeOf(path);
      const issueFile = join(GENERATED, 'issues', gazette, `${stem}.json`);
      const outputs = [issueFile];
      write(issueFile, JSON.stringify(result.issue, null, 2) + '\n');
      for (const doc of result.documents) {
        const file = join(GENERATED, 'documents', gazette, stem, `${doc.order}.mdx`);
        write(file, documentToMdx(doc));
        outputs.push(file);
      }
      next[path] = { hash, outputs };
      converted++;
    } catch (error) {
      if (!(error instanceof GazetteError)) throw error;
      console.error(`${error.message} — skipped`);
      skipped.push(error.message);
    }
  }
  // Inputs that were removed take their generated files with them.
  for (const [path, entry] of Object.entries(cache)) {
    if (!next[path]) for (const old of entry.outputs) rmSync(old, { force: true });
  }
  write(CACHE, JSON.stringify(next, null, 2) + '\n');
  return { converted, unchanged, skipped };
}

function placeOf(path: string): { gazette: string; stem: string } {
  const rel = relative(CONTENT, path).split(/[\\/]/);
  return { gazette: rel[0]!, stem: rel.at(-1)!.replace(/\.txt$/, '') };
}

if (import.meta.main) {
  const { converted, unchanged, skipped } = convert();
  console.log(`convert: ${converted} issues converted, ${unchanged} unchanged, ${skipped.length} skipped`);
  for (const s of skipped) console.log(`  skipped ${s}`);
}
