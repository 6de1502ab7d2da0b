// npm run snapshot: one archival package per issue in dist/snapshots/<gazette>-<year>-<number>.zip,
// a zipped BagIt bag whose payload is the issue as served — its page, its document pages with
// their CSS, the issue's JSON data and the untouched source text — relinked to open from disk,
// plus an offline search page. Byte-identical when rebuilt from the same input: entries in
// a fixed order, every timestamp SOURCE_DATE_EPOCH (or 1980-01-01 when it is not set).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Zip, ZipPassThrough } from 'fflate';
import { config } from '../src/config.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { generatedPaths, readDocumentTexts, readIssueRecords } from '../src/data/generated.ts';
import type { DocumentMeta, Issue } from '../src/schema.ts';
import type { Files } from '../src/snapshot/bagit.ts';
import { snapshotContents } from '../src/snapshot/contents.ts';
import { paths } from '../src/utils/url.ts';
import { commandLine } from './lib/args.ts';
import {
  adoptHashes,
  fileHash,
  settleHashes,
  usedHashes,
  type UsedHashes,
} from './build/file-hashes.ts';
import { codeHash, sha256 } from './build/keys.ts';
import { scratch } from './build/scratch.ts';
import { cached, restore } from './build/cache.ts';
import { runScript } from './build/pool.ts';
import { runOrFail, type Task } from './build/runner.ts';
import type { Output } from './build/carry.ts';
import { planShards, shardArgument, type Shard } from './lib/shards.ts';

const { OUT_DIR: OUT, BASE_PATH: BASE, SITE_URL } = config;
const FAVICON = 'public/favicon.svg';
const GENERATOR = `Gongbao ${JSON.parse(readFileSync('package.json', 'utf8')).version as string}`;

/** The time stamped on zip entries: SOURCE_DATE_EPOCH, never the clock. */
function stamp(): Date {
  const epoch = config.SOURCE_DATE_EPOCH;
  return epoch === undefined ? new Date(Date.UTC(1980, 0, 1)) : new Date(epoch * 1000);
}

function snapshotOf(issue: Issue, documents: DocumentMeta[]): Files {
  const texts = new Map(readDocumentTexts(issue.id).map((t) => [t.id, t.text]));
  const read = (sitePath: string) => readFileSync(join(OUT, sitePath));
  const { sponsor, contactName, email } = config.site.footer;
  return snapshotContents(issue, documents, read, texts, {
    siteUrl: SITE_URL,
    base: BASE,
    generator: GENERATOR,
    epoch: config.SOURCE_DATE_EPOCH,
    organization: sponsor,
    contactName,
    contactEmail: email,
    printed: existsSync(join(OUT, paths.printed(issue.id))),
  });
}

/**
 * SHA-256 of everything an issue's snapshot is made from: the code and settings, every file of
 * the site it can take in (its pages and data, its printed PDF, the favicon) and its documents'
 * text, wherever those are: the staging folder, or the published site (snapshotOutput). The stylesheets its pages link come in through the pages: Astro names each by a hash of
 * its content (`_astro/<name>.<hash>.css`), so a changed stylesheet is a changed page, and no
 * page is read to find them.
 */
function snapshotInputs(out: string, issue: Issue, documents: DocumentMeta[]): string {
  const pageFiles = [issue.id, ...documents.map((d) => d.id)].map((id) =>
    join(out, id, 'index.html'),
  );
  const files = [
    `${issue.id}/issue.json`,
    `${issue.id}/source.txt`,
    ...(existsSync(join(out, paths.printed(issue.id))) ? [paths.printed(issue.id)] : []),
    ...documents.map((d) => `${d.id}/document.json`),
  ];
  // Hashes of the files, not their bytes: most are unchanged since an earlier build hashed them.
  return sha256(
    codeHash('snapshot'),
    fileHash(generatedPaths.text(issue.id)),
    // The site's favicon is public/'s, copied as it is: its source, so that the key of a
    // snapshot the published site holds (snapshotOutput) is that of the new site's.
    fileHash(FAVICON),
    ...pageFiles.map(fileHash),
    ...files.flatMap((f) => [f, fileHash(join(out, f))]),
  );
}

/** An issue's record and its documents', as published in `out` (its issue.json). */
const recordIn = (out: string, issueId: string) =>
  JSON.parse(readFileSync(join(out, issueId, 'issue.json'), 'utf8')) as {
    issue: Issue;
    documents: DocumentMeta[];
  };

/** Puts the issue's snapshot into `out` from the build cache, if its inputs are those of a cached one. */
function reuseSnapshot(out: string, issueId: string): Promise<boolean> {
  const { issue, documents } = recordIn(out, issueId);
  return restore('snapshot', issue.id, snapshotInputs(out, issue, documents), out);
}

/**
 * An issue's snapshot as the published site `published` holds it (scripts/build/carry.ts),
 * where its pages, made from `record`, are.
 */
export function snapshotOutput(
  published: string,
  { issue, documents }: { issue: Issue; documents: DocumentMeta[] },
): Output {
  return {
    kind: 'snapshot',
    key: issue.id,
    inputs: () => snapshotInputs(published, issue, documents),
    unit: paths.snapshot(issue.id),
  };
}

/**
 * Writes the snapshot of an issue, from its pages and data in OUT_DIR; with `cache`, an issue
 * whose inputs are those of a cached snapshot reuses it (scripts/build/cache.ts).
 */
export async function writeSnapshot(
  issueId: string,
  { cache = false } = {},
): Promise<'reused' | 'built'> {
  const { issue, documents } = recordIn(OUT, issueId);
  const path = paths.snapshot(issue.id);
  if (!cache) {
    writeFileSync(join(OUT, path), zipOf(issue, documents));
    return 'built';
  }
  const fresh = scratch.snapshots(process.pid);
  return cached('snapshot', issue.id, snapshotInputs(OUT, issue, documents), OUT, async () => {
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(dirname(join(fresh, path)), { recursive: true });
    writeFileSync(join(fresh, path), zipOf(issue, documents));
    return fresh;
  });
}

/** The issue's bag, zipped. */
function zipOf(issue: Issue, documents: DocumentMeta[]): Buffer {
  const bag = snapshotOf(issue, documents);
  const path = paths.snapshot(issue.id);
  const root = basename(path, '.zip');
  const date = stamp();
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of [...bag].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // A PDF's streams are compressed already: deflating it again takes time and saves nothing.
    const entry = name.endsWith('.pdf')
      ? new ZipPassThrough(`${root}/${name}`)
      : new ZlibDeflate(`${root}/${name}`);
    entry.mtime = zipTime(date);
    zip.add(entry);
    entry.push(bytes, true);
  }
  zip.end();
  return Buffer.concat(chunks);
}

/**
 * A zip entry's time has no zone, and fflate writes it from a Date's local fields, which
 * follow TZ (1980-01-01 UTC is 1979 west of Greenwich, out of the zip's range, and 08:00 in
 * Shanghai): the Date whose local fields are `date`'s UTC ones gives the same bytes anywhere.
 */
export function zipTime(date: Date): Date {
  return new Date(
    date.getUTCFullYear(),
    date.getUTCMonth(),
    date.getUTCDate(),
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
  );
}

/**
 * A zip entry deflated by Node's zlib, which is native and several times faster than
 * fflate's own deflate (fflate documents subclassing ZipPassThrough for this). At zlib's
 * default level: level 9 makes these pages 0.03% smaller in twice the time.
 */
class ZlibDeflate extends ZipPassThrough {
  constructor(filename: string) {
    super(filename);
    this.compression = 8;
  }

  override process(chunk: Uint8Array, final: boolean): void {
    this.ondata!(null, deflateRawSync(chunk), final);
  }
}

/**
 * Writes the snapshots of a shard's issues (scripts/lib/shards.ts) but those `carried` over
 * from the published site; with `cache`, says how many were reused (the carried ones too).
 */
async function writeShardSnapshots(
  shard: Shard,
  cache: boolean,
  carried: Set<string>,
): Promise<void> {
  mkdirSync(join(OUT, 'snapshots'), { recursive: true });
  let reused = 0;
  for (const { issue } of shard.records)
    if (carried.has(issue.id) || (await writeSnapshot(issue.id, { cache })) === 'reused') reused++;
  if (cache && reused < shard.records.length)
    console.log(
      phrase('snapshots-shard', {
        written: shard.records.length - reused,
        total: shard.records.length,
        first: shard.gazettes[0]!,
        reused,
      }),
    );
}

/**
 * The snapshot tasks, one a shard (scripts/build/runner.ts), each after the task whose id
 * `after(i)` gives (shard i's pages in the output), if any. With `cache`, a snapshot whose
 * inputs are unchanged is reused; one `carried` over from the published site (its pages kept
 * there with it, scripts/build/carry.ts) is not made at all.
 */
export function snapshotTasks(
  out: string,
  shards: Shard[],
  after: ((i: number) => string) | null,
  onProgress?: (done: number, total: number) => void,
  {
    cache = false,
    carried = () => false,
  }: { cache?: boolean; carried?: (issueId: string) => boolean } = {},
): Task[] {
  const total = shards.reduce((n, s) => n + s.records.length, 0);
  let done = 0;
  return shards.map((shard, i) => ({
    id: `snapshot:shard-${i}`,
    deps: after ? [after(i)] : [],
    run: async () => {
      // A shard whose every snapshot is in the build cache needs no process of its own: when
      // one issue is published, that is every shard but one or two.
      let reused = cache;
      for (const { issue } of shard.records)
        if (!carried(issue.id) && !(reused &&= await reuseSnapshot(out, issue.id))) break;
      if (!reused)
        await runScript(
          'scripts/snapshot.ts',
          [
            '--shard',
            String(i),
            ...(cache ? ['--cache'] : []),
            ...shard.records.flatMap(({ issue }) =>
              carried(issue.id) ? ['--carried', issue.id] : [],
            ),
          ],
          { OUT_DIR: out },
          (hashes) => adoptHashes(hashes as UsedHashes),
        );
    },
    settled: () => onProgress?.((done += shard.records.length), total),
  }));
}

// npm run snapshot [-- --shard <i>]: every issue's snapshot, or only shard i's.
if (import.meta.main) {
  // --cache (npm run build's): reuse the snapshots whose inputs are unchanged (scripts/build/cache.ts);
  // --carried <issue id> (npm run build's): the published site's snapshot of the issue stays, none is made.
  const { values } = commandLine('npm run snapshot [-- --shard <i>] [--cache]', {
    options: {
      shard: { type: 'string' },
      cache: { type: 'boolean' },
      carried: { type: 'string', multiple: true },
    },
  });
  const shards = planShards(readIssueRecords());
  const shard = shardArgument(shards, values.shard);
  if (shard !== null) {
    await writeShardSnapshots(shards[shard]!, values.cache ?? false, new Set(values.carried));
    // Run by the build: the hashes of the pages read and the zips made are the build's too.
    if (process.send) {
      settleHashes();
      await new Promise((sent) => process.send!(usedHashes(), undefined, {}, sent));
    }
  } else {
    await runOrFail(
      snapshotTasks(OUT, shards, null, undefined, { cache: values.cache }),
      availableParallelism(),
    );
    console.log(
      phrase('snapshots-done', {
        issues: shards.reduce((n, s) => n + s.records.length, 0),
        dir: join(OUT, 'snapshots'),
      }),
    );
  }
}
