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
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildDay, config } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { generatedPaths, readIssueRecords, readLinks } from '../src/data/generated.ts';
import { PLAN_FILE, type RunPlan } from '../src/data/plan.ts';
import {
  type Reference,
  referenceIndex,
  type ReferenceIndex,
  referenceOf,
  referencesShown,
} from '../src/utils/references.ts';
import { validityOf } from '../src/utils/validity.ts';
import { codeHash, sha256 } from './build/keys.ts';
import { fileHash } from './build/file-hashes.ts';
import { keep, restore } from './build/cache.ts';
import { mergeInto, moveInto } from './lib/move.ts';
import { commandLine } from './lib/args.ts';
import { runScript } from './build/pool.ts';
import { runOrFail, type Task } from './build/runner.ts';
import { planShards, shardArgument, type Shard } from './lib/shards.ts';

const RUNS = '.cache/astro';

/**
 * Rolldown's allocator (mimalloc) gives freed memory back to the system after 10 ms and takes
 * it again moments later, each time as fresh pages the kernel must zero: in a profile of a
 * shard's run, 15% of its CPU time. A run lasts seconds and ends, so it keeps what it freed
 * (peak memory measured the same, CPU time 10% less).
 */
const ALLOCATOR = { MIMALLOC_PURGE_DELAY: '-1' };

/** One Astro run, in a root of its own that holds its plan (src/data/plan.ts). */
function astroRun(name: string, out: string, plan: RunPlan): Promise<void> {
  const root = join(RUNS, name);
  mkdirSync(root, { recursive: true });
  writeFileSync(join(root, PLAN_FILE), JSON.stringify(plan));
  return runScript('scripts/astro-run.ts', [root], { ...ALLOCATOR, OUT_DIR: out });
}

/** Moves a shard's pages, and the assets they use, into the output. */
function mergeShard(shardOut: string, shard: Shard, out: string): void {
  for (const gazette of shard.gazettes) moveInto(join(shardOut, gazette), join(out, gazette));
  // Assets are named by their content: one the output has already is the same file.
  if (existsSync(join(shardOut, '_astro')))
    mergeInto(join(shardOut, '_astro'), join(out, '_astro'));
  rmSync(shardOut, { recursive: true, force: true });
}

/** The files under `dir`, in a fixed order. */
function tree(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/**
 * A converted file as an input: its path under the generated content, and its content's hash
 * (remembered between builds: an unchanged file is not read again, scripts/build/file-hashes.ts).
 */
const input = (file: string) => [relative(generatedPaths.root, file), fileHash(file)];

const referenceHashes = new WeakMap<Reference, string>();
/** SHA-256 of every field of a reference, worked out once a build. */
function referenceHash(reference: Reference): string {
  let hash = referenceHashes.get(reference);
  if (hash === undefined)
    referenceHashes.set(reference, (hash = sha256(JSON.stringify(reference))));
  return hash;
}

/**
 * SHA-256 of everything a shard's pages are made from, in two parts. What every page reads:
 * the code and settings, and every gazette's settings as the site shows them (the gazettes
 * collection: small). `gazettes`: its gazettes' archives and feeds, and the assets, which
 * list every issue of them: their issue records. `issues`, for each issue: its pages (issue
 * page, data, printed PDF, documents) read its record, its printed PDF's record and its
 * documents' MDX (src/content.config.ts), and
 * each document page's links to other documents, resolved over the whole archive as the page
 * resolves them (referencesShown), and each document's 有效性 on the build's `day`
 * (validityOf: it changes with the day only for a document whose last day is stated). A new
 * issue changes the pages of the issues that gain or lose a link to one of its documents, or
 * show a document it changes, and no other; a new day, those of the documents that lapse on it.
 */
export function pageInputs(
  shard: Shard,
  index: ReferenceIndex<Reference>,
  day: string,
): { gazettes: string; issues: Map<string, string> } {
  const common = sha256(
    codeHash('pages'),
    ...tree(generatedPaths.gazettes).flatMap((f) => input(f)),
  );
  const records = shard.records.map(({ issue, documents }) => {
    const links = readLinks(issue.id);
    const printed = generatedPaths.printed(issue.id);
    return {
      id: issue.id,
      record: input(generatedPaths.issue(issue.id)),
      // The printed PDF, in an issue's pages only: its record holds the PDF's SHA-256.
      printed: existsSync(printed) ? input(printed) : [],
      documents: documents.map((doc) => ({
        bytes: input(generatedPaths.document(issue.id, doc.order)),
        shown: referencesShown(doc, links.get(doc.id) ?? [], index),
        validity: validityOf(doc, index.relations.inbound(doc), day),
      })),
    };
  });
  return {
    gazettes: sha256(common, ...records.flatMap((r) => r.record)),
    issues: new Map(
      records.map(({ id, record, printed, documents }) => {
        const shown = documents.map((d) => d.shown);
        // Each page's list by id, and each document shown once in full, by the hash of its
        // reference: a document cited by hundreds is shown on each of their pages.
        const distinct = new Map(shown.flat().flatMap((r) => (r ? [[r.id, r]] : [])));
        return [
          id,
          sha256(
            common,
            ...record,
            ...printed,
            ...documents.flatMap((d) => d.bytes),
            JSON.stringify(shown.map((list) => list.map((r) => r?.id ?? null))),
            JSON.stringify(documents.map((d) => d.validity)),
            ...[...distinct.keys()].sort().map((id) => referenceHash(distinct.get(id)!)),
          ),
        ];
      }),
    ),
  };
}

/** Ids of the page tasks, for the tasks of other steps that wait for them. */
export const pageTaskIds = {
  site: 'pages:site',
  shard: (i: number) => `pages:shard-${i}`,
  /** Shard i's pages are in the output. */
  merged: (i: number) => `pages:merge-${i}`,
};

/**
 * The tasks that build every page into `out` (scripts/build/runner.ts): the site run, which
 * empties the output; a task a shard that puts its pages into a folder of its own (it ends when
 * they are ready, so that another task takes its place at once), and one that moves them into
 * the output once both it and the site run are done. With `cache`, the pages of an issue whose
 * inputs are those of cached pages (pageInputs) are copied from the cache, and so are a shard's
 * gazettes' archives and feeds; the shard's run renders only the rest, and what it renders is
 * cached (scripts/build/cache.ts). `stats` counts the issues whose pages came from the cache and
 * the shards' runs made, and times the site run.
 */
export function pageTasks(
  out: string,
  shards: Shard[],
  onProgress?: (done: number, total: number) => void,
  {
    cache = false,
    carry,
  }: {
    cache?: boolean;
    /**
     * With `cache`: whether an issue's pages, whose inputs' hash is `pages`, are kept where the
     * published site holds them (scripts/build/carry.ts) instead of being restored.
     */
    carry?: (issueId: string, pages: string) => boolean;
  } = {},
): { tasks: { site: Task; shards: Task[][] }; stats: PageStats } {
  const output = resolve(out);
  // Every document's reference, for the links between documents in other shards (src/data/catalog.ts).
  const references = resolve(RUNS, 'references.json');
  mkdirSync(RUNS, { recursive: true });
  const all = shards.flatMap((s) => s.records.flatMap((r) => r.documents.map(referenceOf)));
  writeFileSync(references, JSON.stringify(all));
  const index = referenceIndex(all);
  // One day for the whole build: every run renders, and every key is worked out, with it.
  const day = buildDay(config);
  const total = shards.reduce((n, s) => n + s.documents, 0);
  let done = 0;
  const stats: PageStats = { issuesReused: 0, issuesCarried: 0, runs: 0, siteSeconds: 0 };
  const ready = (i: number) => resolve(RUNS, `shard-${i}`, 'ready');
  /**
   * Renders a shard's gazettes' pages, of only the issues `issues` when given, into a
   * folder that holds only them and the assets they use (what mergeShard moves).
   */
  const render = async (i: number, issues?: string[]) => {
    const shard = shards[i]!;
    const shardOut = resolve(RUNS, `shard-${i}`, 'dist');
    await astroRun(`shard-${i}`, shardOut, {
      part: 'gazettes',
      gazettes: shard.gazettes,
      references,
      issues: issues ?? null,
      day,
    });
    const kept = resolve(RUNS, `shard-${i}`, 'kept');
    rmSync(kept, { recursive: true, force: true });
    mergeShard(shardOut, shard, kept);
    stats.runs++;
    return kept;
  };
  /** Puts shard i's pages into `ready`: from the cache where its inputs are unchanged, else rendered. */
  const renderCached = async (i: number, ready: string) => {
    const shard = shards[i]!;
    const key = shard.gazettes.join(',');
    const inputs = pageInputs(shard, index, day);
    const gazettesReused = await restore('gazette-pages', key, inputs.gazettes, ready);
    // All at once: each waits on the disk while it makes its folders (scripts/build/cache.ts).
    const ids = shard.records.map((r) => r.issue.id);
    const reused = await Promise.all(
      ids.map((id) => {
        const pages = inputs.issues.get(id)!;
        if (carry?.(id, pages)) {
          stats.issuesCarried++;
          return true;
        }
        return restore('issue-pages', id, pages, ready);
      }),
    );
    const missing = ids.filter((_, k) => !reused[k]);
    stats.issuesReused += shard.records.length - missing.length;
    if (gazettesReused && missing.length === 0) return;
    const kept = await render(i, missing.length === shard.records.length ? undefined : missing);
    const unit = resolve(RUNS, `shard-${i}`, 'issue');
    for (const id of missing) {
      rmSync(unit, { recursive: true, force: true });
      moveInto(join(kept, id), join(unit, id));
      await keep('issue-pages', id, inputs.issues.get(id)!, unit, ready);
    }
    // What is left: the gazettes' archives and feeds, and the assets.
    if (gazettesReused) rmSync(kept, { recursive: true, force: true });
    else await keep('gazette-pages', key, inputs.gazettes, kept, ready);
  };
  const site: Task = {
    id: pageTaskIds.site,
    run: async () => {
      const started = performance.now();
      await astroRun('site', output, { part: 'site' });
      stats.siteSeconds = (performance.now() - started) / 1000;
    },
  };
  return {
    tasks: {
      site,
      shards: shards.map((shard, i) => [
        {
          id: pageTaskIds.shard(i),
          run: async () => {
            rmSync(ready(i), { recursive: true, force: true });
            if (cache) await renderCached(i, ready(i));
            else moveInto(await render(i), ready(i));
          },
        },
        {
          id: pageTaskIds.merged(i),
          deps: [pageTaskIds.site, pageTaskIds.shard(i)],
          run: async () => {
            mergeShard(ready(i), shard, output);
            onProgress?.((done += shard.documents), total);
          },
        },
      ]),
    },
    stats,
  };
}

export interface PageStats {
  /** Issues whose pages came from the build cache. */
  issuesReused: number;
  /** Of those, the issues whose pages stayed where the published site holds them. */
  issuesCarried: number;
  /** Shards' Astro runs made. */
  runs: number;
  /** Seconds the site run took (it always runs: its pages cover the whole archive). */
  siteSeconds: number;
}

// npm run pages [-- --site | --shard <i> [--cache]]: every page; or only the site run's pages,
// or only shard i's gazettes' pages, for builds split over machines (README, "Scaling past one
// machine"); --cache takes the shard's pages whose inputs are unchanged from the build cache.
if (import.meta.main) {
  const { values } = commandLine('npm run pages [-- --site | --shard <i> [--cache]]', {
    options: { site: { type: 'boolean' }, shard: { type: 'string' }, cache: { type: 'boolean' } },
  });
  const shards = planShards(readIssueRecords());
  const { tasks } = pageTasks(config.OUT_DIR, shards, undefined, { cache: values.cache });
  const shard = shardArgument(shards, values.shard);
  // A shard's pages alone (another job makes the site's): they go into the output as they are.
  const alone = (t: Task) => ({ ...t, deps: t.deps?.filter((d) => d !== pageTaskIds.site) });
  const chosen =
    shard !== null
      ? tasks.shards[shard]!.map(alone)
      : values.site
        ? [tasks.site]
        : [tasks.site, ...tasks.shards.flat()];
  await runOrFail(chosen, availableParallelism());
  if (shard === null && !values.site)
    console.log(
      phrase('pages-done', {
        documents: shards.reduce((n, s) => n + s.documents, 0),
        shards: shards.length,
      }),
    );
}
