// npm run index: the search index, a Pagefind bundle per shard of gazettes (scripts/lib/shards.ts),
// each written by a process of its own, that the search page merges. Every issue's own matter
// is a record leading to the issue page; every document becomes one Pagefind record: its text
// and title as index words (src/search/tokens.ts says why), filters for gazette, year, issuing
// body, 文种 and the days it is in force, a date to sort by, and the metadata
// results show. The text comes from the converted content, not the built pages, so the index
// is written while Astro builds. Beside it, search/numbers/<year>.json (other.json: numbers without a year) maps each 发文字号 to
// its document, so that a number typed in any style goes straight to it, and
// search/indexes.json lists the bundles.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { config } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { generatedPaths, readDocumentTexts, readIssueRecords } from '../src/data/generated.ts';
import type { DocumentMeta } from '../src/schema.ts';
import { numberFile, numberKey } from '../src/search/docNumberQuery.ts';
import { documentRecord, issueRecord } from '../src/search/records.ts';
import { lastDayInForce, siteRelations } from '../src/utils/relations.ts';
import { href } from '../src/utils/url.ts';
import { commandLine } from './lib/args.ts';
import { codeHash, sha256 } from './build/keys.ts';
import { fileHash } from './build/file-hashes.ts';
import { scratch } from './build/scratch.ts';
import { runScript } from './build/pool.ts';
import { runOrFail, type Task } from './build/runner.ts';
import type { CarryOver } from './build/carry.ts';
import { bundleDir, planShards, shardArgument, type Shard } from './lib/shards.ts';

const BATCH = 64;

type LastDay = (doc: DocumentMeta) => string | null;

/** The records a shard's bundle indexes, issue by issue: the issue's own, then its documents'. */
function* shardRecords(shard: Shard, lastDay: LastDay) {
  for (const { issue, documents } of shard.records) {
    const texts = new Map(readDocumentTexts(issue.id).map((t) => [t.id, t.text]));
    yield [
      issueRecord(issue),
      ...documents.map((doc) => documentRecord(doc, issue, texts.get(doc.id) ?? '', lastDay(doc))),
    ];
  }
}

/** One shard's Pagefind bundle, written to `outputPath` by a Pagefind process of its own. */
async function indexShard(shard: Shard, outputPath: string, lastDay: LastDay): Promise<void> {
  const { index } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error('pagefind could not start');
  for (const [matter, ...documents] of shardRecords(shard, lastDay)) {
    const { errors } = await index.addCustomRecord(matter!);
    if (errors.length > 0) throw new Error(`${matter!.url}: ${errors.join('; ')}`);
    // Documents go to the Pagefind service a batch at a time: it indexes them concurrently.
    for (let k = 0; k < documents.length; k += BATCH) {
      await Promise.all(
        documents.slice(k, k + BATCH).map(async (record) => {
          const { errors } = await index.addCustomRecord(record);
          if (errors.length > 0) throw new Error(`${record.url}: ${errors.join('; ')}`);
        }),
      );
    }
  }
  rmSync(outputPath, { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath });
  if (errors.length > 0) throw new Error(errors.join('; '));
  await pagefind.close();
}

/**
 * search/numbers/<year>.json (the lookup key of a 发文字号, numberKey → the documents that print
 * it, in archive order: one almost always; all of them when several do, never one chosen; a
 * number without a year in numbers/other.json) and search/indexes.json (the bundles), under `out`.
 */
function writeLookups(out: string, shards: Shard[], base: string): void {
  const numbers = new Map<string, Record<string, Array<{ url: string; title: string }>>>();
  for (const doc of shards.flatMap((s) => s.records.flatMap((r) => r.documents))) {
    const key = doc.docNumber && numberKey(doc.docNumber);
    if (!key) continue;
    const file = numberFile(key);
    const entries = numbers.get(file) ?? {};
    (entries[key] ??= []).push({ url: href(`${doc.id}/`, base), title: doc.title });
    numbers.set(file, entries);
  }
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
  };
  rmSync(join(out, 'search', 'numbers'), { recursive: true, force: true });
  for (const [file, entries] of numbers)
    write(join(out, 'search', file), Object.fromEntries(Object.entries(entries).sort()));
  write(
    join(out, 'search', 'indexes.json'),
    shards.map((_, i) => `${bundleDir(i)}/`),
  );
}

/** The last day each document is in force, counting repeals by documents in any shard. */
export function lastDays(shards: Shard[]): LastDay {
  const relations = siteRelations(shards.flatMap((s) => s.records.flatMap((r) => r.documents)));
  return (doc) => lastDayInForce(doc, relations.inbound(doc));
}

/**
 * SHA-256 of everything a shard's bundle is made from (shardRecords): the code, its issues'
 * records, their documents' text, and the last day each is in force, which a document of
 * another shard can set by repealing it.
 */
export const bundleInputs = (
  shard: Shard,
  lastDay: LastDay,
  // A text's hash, not its bytes: most are unchanged since an earlier build hashed them.
  textsOf = (issueId: string): string => fileHash(generatedPaths.text(issueId)),
) =>
  sha256(
    codeHash('search'),
    ...shard.records.flatMap((r) => [
      JSON.stringify(r),
      textsOf(r.issue.id),
      JSON.stringify(r.documents.map(lastDay)),
    ]),
  );

/** Ids of the search index's tasks. */
export const searchTaskIds = {
  shard: (i: number) => `search:shard-${i}`,
  lookups: 'search:lookups',
};

/**
 * The tasks that write the search index of `shards` under `out` (scripts/build/runner.ts): one
 * Pagefind process a shard, then the lookups; `clear`, called before they run, removes the old
 * bundles (a bundle is put into a folder of its own that must hold nothing else). With `cache`,
 * each bundle is written into `cache`'s folder first and declared as a cached output, so that a
 * shard whose records and texts are those of a cached bundle reuses it (scripts/build/cache.ts);
 * with `carry` too, a bundle the published site holds as cached stays there (build/carry.ts).
 */
export function searchTasks(
  out: string,
  shards: Shard[],
  base: string,
  onProgress?: (done: number, total: number) => void,
  { cache, carry }: { cache?: string; carry?: CarryOver } = {},
): { clear: () => void; shards: Task[]; lookups: Task } {
  const total = shards.reduce((n, s) => n + s.documents, 0);
  let done = 0;
  const lastDay = lastDays(shards);
  return {
    clear: () => {
      for (const dir of [out, cache]) {
        if (dir === undefined) continue;
        mkdirSync(dir, { recursive: true });
        for (const entry of readdirSync(dir))
          if (/^pagefind(-\d+)?$/.test(entry))
            rmSync(join(dir, entry), { recursive: true, force: true });
      }
    },
    shards: shards.map((shard, i) => ({
      id: searchTaskIds.shard(i),
      ...(cache !== undefined && {
        cache: {
          kind: 'pagefind' as const,
          key: shard.gazettes.join(','),
          inputs: () => bundleInputs(shard, lastDay),
          into: join(out, bundleDir(i)),
          ...(carry && { carry: { over: carry, unit: bundleDir(i) } }),
        },
      }),
      run: async () => {
        const into = cache ?? out;
        await runScript('scripts/search-index.ts', ['--shard', String(i)], { OUT_DIR: into });
        return join(into, bundleDir(i));
      },
      settled: () => onProgress?.((done += shard.documents), total),
    })),
    lookups: {
      id: searchTaskIds.lookups,
      light: true,
      deps: shards.map((_, i) => searchTaskIds.shard(i)),
      run: async () => writeLookups(out, shards, base),
    },
  };
}

// npm run index [-- --shard <i> [--cache] | --lookups]: the whole index; or only shard i's
// bundle, or only the lookups, for builds split over machines (README, "Scaling past one
// machine"); --cache takes the shard's bundle from the build cache when its inputs are unchanged.
if (import.meta.main) {
  const { OUT_DIR: out, BASE_PATH: base } = config;
  const { values } = commandLine('npm run index [-- --lookups | --shard <i> [--cache]]', {
    options: {
      lookups: { type: 'boolean' },
      shard: { type: 'string' },
      cache: { type: 'boolean' },
    },
  });
  const shards = planShards(readIssueRecords());
  const shard = shardArgument(shards, values.shard);
  if (shard !== null && values.cache) {
    const task = searchTasks(out, shards, base, undefined, { cache: scratch.searchBuilt }).shards[
      shard
    ]!;
    await runOrFail([task], 1);
  } else if (shard !== null) {
    await indexShard(shards[shard]!, join(out, bundleDir(shard)), lastDays(shards));
  } else if (values.lookups) {
    writeLookups(out, shards, base);
  } else {
    const tasks = searchTasks(out, shards, base);
    tasks.clear();
    await runOrFail([...tasks.shards, tasks.lookups], availableParallelism());
    console.log(
      phrase('index-done', {
        documents: shards.reduce((n, s) => n + s.documents, 0),
        bundles: shards.length,
        dir: out,
      }),
    );
  }
}
