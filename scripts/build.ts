// npm run build: the whole pipeline — convert the content; then, as many processes at a time
// as there are cores: the pages (an Astro run for the site's own pages and one a shard of
// gazettes for the documents', scripts/pages.ts), the search index (a Pagefind process a
// shard, scripts/search-index.ts) and the snapshots (a process a shard, scripts/snapshot.ts).
// Settings: src/config.ts (SITE_URL, BASE_PATH, OUT_DIR, SHARD_DOCUMENTS, SOURCE_DATE_EPOCH). An
// input that cannot be converted is skipped, the rest is built, and the build ends with the list
// of what it skipped and exit code 1.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { config } from '../src/config.ts';
import { readIssueRecords } from '../src/data/generated.ts';
import { convert } from './convert.ts';
import { commandLine } from './lib/args.ts';
import { mergeInto } from './lib/move.ts';
import { runAll } from './lib/pool.ts';
import { progress } from './lib/progress.ts';
import { planShards } from './lib/shards.ts';
import { pageRuns } from './pages.ts';
import { searchRuns } from './search-index.ts';
import { snapshotRuns } from './snapshot.ts';

commandLine('npm run build', {});
const OUT = resolve(config.OUT_DIR);
const BASE = config.BASE_PATH;
// The index is written here while the site run empties and fills the output, then moved in.
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

const shards = planShards(readIssueRecords());
const pages = pageRuns(OUT, shards, progress('pages'));
const search = searchRuns(SEARCH, shards, BASE, progress('search index'));
const snapshots = snapshotRuns(OUT, shards, pages.merged, progress('snapshots'));
search.start();
// The site run first, then each shard's pages and its index, then the snapshots, each of
// which waits for its shard's pages.
const tasks = [pages.site, ...pages.shards.flatMap((run, i) => [run, search.shards[i]!]), ...snapshots];
await step('pages, search index and snapshots', () => runAll(tasks, availableParallelism()));
search.finish();
mergeInto(SEARCH, OUT);

const documents = shards.reduce((n, s) => n + s.documents, 0);
const issues = shards.reduce((n, s) => n + s.records.length, 0);
console.log(`build: ${documents} documents and ${issues} snapshots in ${shards.length} shard${shards.length === 1 ? '' : 's'}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
// The rest is built; what was not is listed last, where it is seen, and fails the build.
if (converted.skipped.length > 0) {
  console.error(`build: ${converted.skipped.length} input file${converted.skipped.length === 1 ? '' : 's'} skipped:`);
  for (const s of converted.skipped) console.error(`${s} — skipped`);
  process.exitCode = 1;
}
