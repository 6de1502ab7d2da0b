// npm run pages: the site's pages from the converted content, built by several Astro runs.
// One run renders every page but the documents' straight into the output; one run a shard
// (scripts/lib/shards.ts) renders its documents' pages into a folder of its own, moved into
// the output when every run is done. An Astro run bundles and holds the MDX of all the pages
// it renders, so a run a shard keeps memory to a shard's worth, and runs side by side use
// every core. Each run has a root of its own under .cache/astro/, where Astro writes its
// content modules and data store, and shares src/, public/ and astro.config.mjs. (Astro's
// temporary .prerender folder goes in the run's output, or in ./.astro when that is outside
// the project: only the site run's output can be, so runs never share it.)
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { config } from '../src/config.ts';
import { readIssueRecords } from '../src/data/generated.ts';
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
  for (const { documents } of shard.records) for (const d of documents) moveInto(join(shardOut, d.id), join(out, d.id));
  // Assets are named by their content: one the output has already is the same file.
  if (existsSync(join(shardOut, '_astro'))) mergeInto(join(shardOut, '_astro'), join(out, '_astro'));
  rmSync(shardOut, { recursive: true, force: true });
}

/**
 * The Astro runs that build every page into `out`, to be run by runAll in this order: the
 * site run first, which empties the output; each shard's pages move in when both its run and
 * the site run are done. `merged(i)` resolves then.
 */
export function pageRuns(out: string, shards: Shard[], onProgress?: (done: number, total: number) => void) {
  const output = resolve(out);
  // Every document's reference, for the links between documents in other shards (src/data/catalog.ts).
  const references = resolve(RUNS, 'references.json');
  mkdirSync(RUNS, { recursive: true });
  writeFileSync(references, JSON.stringify(shards.flatMap((s) => s.records.flatMap((r) => r.documents.map(({ id, issue, order, title, docNumber, cites }) => ({ id, issue, order, title, docNumber, cites }))))));
  const total = shards.reduce((n, s) => n + s.documents, 0);
  let done = 0;
  let site: Promise<void> | undefined;
  const merged: Array<Promise<void>> = [];
  return {
    site: () => (site = astroRun('site', output, { GONGBAO_RUN: 'site' })),
    shards: shards.map((shard, i) => () => (merged[i] = (async () => {
      const shardOut = resolve(RUNS, `shard-${i}`, 'dist');
      await astroRun(`shard-${i}`, shardOut, { GONGBAO_RUN: 'documents', GONGBAO_GAZETTES: shard.gazettes.join(','), GONGBAO_REFERENCES: references });
      await site;
      mergeShard(shardOut, shard, output);
      onProgress?.((done += shard.documents), total);
    })())),
    merged: (i: number) => merged[i]!,
  };
}

// npm run pages [-- --site | --shard <i>]: every page; or only the site run's pages, or only
// shard i's document pages, for builds split over machines (README, "Scaling past one machine").
if (import.meta.main) {
  const { values } = commandLine('npm run pages [-- --site | --shard <i>]', { options: { site: { type: 'boolean' }, shard: { type: 'string' } } });
  const shards = planShards(readIssueRecords());
  const runs = pageRuns(config.OUT_DIR, shards);
  const shard = shardArgument(shards, values.shard);
  if (shard !== null) {
    await runs.shards[shard]!();
  } else if (values.site) {
    await runs.site();
  } else {
    await runAll([runs.site, ...runs.shards], availableParallelism());
    console.log(`pages: ${shards.reduce((n, s) => n + s.documents, 0)} documents in ${shards.length} shard${shards.length === 1 ? '' : 's'}, and the site's other pages`);
  }
}
