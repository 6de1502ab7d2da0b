// npm run pages: the site's pages from the converted content, built by several Astro runs.
// One run renders the pages that cover the whole archive (home, search, issuing bodies, 文种,
// feed, sitemap) straight into the output; one run a shard (scripts/lib/shards.ts) renders the
// pages of its gazettes (archive, feed, issues, documents) into a folder of its own, moved into
// the output when every run is done. An Astro run bundles and holds the MDX of all the pages
// it renders, so a run a shard keeps memory to a shard's worth, and runs side by side use
// every core. Each run has a root of its own under .cache/astro/, where Astro writes its
// content modules and data store, and shares src/, public/ and astro.config.mjs. (Astro's
// temporary .prerender folder goes in the run's output, or in ./.astro when that is outside
// the project: only the site run's output can be, so runs never share it.)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { config } from '../src/config.ts';
import { generatedPaths, readIssueRecords } from '../src/data/generated.ts';
import {
  type Reference,
  referenceIndex,
  type ReferenceIndex,
  referenceOf,
  referencesShown,
} from '../src/utils/references.ts';
import { cached, codeHash, sha256 } from './lib/cache.ts';
import { mergeInto, moveInto } from './lib/move.ts';
import { commandLine } from './lib/args.ts';
import { runAll, runScript } from './lib/pool.ts';
import { planShards, shardArgument, type Shard } from './lib/shards.ts';

const RUNS = '.cache/astro';
const GENERATED = dirname(generatedPaths.issues);

/**
 * Rolldown's allocator (mimalloc) gives freed memory back to the system after 10 ms and takes
 * it again moments later, each time as fresh pages the kernel must zero: in a profile of a
 * shard's run, 15% of its CPU time. A run lasts seconds and ends, so it keeps what it freed
 * (peak memory measured the same, CPU time 10% less).
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '-1' };

function astroRun(name: string, out: string, env: Record<string, string>): Promise<void> {
  const root = join(RUNS, name);
  mkdirSync(root, { recursive: true });
  return runScript('scripts/astro-run.ts', [root], { ...ALLOCATOR, ...env, OUT_DIR: out });
}

/** Moves a shard's pages, and the assets they use, into the output. */
function mergeShard(shardOut: string, shard: Shard, out: string): void {
  for (const gazette of shard.gazettes) moveInto(join(shardOut, gazette), join(out, gazette));
  // Assets are named by their content: one the output has already is the same file.
  if (existsSync(join(shardOut, '_astro')))
    mergeInto(join(shardOut, '_astro'), join(out, '_astro'));
  rmSync(shardOut, { recursive: true, force: true });
}

/** The files under `dir`, path and bytes, in a fixed order. */
function tree(dir: string): Array<[string, Buffer]> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((f) => [f, readFileSync(f)]);
}

/** 发文字号 a document body links with <DocRef number="…"> (src/emit/mdx.ts), as MDX reads the attribute. */
const docRefNumbers = (mdx: string) =>
  [...mdx.matchAll(/<DocRef number="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
  );

/**
 * SHA-256 of everything a shard's pages are made from: the code and settings; the
 * issue records and MDX its run loads (src/content.config.ts); and each page's links to other
 * documents, resolved over the whole archive as the page resolves them (referencesShown). A
 * new issue changes the shards whose pages gain or lose a link to one of its documents, or
 * show a document it changes, and no other.
 */
export function shardInputs(shard: Shard, index: ReferenceIndex<Reference>): string {
  // Every gazette's settings as the site shows them (the gazettes collection): small, and read by any page.
  const files = [
    ...tree(generatedPaths.gazettes),
    ...shard.gazettes.flatMap((g) => [
      ...tree(join(generatedPaths.issues, g)),
      ...tree(join(generatedPaths.documents, g)),
    ]),
  ];
  const bytes = new Map(files);
  const shown = shard.records.flatMap(({ documents }) =>
    documents.map((doc) => {
      const [gazette, year, number] = doc.issue.split('/');
      const mdx = bytes.get(generatedPaths.document(gazette!, `${year}-${number}`, doc.order));
      return referencesShown(doc, docRefNumbers(mdx?.toString() ?? ''), index);
    }),
  );
  // Each page's list by id, and each document shown once in full: a document cited by
  // hundreds is shown on each of their pages, but written out here once.
  const distinct = new Map(shown.flat().flatMap((r) => (r ? [[r.id, r]] : [])));
  return sha256(
    codeHash(),
    ...files.flatMap(([file, content]) => [relative(GENERATED, file), content]),
    JSON.stringify(shown.map((list) => list.map((r) => r?.id ?? null))),
    JSON.stringify([...distinct.values()].sort((a, b) => (a.id < b.id ? -1 : 1))),
  );
}

/**
 * The Astro runs that build every page into `out`, to be run by runAll in this order: the
 * site run first, which empties the output; each shard's pages move in when both its run and
 * the site run are done. `merged(i)` resolves then. With `cache`, a shard whose inputs are
 * those of a cached run (shardInputs) is copied from the cache instead of rendered, and a
 * rendered one is cached (scripts/lib/cache.ts); `reused` counts those.
 */
export function pageRuns(
  out: string,
  shards: Shard[],
  onProgress?: (done: number, total: number) => void,
  { cache = false } = {},
) {
  const output = resolve(out);
  // Every document's reference, for the links between documents in other shards (src/data/catalog.ts).
  const references = resolve(RUNS, 'references.json');
  mkdirSync(RUNS, { recursive: true });
  const all = shards.flatMap((s) => s.records.flatMap((r) => r.documents.map(referenceOf)));
  writeFileSync(references, JSON.stringify(all));
  const index = referenceIndex(all);
  const total = shards.reduce((n, s) => n + s.documents, 0);
  let done = 0;
  let site: Promise<void> | undefined;
  const merged: Array<Promise<void>> = [];
  const result = {
    reused: 0,
    /** Seconds the site run took (it always runs: its pages cover the whole archive). */
    siteSeconds: 0,
    site: () => {
      const started = performance.now();
      site = astroRun('site', output, { GONGBAO_RUN: 'site' }).then(
        () => void (result.siteSeconds = (performance.now() - started) / 1000),
      );
      return site;
    },
    shards: shards.map(
      (shard, i) => () =>
        (merged[i] = (async () => {
          const shardOut = resolve(RUNS, `shard-${i}`, 'dist');
          const render = async () => {
            await astroRun(`shard-${i}`, shardOut, {
              GONGBAO_RUN: 'gazettes',
              GONGBAO_GAZETTES: shard.gazettes.join(','),
              GONGBAO_REFERENCES: references,
            });
            // Only the shard's pages and the assets they use: what mergeShard moves.
            const kept = resolve(RUNS, `shard-${i}`, 'kept');
            rmSync(kept, { recursive: true, force: true });
            mergeShard(shardOut, shard, kept);
            return kept;
          };
          if (!cache) {
            await render();
            await site;
            mergeShard(resolve(RUNS, `shard-${i}`, 'kept'), shard, output);
          } else {
            const ready = resolve(RUNS, `shard-${i}`, 'ready');
            rmSync(ready, { recursive: true, force: true });
            if (
              (await cached(
                'pages',
                shard.gazettes.join(','),
                shardInputs(shard, index),
                ready,
                render,
              )) === 'reused'
            )
              result.reused++;
            await site;
            mergeShard(ready, shard, output);
          }
          onProgress?.((done += shard.documents), total);
        })()),
    ),
    merged: (i: number) => merged[i]!,
  };
  return result;
}

// npm run pages [-- --site | --shard <i>]: every page; or only the site run's pages, or only
// shard i's gazettes' pages, for builds split over machines (README, "Scaling past one machine").
if (import.meta.main) {
  const { values } = commandLine('npm run pages [-- --site | --shard <i>]', {
    options: { site: { type: 'boolean' }, shard: { type: 'string' } },
  });
  const shards = planShards(readIssueRecords());
  const runs = pageRuns(config.OUT_DIR, shards);
  const shard = shardArgument(shards, values.shard);
  if (shard !== null) {
    await runs.shards[shard]!();
  } else if (values.site) {
    await runs.site();
  } else {
    await runAll([runs.site, ...runs.shards], availableParallelism());
    console.log(
      `pages: ${shards.reduce((n, s) => n + s.documents, 0)} documents in ${shards.length} shard${shards.length === 1 ? '' : 's'}, and the site's other pages`,
    );
  }
}
