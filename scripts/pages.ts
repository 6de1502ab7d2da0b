// npm run pages: the site's pages from the converted content, built by several Astro runs.
// One run renders every page but the documents' straight into the output; one run a shard
// (scripts/lib/shards.ts) renders its documents' pages into a folder of its own, moved into
// the output when every run is done. An Astro run bundles and holds the MDX of all the pages
// it renders, so a run a shard keeps memory to a shard's worth, and runs side by side use
// every core. Each run has a root of its own under .cache/astro/, where Astro writes its
// content modules and data store, and shares src/, public/ and astro.config.mjs. (Astro's
// temporary .prerender folder goes in the run's output, or in ./.astro when that is outside
// the project: only the site run's output can be, so runs never share it.)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { config } from '../src/config.ts';
import type { Reference } from '../src/data/catalog.ts';
import { generatedPaths, readIssueRecords } from '../src/data/generated.ts';
import { matchKey } from '../src/parser/text.ts';
import { cached, codeHash, sha256 } from './lib/cache.ts';
import { mergeInto, moveInto } from './lib/move.ts';
import { commandLine } from './lib/args.ts';
import { runAll, runScript } from './lib/pool.ts';
import { planShards, shardArgument, type Shard } from './lib/shards.ts';

const RUNS = '.cache/astro';

function astroRun(name: string, out: string, env: Record<string, string>): Promise<void> {
  const root = join(RUNS, name);
  mkdirSync(root, { recursive: true });
  return runScript('scripts/astro-run.ts', [root], { ...env, OUT_DIR: out });
}

/** Moves a shard's document pages, and the assets they use, into the output. */
function mergeShard(shardOut: string, shard: Shard, out: string): void {
  for (const { documents } of shard.records)
    for (const d of documents) moveInto(join(shardOut, d.id), join(out, d.id));
  // Assets are named by their content: one the output has already is the same file.
  if (existsSync(join(shardOut, '_astro')))
    mergeInto(join(shardOut, '_astro'), join(out, '_astro'));
  rmSync(shardOut, { recursive: true, force: true });
}

/** The files under `dir`, path and bytes, in a fixed order. */
function tree(dir: string): Array<string | Buffer> {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .flatMap((f) => [f.slice(dir.length), readFileSync(f)]);
}

/** 发文字号 a document body links with <DocRef number="…"> (src/emit/mdx.ts), as MDX reads the attribute. */
const docRefNumbers = (mdx: string) =>
  [...mdx.matchAll(/<DocRef number="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16))),
  );

/** Every 发文字号 and title (as relations match it) a reference names or bears. */
const keysOf = (r: Reference): string[] => [
  ...(r.docNumber ? [r.docNumber] : []),
  matchKey(r.title),
  ...r.cites,
  ...r.relations.flatMap((rel) => [
    ...(rel.docNumber ? [rel.docNumber] : []),
    ...(rel.title ? [matchKey(rel.title)] : []),
  ]),
];

/**
 * SHA-256 of everything a shard's document pages are made from: the code and settings; the
 * issue records and MDX its run loads (src/content.config.ts); and, of the references of the
 * whole archive, those that can change its pages. A page shows the documents it cites, lists
 * (a 发文目录 link) or names in a relation, found by 发文字号 or title, and those that cite or
 * name it (src/utils/relations.ts): every such reference shares a number or title with the
 * shard's documents, or with a reference that does (a relation found by title gives way to a
 * document carrying the number it names). So these two rings of references are hashed: a new
 * issue changes the shards of the documents it names or that name it, and no other.
 */
export function shardInputs(shard: Shard, references: Reference[]): string {
  // Every gazette's settings as the site shows them (the gazettes collection): small, and read by any page.
  const files = [
    ...tree(generatedPaths.gazettes),
    ...shard.gazettes.flatMap((g) => [
      ...tree(join(generatedPaths.issues, g)),
      ...tree(join(generatedPaths.documents, g)),
    ]),
  ];
  const mdx = files.filter((f) => typeof f !== 'string').join('\n');
  const own = new Set(shard.gazettes);
  let keys = new Set([
    ...references.filter((r) => own.has(r.issue.split('/')[0]!)).flatMap(keysOf),
    ...docRefNumbers(mdx),
  ]);
  let shown: Reference[] = [];
  for (let ring = 0; ring < 2; ring++) {
    shown = references.filter((r) => keysOf(r).some((k) => keys.has(k)));
    keys = new Set([...keys, ...shown.flatMap(keysOf)]);
  }
  return sha256(codeHash(), ...files, JSON.stringify(shown.sort((a, b) => (a.id < b.id ? -1 : 1))));
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
  const all: Reference[] = shards.flatMap((s) =>
    s.records.flatMap((r) =>
      r.documents.map(
        ({ id, issue, order, title, docNumber, cites, relations, date, effective, expires }) => ({
          id,
          issue,
          order,
          title,
          docNumber,
          cites,
          relations,
          date,
          effective,
          expires,
        }),
      ),
    ),
  );
  writeFileSync(references, JSON.stringify(all));
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
              GONGBAO_RUN: 'documents',
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
                'documents',
                shard.gazettes.join(','),
                shardInputs(shard, all),
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
// shard i's document pages, for builds split over machines (README, "Scaling past one machine").
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
