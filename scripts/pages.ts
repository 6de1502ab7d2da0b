// npm run pages: the site's pages from the converted content, built by several Astro runs.
// One run renders the pages that cover the whole archive (home, search, issuing bodies, 文种,
// feed, sitemap) straight into the output; one run a shard (scripts/lib/shards.ts) renders the
// pages of its gazettes (archive, feed, issues, documents) into a folder of its own, moved into
// the output when every run is done; a build that publishes a few new issues has the site run
// make their pages instead (pageTasks). An Astro run holds the bodies of all the pages it
// renders, so a run a shard keeps memory to a shard's worth, and runs side by side use every
// core. Each run has a root of its own under .cache/astro/, where Astro writes its
// content modules and data store, and shares src/, public/ and astro.config.mjs. (Astro's
// temporary .prerender folder goes in the run's output, or in ./.astro when that is outside
// the project: only the site run's output can be, so runs never share it.)
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { buildDay, config } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import {
  generatedPaths,
  type IssueRecord,
  readIssueRecords,
  readLinks,
} from '../src/data/generated.ts';
import { PLAN_FILE, type RunPlan, type SitePlan } from '../src/data/plan.ts';
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
import { cachedInputs, keep, restore } from './build/cache.ts';
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
  /** Shard i's pages that the build cache holds are in place, the others known. */
  checked: (i: number) => `pages:check-${i}`,
  shard: (i: number) => `pages:shard-${i}`,
  /** Shard i's pages are in the output. */
  merged: (i: number) => `pages:merge-${i}`,
};

/**
 * The most documents whose pages the site run makes beside its own: a publish's new issue,
 * whose shard's run would cost seconds of fixed cost for a few pages (starting Astro, loading
 * the code), but not a shard's worth, which would hold the site run up.
 */
const IN_SITE_RUN = 200;

/** What a shard's look into the build cache found. */
interface Checked {
  inputs: ReturnType<typeof pageInputs>;
  /** Its gazettes' archives and feeds came from the cache. */
  gazettesReused: boolean;
  /** The issues whose pages must be made. */
  missing: string[];
}

/**
 * The tasks that build every page into `out` (scripts/build/runner.ts): the site run, which
 * empties the output; for each shard, a look into the build cache (with `cache`: the pages of
 * an issue whose inputs are those of cached pages (pageInputs), and its gazettes' archives and
 * feeds, are copied from it), a task that makes the rest into a folder of the shard's own (it
 * ends when they are ready, so that another task takes its place at once), and one that moves
 * them into the output once the site run is done too. What a shard makes is cached
 * (scripts/build/cache.ts): by a run of its own, or, for the few issues just `converted`
 * (IN_SITE_RUN), by the site run, which then adds them and their gazettes' archives and feeds
 * to its own pages. `stats` counts the issues made and how, and times the site run.
 */
export function pageTasks(
  out: string,
  shards: Shard[],
  onProgress?: (done: number, total: number) => void,
  {
    cache = false,
    carry,
    converted = [],
  }: {
    cache?: boolean;
    /**
     * With `cache`: whether an issue's pages, whose inputs' hash is `pages`, are kept where the
     * published site holds them (scripts/build/carry.ts) instead of being restored.
     */
    carry?: (record: IssueRecord, pages: string) => boolean;
    /** With `cache`: the issues convert has just made (new, or changed). */
    converted?: string[];
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
  const stats: PageStats = {
    issuesMade: 0,
    inSite: 0,
    issuesReused: 0,
    issuesCarried: 0,
    runs: 0,
    siteSeconds: 0,
  };
  const ready = (i: number) => resolve(RUNS, `shard-${i}`, 'ready');
  const kept = (i: number) => resolve(RUNS, `shard-${i}`, 'kept');
  // Worked out once a shard: by the site run's plan, then by the shard's look into the cache.
  const shardInputs = new Map<number, ReturnType<typeof pageInputs>>();
  const inputsOf = (i: number) => {
    if (!shardInputs.has(i)) shardInputs.set(i, pageInputs(shards[i]!, index, day));
    return shardInputs.get(i)!;
  };
  const checked = new Map<number, Checked>();

  // The shards built before that hold the issues just converted, when these are few: their
  // pages may be made by the site run, which those shards then wait for. (A shard never built
  // has a run of its own: its pages are all new.)
  const justConverted = new Set(converted);
  const fresh = shards.flatMap((shard, i) => {
    const records = shard.records.filter((r) => justConverted.has(r.issue.id));
    if (records.length === 0 || cachedInputs('gazette-pages', shard.gazettes.join(',')) === null)
      return [];
    return [{ i, documents: records.flatMap((r) => r.documents).length }];
  });
  const candidates = new Set(
    cache && fresh.reduce((n, f) => n + f.documents, 0) <= IN_SITE_RUN ? fresh.map((f) => f.i) : [],
  );
  /**
   * The issues of the candidate shards whose cached pages were made from other inputs (or are
   * not cached), when they are few: what the site run makes of them. Only a look at the
   * entries' manifests; their shards' own tasks check the files, and make what is still missing.
   */
  const inSite = new Map<number, string[]>();
  const planSite = (): SitePlan['with'] => {
    let documents = 0;
    for (const i of candidates) {
      const { issues } = inputsOf(i);
      const stale = shards[i]!.records.filter(
        (r) => cachedInputs('issue-pages', r.issue.id) !== issues.get(r.issue.id),
      );
      documents += stale.reduce((n, r) => n + r.documents.length, 0);
      if (stale.length > 0)
        inSite.set(
          i,
          stale.map((r) => r.issue.id),
        );
    }
    if (documents > IN_SITE_RUN || inSite.size === 0) {
      inSite.clear();
      return undefined;
    }
    return {
      gazettes: [...inSite.keys()].flatMap((i) => shards[i]!.gazettes),
      issues: [...inSite.values()].flat(),
      day,
    };
  };

  /** Renders shard i's gazettes' pages, of only the issues `issues` when given, into kept(i). */
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
    rmSync(kept(i), { recursive: true, force: true });
    mergeShard(shardOut, shard, kept(i));
    stats.runs++;
  };
  /**
   * Takes shard i's pages that the site run made out of the output into kept(i), with a copy
   * of the assets (a shard's cached archives hold the assets its pages use).
   */
  const takeFromSite = (i: number) => {
    rmSync(kept(i), { recursive: true, force: true });
    for (const gazette of shards[i]!.gazettes)
      if (existsSync(join(output, gazette)))
        moveInto(join(output, gazette), join(kept(i), gazette));
    cpSync(join(output, '_astro'), join(kept(i), '_astro'), { recursive: true });
  };
  /** Puts into ready(i) the pages of shard i that the cache holds (or the site online, carried). */
  const check = async (i: number): Promise<Checked> => {
    const shard = shards[i]!;
    const key = shard.gazettes.join(',');
    const inputs = inputsOf(i);
    const gazettesReused = await restore('gazette-pages', key, inputs.gazettes, ready(i));
    // All at once: each waits on the disk while it makes its folders (scripts/build/cache.ts).
    const ids = shard.records.map((r) => r.issue.id);
    const reused = await Promise.all(
      shard.records.map((record) => {
        const id = record.issue.id;
        const pages = inputs.issues.get(id)!;
        if (carry?.(record, pages)) {
          stats.issuesCarried++;
          return true;
        }
        return restore('issue-pages', id, pages, ready(i));
      }),
    );
    const missing = ids.filter((_, k) => !reused[k]);
    stats.issuesReused += ids.length - missing.length;
    return { inputs, gazettesReused, missing };
  };
  /** Makes what shard i's check found missing, caches it, and puts it into ready(i). */
  const make = async (i: number, { inputs, gazettesReused, missing }: Checked) => {
    const shard = shards[i]!;
    const bySite = inSite.get(i);
    // The site run made the pages found missing; a damaged entry can leave more missing.
    const made =
      bySite !== undefined &&
      bySite.length === missing.length &&
      missing.every((id) => bySite.includes(id));
    if (bySite !== undefined) takeFromSite(i);
    if (gazettesReused && missing.length === 0) {
      rmSync(kept(i), { recursive: true, force: true });
      return;
    }
    if (made) stats.inSite += missing.length;
    else await render(i, missing.length === shard.records.length ? undefined : missing);
    stats.issuesMade += missing.length;
    const unit = resolve(RUNS, `shard-${i}`, 'issue');
    for (const id of missing) {
      rmSync(unit, { recursive: true, force: true });
      moveInto(join(kept(i), id), join(unit, id));
      await keep('issue-pages', id, inputs.issues.get(id)!, unit, ready(i));
    }
    // What is left: the gazettes' archives and feeds, and the assets.
    if (gazettesReused) rmSync(kept(i), { recursive: true, force: true });
    else await keep('gazette-pages', shard.gazettes.join(','), inputs.gazettes, kept(i), ready(i));
  };
  const site: Task = {
    id: pageTaskIds.site,
    run: async () => {
      const started = performance.now();
      const also = planSite();
      await astroRun('site', output, { part: 'site', ...(also && { with: also }) });
      stats.siteSeconds = (performance.now() - started) / 1000;
    },
  };
  return {
    tasks: {
      site,
      shards: shards.map((shard, i) => [
        {
          id: pageTaskIds.checked(i),
          light: true,
          run: async () => {
            rmSync(ready(i), { recursive: true, force: true });
            if (cache) checked.set(i, await check(i));
          },
        },
        {
          id: pageTaskIds.shard(i),
          deps: [pageTaskIds.checked(i), ...(candidates.has(i) ? [pageTaskIds.site] : [])],
          run: async () => {
            if (cache) await make(i, checked.get(i)!);
            else {
              await render(i);
              stats.issuesMade += shard.records.length;
              moveInto(kept(i), ready(i));
            }
          },
        },
        {
          id: pageTaskIds.merged(i),
          deps: [pageTaskIds.site, pageTaskIds.shard(i)],
          light: true,
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
  /** Issues whose pages were made. */
  issuesMade: number;
  /** Of those, the issues whose pages the site run made. */
  inSite: number;
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
