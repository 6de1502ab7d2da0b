// npm run convert: content/<gazette>/<year>-<number>.txt → the content collections Astro reads:
//   src/content/generated/issues/<gazette>/<year>-<number>.json   (the issue and its documents' records)
//   src/content/generated/documents/<gazette>/<year>-<number>/<order>.mdx
// and beside them each document's plain text for search (text/<issue id>.json).
// An issue's id comes from its path (scripts/lib/inputs.ts); a file that is not where an issue
// goes, or claims an issue another file has, is reported and skipped, and so is a file that
// cannot be read; the other issues are still converted. An issue whose input and converter are
// unchanged since the last run, and whose outputs are still byte for byte what was written
// (SHA-256 of each, in the cache), is not converted again; the others are parsed and emitted
// in parallel, one worker thread per core.
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { generatedPaths } from '../src/data/generated.ts';
import type { Converted } from './convert-worker.ts';
import { commandLine } from './lib/args.ts';
import { editorialFiles, type EditorialFiles, writeGazetteRecords } from './lib/editorial.ts';
import {
  type ConvertCacheEntry as CacheEntry,
  readConvertCache,
  reconcileGenerated,
} from './lib/generated-content.ts';
import { type IssuePlace, placeInputs } from './lib/inputs.ts';
import { listContent } from './lib/content-files.ts';
import { oneBuildAtATime } from './lib/lock.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';

const CONTENT = 'content';
const CACHE = '.cache/convert.json';

const sha256 = (bytes: string | Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The converter's own code: a change to it invalidates every cached issue. */
function converterHash(): string {
  const hash = createHash('sha256').update(readFileSync('scripts/convert-worker.ts'));
  for (const dir of ['src/parser', 'src/emit', 'src/settings', 'src/corrections', 'src/review']) {
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (file.endsWith('.ts')) hash.update(file).update(readFileSync(join(dir, file)));
    }
  }
  return hash.digest('hex');
}

function inputs() {
  const listed = listContent(CONTENT);
  const placed = placeInputs(CONTENT, listed.files);
  const gazettes = [
    ...new Set(listed.files.flatMap((f) => (f.includes('/') ? [f.split('/')[0]!] : []))),
  ];
  // An editor's file that cannot be read is reported with each issue it belongs to.
  const editors = /\/(gazette|[^/]*\.fix)\.yaml: /;
  return {
    ...placed,
    refused: [...listed.refused.filter((r) => !editors.test(r)), ...placed.refused],
    gazettes,
  };
}

/** Written whole or not at all: a convert killed mid-write leaves the previous file. */
function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/** Is every output still what convert wrote (not removed, not overwritten by a run that was killed)? */
function intact(entry: CacheEntry): boolean {
  return Object.entries(entry.outputs).every(
    ([file, hash]) => existsSync(file) && sha256(readFileSync(file)) === hash,
  );
}

export async function convert(
  onProgress?: (done: number, total: number) => void,
): Promise<{ converted: number; unchanged: number; skipped: string[] }> {
  const cache = readConvertCache(CACHE);
  const tool = converterHash();
  const next: Record<string, CacheEntry> = {};
  const { issues, refused, gazettes } = inputs();
  for (const r of refused) console.error(`${r} — skipped`);
  const skipped: string[] = [...refused];
  const changed: Array<{
    place: IssuePlace;
    bytes: Buffer;
    hash: string;
    editorial: EditorialFiles;
  }> = [];
  let unchanged = 0;
  let failed = 0;

  for (const place of issues) {
    let bytes: Buffer, editorial: EditorialFiles;
    try {
      bytes = readFileSync(place.file);
      // The gazette's settings and the issue's corrections are inputs of the issue too.
      editorial = editorialFiles(place.file);
    } catch (error) {
      const message = unreadable(place.file, error);
      console.error(`${message} — skipped`);
      skipped.push(message);
      continue;
    }
    const hash = createHash('sha256')
      .update(tool)
      .update(bytes)
      .update(JSON.stringify(editorial))
      .digest('hex');
    const cached = cache[place.file];
    if (cached?.hash === hash && intact(cached)) {
      next[place.file] = cached;
      unchanged++;
    } else changed.push({ place, bytes, hash, editorial });
  }

  // A worker pool only pays off for more than a couple of issues.
  const pool =
    changed.length > 2
      ? new Piscina({
          filename: new URL('./convert-worker.ts', import.meta.url).href,
          maxThreads: availableParallelism(),
        })
      : null;
  const convertOne = pool
    ? (input: { place: IssuePlace; bytes: Buffer; editorial: EditorialFiles }) =>
        pool.run(input) as Promise<Converted | { error: string }>
    : async (input: { place: IssuePlace; bytes: Buffer; editorial: EditorialFiles }) =>
        (await import('./convert-worker.ts')).default(input);
  let done = 0;
  await Promise.all(
    changed.map(async ({ place, bytes, hash, editorial }) => {
      const result = await convertOne({ place, bytes, editorial });
      done++;
      onProgress?.(done, changed.length);
      if ('error' in result) {
        console.error(`${result.error} — skipped`);
        skipped.push(result.error);
        failed++;
        return;
      }
      for (const d of result.diagnostics) console.error(d);
      const written: Array<[string, string]> = [
        [generatedPaths.issue(place.id), result.issueJson],
        [generatedPaths.text(place.id), result.textJson],
        [generatedPaths.review(place.id), result.reviewJson],
        ...result.documents.map(
          (doc) => [generatedPaths.document(place.id, doc.order), doc.mdx] as [string, string],
        ),
      ];
      for (const [file, text] of written) write(file, text);
      // Relative, so that the cache stays good when the project moves.
      next[place.file] = {
        hash,
        outputs: Object.fromEntries(
          written.map(([file, text]) => [relative('.', file), sha256(text)]),
        ),
      };
    }),
  );
  await pool?.destroy();

  // Inputs that were removed, refused or failed take their generated files with them, and so
  // do documents an issue no longer has, whatever the cache listed.
  reconcileGenerated(
    new Set(Object.values(next).flatMap((e) => Object.keys(e.outputs).map((f) => resolve(f)))),
  );
  writeGazetteRecords(CONTENT, gazettes);
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  write(CACHE, JSON.stringify(sorted, null, 2) + '\n');
  return { converted: changed.length - failed, unchanged, skipped };
}

/** One input's read failure as `file:line: message`: its own, or the file system's. */
function unreadable(file: string, error: unknown): string {
  if (error instanceof GazetteError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === undefined) throw error;
  return `${file}:1: 无法读取（${code}）`;
}

if (import.meta.main) {
  commandLine('npm run convert', {});
  oneBuildAtATime('convert');
  const { converted, unchanged, skipped } = await convert();
  console.log(
    `convert: ${converted} issues converted, ${unchanged} unchanged, ${skipped.length} skipped`,
  );
  for (const s of skipped) console.log(`  skipped ${s}`);
}
