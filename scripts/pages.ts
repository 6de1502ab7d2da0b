// npm run pages: the site's pages from the converted content, built by several Astro runs, as
// many at a time as there are cores. One run renders every page but the documents' straight
// into the output; one run a shard (scripts/lib/shards.ts) renders its documents' pages into
// a folder of its own, moved into the output when every run is done. An Astro run bundles
// and holds the MDX of all the pages it renders, so a run a shard keeps memory to a shard's
// worth, and separate processes use every core. Each run has a root of its own under
// .cache/astro/, where Astro writes its content modules and data store, and shares src/,
// public/ and astro.config.mjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { readIssueRecords } from '../src/data/generated.ts';
import { moveInto } from './lib/move.ts';
import { planShards, type Shard } from './lib/shards.ts';

const RUNS = '.cache/astro';

function astroRun(name: string, out: string, env: Record<string, string>): Promise<void> {
  const root = join(RUNS, name);
  mkdirSync(root, { recursive: true });
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['scripts/astro-run.ts', root], { env: { ...process.env, ...env, OUT_DIR: out }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`astro run ${name} exited ${code}`))));
  });
}

/** Moves a shard's document pages, and the assets they use, into the output. */
function mergeShard(shardOut: string, shard: Shard, out: string): void {
  for (const { documents } of shard.records) for (const d of documents) moveInto(join(shardOut, d.id), join(out, d.id));
  const assets = join(shardOut, '_astro');
  for (const file of existsSync(assets) ? readdirSync(assets) : []) {
    if (!existsSync(join(out, '_astro', file))) moveInto(join(assets, file), join(out, '_astro', file));
  }
  rmSync(shardOut, { recursive: true, force: true });
}

/** Builds every page into `out`; reports progress in documents rendered. */
export async function buildPages(out: string, shards: Shard[], onProgress?: (done: number, total: number) => void): Promise<void> {
  const output = resolve(out);
  const shardOut = (i: number) => resolve(RUNS, `shard-${i}`, 'dist');
  const total = shards.reduce((n, s) => n + s.documents, 0);
  let done = 0;
  const runs = [
    () => astroRun('site', output, { GONGBAO_RUN: 'site' }),
    ...shards.map((shard, i) => async () => {
      await astroRun(`shard-${i}`, shardOut(i), { GONGBAO_RUN: 'documents', GONGBAO_GAZETTES: shard.gazettes.join(',') });
      onProgress?.((done += shard.documents), total);
    }),
  ];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), runs.length) }, async () => {
    while (next < runs.length) await runs[next++]!();
  }));
  for (const [i, shard] of shards.entries()) mergeShard(shardOut(i), shard, output);
}

if (import.meta.main) {
  const shards = planShards(readIssueRecords());
  await buildPages(process.env.OUT_DIR ?? 'dist', shards);
  console.log(`pages: ${shards.reduce((n, s) => n + s.documents, 0)} documents in ${shards.length} shard${shards.length === 1 ? '' : 's'}, and the site's other pages`);
}
