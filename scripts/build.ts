// npm run build: the whole pipeline — convert the content; build the pages with Astro (a run
// for the site's pages and one a shard of gazettes for the documents', scripts/pages.ts)
// while Pagefind indexes the same content for search; package each issue as a snapshot.
// Environment: SITE_URL, BASE_PATH, OUT_DIR, SHARD_DOCUMENTS (see README), SOURCE_DATE_EPOCH
// for the snapshots' timestamps.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { readIssueRecords } from '../src/data/generated.ts';
import { convert } from './convert.ts';
import { buildPages } from './pages.ts';
import { mergeInto } from './lib/move.ts';
import { progress } from './lib/progress.ts';
import { planShards } from './lib/shards.ts';
import { buildSearchIndex } from './search-index.ts';
import { writeSnapshots } from './snapshot.ts';

const OUT = resolve(process.env.OUT_DIR ?? 'dist');
const BASE = process.env.BASE_PATH ?? '/';
// The index is written here while Astro empties and fills the output, then moved in.
const SEARCH = resolve('.cache/search');

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
const shards = planShards(readIssueRecords());
rmSync(SEARCH, { recursive: true, force: true });
const [, { records }] = await Promise.all([
  step('pages', () => buildPages(OUT, shards, progress('pages'))),
  step('search index', () => buildSearchIndex(SEARCH, shards, BASE, progress('search index'))),
]);
mergeInto(SEARCH, OUT);
const snapshots = await step('snapshots', () => writeSnapshots(progress('snapshots')));
console.log(`build: ${records} documents in ${shards.length} shard${shards.length === 1 ? '' : 's'} (pages and search index), ${snapshots} snapshots; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
