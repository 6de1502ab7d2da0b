// npm run build: the whole pipeline — convert the content, build the site with Astro, index it
// for search, package each issue as a snapshot. Environment: SITE_URL, BASE_PATH, OUT_DIR
// (see README), SOURCE_DATE_EPOCH for the snapshots' timestamps.
import { build } from 'astro';
import { convert } from './convert.ts';
import { buildSearchIndex } from './search-index.ts';
import { progress } from './lib/progress.ts';
import { writeSnapshots } from './snapshot.ts';

const started = performance.now();
const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const result = await run();
  console.log(`build: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

const converted = await step('convert', () => convert(progress('convert')));
console.log(`build: ${converted.converted} issues converted, ${converted.unchanged} unchanged, ${converted.skipped.length} skipped`);
for (const s of converted.skipped) console.log(`build: skipped ${s}`);
// Astro 7 warns about its own MDX module directives on every page; ASTRO_LOG=info shows all.
await step('astro build', () => build({ logLevel: (process.env.ASTRO_LOG as 'info' | 'warn' | undefined) ?? 'error' }));
const { records, shards } = await step('search index', () => buildSearchIndex(undefined, undefined, progress('search index')));
const snapshots = await step('snapshots', () => writeSnapshots(progress('snapshots')));
console.log(`build: ${records} documents indexed in ${shards} search shard${shards > 1 ? 's' : ''}, ${snapshots} snapshots; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
