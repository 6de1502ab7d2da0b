// npm run build: the whole pipeline — convert the content; then, as many processes at a time
// as there are cores: the pages (an Astro run for the pages that cover the whole archive and
// one a shard of gazettes for its gazettes' pages, or the site run for a publish's few new
// issues, scripts/pages.ts), the search index (a
// Pagefind process a shard, scripts/search-index.ts) and the snapshots (a process a shard,
// scripts/snapshot.ts).
// Settings: src/config.ts (SITE_URL, BASE_PATH, OUT_DIR, SHARD_DOCUMENTS, SOURCE_DATE_EPOCH). An
// input that cannot be converted now is not built: an issue published before keeps its last
// good output (pages, search records, snapshot, feeds, sitemap: convert keeps what it last
// converted), a new one is left out; the rest is built, and the build ends with the list of
// what it did not build (file:line) and exit code 1.
//
// Incremental: an issue's pages, a shard's gazettes' archives and feeds, a shard's search
// bundle and an issue's snapshot whose inputs (content, code and settings, hashed) are those
// of an earlier build are taken from the build cache (scripts/build/cache.ts) instead of being
// made again; the site run and the search lookups, which cover the whole archive, always run.
//
// Atomic: everything is written into a staging folder beside OUT_DIR, which replaces OUT_DIR
// only when every step has succeeded (skipped inputs are named at the end); a build that fails
// or is stopped leaves OUT_DIR as it was and no child process behind (scripts/build/pool.ts).
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { constants } from 'node:os';
import { config } from '../src/config.ts';
import { readIssueRecords, readReviews } from '../src/data/generated.ts';
import { phrase, type Step } from '../src/diagnostics/phrases.ts';
import { summaryLine } from '../src/review/index.ts';
import { sharedDocNumbers } from './build/clashes.ts';
import { runOrFail, stop as stopChildren } from './build/runner.ts';
import { scratch } from './build/scratch.ts';
import { convertTask, problemLine } from './convert.ts';
import { commandLine } from './lib/args.ts';
import { prune } from './build/cache.ts';
import { saveFileHashes, settleHashes } from './build/file-hashes.ts';
import { oneBuildAtATime } from './lib/lock.ts';
import { mergeInto, moveInto, stagingFolder } from './lib/move.ts';
import { progress } from './lib/progress.ts';
import { ledgerOf } from './lib/published-online.ts';
import { bundleDir, planShards } from './lib/shards.ts';
import { pageTaskIds, pageTasks } from './pages.ts';
import { searchTasks } from './search-index.ts';
import { snapshotOutput, snapshotTasks } from './snapshot.ts';
import { CarryOver, carriedPublished, moveCarried, putBack } from './build/carry.ts';
import { paths } from '../src/utils/url.ts';

commandLine('npm run build', {});
oneBuildAtATime('build');
const OUT = resolve(config.OUT_DIR);
const BASE = config.BASE_PATH;
// Where the site is made: beside OUT_DIR, or in the cache when OUT_DIR is on another file
// system; READY, beside OUT_DIR, is where it waits to replace OUT_DIR by a rename.
const STAGE = stagingFolder(OUT);
const READY = scratch.staging(OUT);
const PREVIOUS = scratch.previous(OUT);
// The index is written here while the site run empties and fills the staging folder, then
// moved in; bundles are made in scratch.searchBuilt and reach SEARCH through the build cache.
const SEARCH = scratch.search;

/**
 * Puts the published site back as it was, where a build killed or stopped while publishing
 * left it (moved aside, or some of its files carried into the new site), and removes the new
 * site's folders.
 */
function recover(): void {
  if (!existsSync(OUT) && existsSync(PREVIOUS)) renameSync(PREVIOUS, OUT);
  putBack();
  for (const staged of [STAGE, READY]) rmSync(staged, { recursive: true, force: true });
}

let stopping = false;
async function stop(why: { signal: string } | { error: string }, exitCode: number): Promise<never> {
  stopping = true;
  await stopChildren();
  recover();
  console.error(phrase('build-stopped', { ...why, dir: config.OUT_DIR }));
  process.exit(exitCode);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void (stopping || stop({ signal }, 128 + constants.signals[signal])));
}

/**
 * Puts the staging folder in OUT_DIR's place, the previous output removed only once it is
 * replaced. Removing a site is a system call a file and a folder, each waiting on the disk:
 * Node's asynchronous rm issues them from its thread pool, several at a time.
 */
async function publish(carried: CarryOver): Promise<void> {
  // Staged in the cache (OUT_DIR is on another file system): copied beside OUT_DIR first.
  if (STAGE !== READY) moveInto(STAGE, READY);
  await rm(PREVIOUS, { recursive: true, force: true });
  moveCarried(carried.units, OUT, READY);
  if (existsSync(OUT)) renameSync(OUT, PREVIOUS);
  renameSync(READY, OUT);
  carriedPublished();
  await rm(PREVIOUS, { recursive: true, force: true });
}

const started = performance.now();
const step = async <T>(name: Step, run: () => T | Promise<T>): Promise<T> => {
  const t = performance.now();
  const result = await run();
  const seconds = ((performance.now() - t) / 1000).toFixed(1);
  console.log(phrase('build-step-done', { step: name, seconds }));
  return result;
};

try {
  // A build killed while publishing left the output aside, or some of it carried: it is put back.
  recover();

  const conversion = convertTask();
  await step('convert', () => runOrFail([conversion.task], 1));
  const converted = conversion.result()!;
  console.log(
    phrase('converted', {
      command: 'build',
      converted: converted.converted.length,
      unchanged: converted.unchanged,
      skipped: converted.problems.length,
    }),
  );
  // What `npm run review` would say of each issue, in one line (the details: npm run review).
  for (const review of readReviews())
    console.log(phrase('said', { command: 'build', line: summaryLine(review) }));

  const records = readIssueRecords();
  for (const [docNumber, ids] of sharedDocNumbers(records.flatMap((r) => r.documents)))
    console.error(
      phrase('said', { command: 'build', line: phrase('shared-doc-number', { docNumber, ids }) }),
    );
  const shards = planShards(records);
  mkdirSync(STAGE, { recursive: true });
  // What the site online holds as the cache would restore it stays there (scripts/build/carry.ts):
  // an issue's pages with its snapshot, a shard's search bundle.
  const carried = new CarryOver(OUT);
  const pages = pageTasks(STAGE, shards, progress('pages'), {
    cache: true,
    converted: converted.converted,
    carry: (record, inputs) =>
      carried.take([
        { kind: 'issue-pages', key: record.issue.id, inputs: () => inputs, unit: record.issue.id },
        snapshotOutput(OUT, record),
      ]),
  });
  const search = searchTasks(SEARCH, shards, BASE, progress('search index'), {
    cache: scratch.searchBuilt,
    carry: carried,
  });
  const snapshots = snapshotTasks(STAGE, shards, pageTaskIds.merged, progress('snapshots'), {
    cache: true,
    carried: (id) => carried.has(paths.snapshot(id)),
  });
  // In this order as slots free up: the site run first, then each shard's pages, its index,
  // the move of its pages into place and its snapshots. The looks into the build cache and the
  // moves take no slot; a shard's pages wait for its look, its index does not, so the first
  // index starts beside the site run: in a publish, that of the new issue's shard, whose pages
  // the site run makes (the memory this costs: README, Measured).
  search.clear();
  const tasks = [
    pages.tasks.site,
    ...pages.tasks.shards.flatMap(([check, render, merge], i) => [
      check!,
      render!,
      search.shards[i]!,
      merge!,
      snapshots[i]!,
    ]),
    search.lookups,
  ];
  // The outputs kept in the cache are hashed as they are made, too soon to be remembered: they
  // are read again once they can be, while the processes work (scripts/build/file-hashes.ts).
  const settling = setInterval(settleHashes, 2000);
  const outcome = await step('outputs', () => runOrFail(tasks, availableParallelism())).finally(
    () => clearInterval(settling),
  );
  const bundlesReused = outcome.reused.filter((id) => id.startsWith('search:')).length;
  mergeInto(SEARCH, STAGE);
  await publish(carried);
  // What is online now, and since when: the 发布日期 later builds keep.
  writeFileSync(`${scratch.publishedOnline}.tmp`, ledgerOf(records));
  renameSync(`${scratch.publishedOnline}.tmp`, scratch.publishedOnline);
  // Entries no longer used (removed issues, shards planned otherwise) go.
  const keys = shards.map((s) => s.gazettes.join(','));
  const issueIds = shards.flatMap((s) => s.records.map((r) => r.issue.id));
  prune({
    'gazette-pages': keys,
    'issue-pages': issueIds,
    pagefind: keys,
    snapshot: issueIds,
  });
  settleHashes();
  saveFileHashes();

  const documents = shards.reduce((n, s) => n + s.documents, 0);
  const issues = shards.reduce((n, s) => n + s.records.length, 0);
  console.log(
    phrase('build-made', {
      made: pages.stats.issuesMade,
      inSite: pages.stats.inSite,
      runs: pages.stats.runs,
      reused: pages.stats.issuesReused,
      bundlesMade: shards.length - bundlesReused,
      bundlesReused,
      carried: pages.stats.issuesCarried,
      bundlesCarried: search.shards.filter((_, i) => carried.has(bundleDir(i))).length,
      siteSeconds: pages.stats.siteSeconds.toFixed(1),
    }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(phrase('build-total', { documents, issues, shards: shards.length, seconds }));
  // The rest is built; what was not is listed last, where it is seen, and fails the build.
  if (converted.problems.length > 0) {
    console.error(phrase('build-not-built', { count: converted.problems.length }));
    for (const p of converted.problems) console.error(problemLine(p));
    process.exitCode = 1;
  }
} catch (error) {
  if (!stopping) await stop({ error: (error as Error).message }, 1);
}
