// npm run build: the whole pipeline — convert the content; then, as many processes at a time
// as there are cores: the pages (an Astro run for the pages that cover the whole archive and
// one a shard of gazettes for its gazettes' pages, scripts/pages.ts), the search index (a
// Pagefind process a shard, scripts/search-index.ts) and the snapshots (a process a shard,
// scripts/snapshot.ts).
// Settings: src/config.ts (SITE_URL, BASE_PATH, OUT_DIR, SHARD_DOCUMENTS, SOURCE_DATE_EPOCH). An
// input that cannot be converted is skipped, the rest is built, and the build ends with the list
// of what it skipped and exit code 1.
//
// Incremental: an issue's pages, a shard's gazettes' archives and feeds, a shard's search
// bundle and an issue's snapshot whose inputs (content, code and settings, hashed) are those
// of an earlier build are taken from the build cache (scripts/lib/cache.ts) instead of being
// made again; the site run and the search lookups, which cover the whole archive, always run.
//
// Atomic: everything is written into a staging folder beside OUT_DIR, which replaces OUT_DIR
// only when every step has succeeded (skipped inputs are named at the end); a build that fails
// or is stopped leaves OUT_DIR as it was and no child process behind (scripts/lib/pool.ts).
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { constants } from 'node:os';
import { config } from '../src/config.ts';
import { readIssueRecords, readReviews } from '../src/data/generated.ts';
import { summaryLine } from '../src/review/index.ts';
import { convert } from './convert.ts';
import { commandLine } from './lib/args.ts';
import { prune } from './lib/cache.ts';
import { oneBuildAtATime } from './lib/lock.ts';
import { mergeInto, moveInto, stagingFolder } from './lib/move.ts';
import { runAll, stopChildren } from './lib/pool.ts';
import { progress } from './lib/progress.ts';
import { planShards } from './lib/shards.ts';
import { pageRuns } from './pages.ts';
import { searchRuns } from './search-index.ts';
import { snapshotRuns } from './snapshot.ts';

commandLine('npm run build', {});
oneBuildAtATime('build');
const OUT = resolve(config.OUT_DIR);
const BASE = config.BASE_PATH;
const STAGE = stagingFolder(OUT);
// Where the staged site waits beside OUT_DIR, to replace it by a rename.
const READY = join(dirname(OUT), `.${basename(OUT)}.staging`);
const PREVIOUS = join(dirname(OUT), `.${basename(OUT)}.previous`);
// The index is written here while the site run empties and fills the staging folder, then moved in;
// bundles are made in SEARCH_BUILT and reach SEARCH through the build cache.
const SEARCH = resolve('.cache/search');
const SEARCH_BUILT = resolve('.cache/search-built');

let stopping = false;
async function stop(message: string, exitCode: number): Promise<never> {
  stopping = true;
  await stopChildren();
  for (const staged of [STAGE, READY]) rmSync(staged, { recursive: true, force: true });
  console.error(`build: ${message}; ${config.OUT_DIR} is unchanged`);
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(
    signal,
    () => void (stopping || stop(`stopped by ${signal}`, 128 + constants.signals[signal])),
  );
}

/** Puts the staging folder in OUT_DIR's place, the previous output removed only once it is replaced. */
function publish(): void {
  // Staged in the cache (OUT_DIR is on another file system): copied beside OUT_DIR first.
  if (STAGE !== READY) moveInto(STAGE, READY);
  rmSync(PREVIOUS, { recursive: true, force: true });
  if (existsSync(OUT)) renameSync(OUT, PREVIOUS);
  renameSync(READY, OUT);
  rmSync(PREVIOUS, { recursive: true, force: true });
}

const started = performance.now();
const step = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const result = await run();
  console.log(`build: ${name} done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  return result;
};

try {
  // A build killed between publish's two renames left the output aside: it is put back.
  if (!existsSync(OUT) && existsSync(PREVIOUS)) renameSync(PREVIOUS, OUT);
  for (const staged of [STAGE, READY]) rmSync(staged, { recursive: true, force: true });

  const converted = await step('convert', () => convert(progress('convert')));
  console.log(
    `build: ${converted.converted} issues converted, ${converted.unchanged} unchanged, ${converted.skipped.length} skipped`,
  );
  // What `npm run review` would say of each issue, in one line (the details: npm run review).
  for (const review of readReviews()) console.log(`build: ${summaryLine(review)}`);

  const shards = planShards(readIssueRecords());
  mkdirSync(STAGE, { recursive: true });
  const pages = pageRuns(STAGE, shards, progress('pages'), { cache: true });
  const search = searchRuns(SEARCH, shards, BASE, progress('search index'), {
    cache: SEARCH_BUILT,
  });
  const snapshots = snapshotRuns(STAGE, shards, pages.merged, progress('snapshots'), {
    cache: true,
  });
  search.start();
  // The site run first, then each shard's pages and its index, then the snapshots, each of
  // which waits for its shard's pages.
  const tasks = [
    pages.site,
    ...pages.shards.flatMap((run, i) => [run, search.shards[i]!]),
    ...snapshots,
  ];
  await step('pages, search index and snapshots', () => runAll(tasks, availableParallelism()));
  search.finish();
  mergeInto(SEARCH, STAGE);
  publish();
  // Entries no longer used (removed issues, shards planned otherwise) go.
  const keys = shards.map((s) => s.gazettes.join(','));
  const issueIds = shards.flatMap((s) => s.records.map((r) => r.issue.id));
  prune({
    'gazette-pages': keys,
    'issue-pages': issueIds,
    pagefind: keys,
    snapshot: issueIds,
  });

  const documents = shards.reduce((n, s) => n + s.documents, 0);
  const issues = shards.reduce((n, s) => n + s.records.length, 0);
  console.log(
    `build: issues' pages ${issues - pages.issuesReused} made by ${pages.runs} Astro run${pages.runs === 1 ? '' : 's'}, ${pages.issuesReused} from the build cache; search bundles ${shards.length - search.reused} made, ${search.reused} from the build cache; the site run took ${pages.siteSeconds.toFixed(1)} s`,
  );
  console.log(
    `build: ${documents} documents and ${issues} snapshots in ${shards.length} shard${shards.length === 1 ? '' : 's'}; ${((performance.now() - started) / 1000).toFixed(1)} s in all`,
  );
  // The rest is built; what was not is listed last, where it is seen, and fails the build.
  if (converted.skipped.length > 0) {
    console.error(
      `build: ${converted.skipped.length} input file${converted.skipped.length === 1 ? '' : 's'} skipped:`,
    );
    for (const s of converted.skipped) console.error(`${s} — skipped`);
    process.exitCode = 1;
  }
} catch (error) {
  if (!stopping) await stop(`failed: ${(error as Error).message}`, 1);
}
