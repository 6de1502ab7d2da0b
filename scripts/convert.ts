// npm run convert: content/<gazette>/<year>-<number>.txt → the content collections Astro reads:
//   src/content/generated/issues/<gazette>/<year>-<number>.json   (the issue and its documents' records)
//   src/content/generated/documents/<gazette>/<year>-<number>/<order>.mdx
// and beside them each document's plain text for search (text/<issue id>.json).
// An issue's id comes from its path (scripts/lib/inputs.ts); a file that is not where an issue
// goes, or claims an issue another file has, is reported and skipped. An issue that cannot be
// converted now (its text, settings or corrections fail, or its gazette name is another
// folder's) is reported at its file and line and keeps the outputs it was last converted to,
// so that the build publishes them again; one never converted is skipped. The other issues are
// still converted. An issue whose input and converter are unchanged since the last run, and
// whose outputs are still byte for byte what was written (SHA-256 of each, in the cache), is
// not converted again; the others are parsed and emitted in parallel, one worker thread per
// core.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
// The settings, checked once here: a bad one ends the command in one line (its workers read them too).
import { buildDay, config } from '../src/config.ts';
import { generatedPaths, type IssueRecord } from '../src/data/generated.ts';
import { phrase } from '../src/diagnostics/phrases.ts';
import { compareCodes } from '../src/utils/order.ts';
import { gazetteNameClashes } from './build/clashes.ts';
import { adoptHashes, fileHash, saveFileHashes, usedHashes } from './build/file-hashes.ts';
import { runScript } from './build/pool.ts';
import { progress } from './lib/progress.ts';
import { codeHash, sha256 } from './build/keys.ts';
import type { Task } from './build/runner.ts';
import { scratch } from './build/scratch.ts';
import type { ConvertInput, Converted } from './convert-worker.ts';
import { commandLine } from './lib/args.ts';
import { editorialFiles, type EditorialFiles, writeGazetteRecords } from './lib/editorial.ts';
import {
  type ConvertCacheEntry as CacheEntry,
  readConvertCache,
  reconcileGenerated,
} from './lib/generated-content.ts';
import { listContent } from './lib/content-files.ts';
import { type PrintedFile, printedFile } from './lib/printed.ts';
import { type IssuePlace, placeInputs } from './lib/inputs.ts';
import { keptDays } from './lib/published-online.ts';
import { oneBuildAtATime } from './lib/lock.ts';
import { GazetteError } from '../src/parser/diagnostics.ts';

const CONTENT = 'content';
const CACHE = scratch.convertCache;
const STAGED = scratch.convertStaged;

function inputs() {
  const listed = listContent(CONTENT);
  const placed = placeInputs(CONTENT, listed.files);
  const gazettes = [
    ...new Set(listed.files.flatMap((f) => (f.includes('/') ? [f.split('/')[0]!] : []))),
  ];
  // An editor's file (or a printed PDF) that cannot be read is reported with the issues it belongs to.
  const editors = /\/(?:gazette\.yaml|[^/]*\.fix\.yaml|[^/]*\.pdf): /i;
  return {
    ...placed,
    refused: [
      ...listed.refused.filter((r) => !editors.test(r)),
      ...placed.refused.map((e) => e.message),
    ],
    gazettes,
  };
}

/** Written whole or not at all: a convert killed mid-write leaves the previous file. */
function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * `mkdirSync(dir, { recursive: true })` once a folder: an issue's outputs share a few folders,
 * and each call on a folder that exists is two system calls.
 */
function folderMaker(): (file: string) => void {
  const made = new Set<string>();
  return (file) => {
    const dir = dirname(file);
    if (made.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
}

/** Is every output still what convert wrote (not removed, not overwritten by a run that was killed)? */
function intact(entry: CacheEntry): boolean {
  return Object.entries(entry.outputs).every(
    ([file, hash]) => existsSync(file) && fileHash(file) === hash,
  );
}

/** An input that is not built this time: whether its last good outputs stay published. */
export interface Problem {
  /** file:line: what is wrong */
  message: string;
  /** True when the issue was converted before and its last good outputs are kept. */
  kept: boolean;
}

/** How a problem is reported: what is wrong, and what became of the issue. */
export const problemLine = (p: Problem) =>
  phrase(p.kept ? 'kept-published' : 'left-out', { problem: p.message });

export async function convert(onProgress?: (done: number, total: number) => void): Promise<{
  /** Ids of the issues converted now: new, or changed since they were last converted. */
  converted: string[];
  unchanged: number;
  problems: Problem[];
}> {
  const cache = readConvertCache(CACHE);
  // Everything the converter's code reaches (scripts/build/keys.ts): a change to it converts every issue again.
  const tool = codeHash('convert');
  const next: Record<string, CacheEntry> = {};
  const { issues, refused, gazettes } = inputs();
  const problems: Problem[] = refused.map((message) => ({ message, kept: false }));
  const changed: Array<{
    place: IssuePlace;
    bytes: Buffer;
    hash: string;
    editorial: EditorialFiles;
    printed: PrintedFile | undefined;
    publishedOnline: string;
  }> = [];
  // The 发布日期 each issue keeps, else today's: an input of the issue like its text.
  const kept = keptDays();
  const today = buildDay(config);
  const unchanged: IssuePlace[] = [];
  const whole = new Map<CacheEntry, boolean>();
  const isWhole = (entry: CacheEntry) => {
    if (!whole.has(entry)) whole.set(entry, intact(entry));
    return whole.get(entry)!;
  };

  /** An issue that fails now keeps what it last published, if that is still whole. */
  const fail = (place: IssuePlace, message: string) => {
    const last = cache[place.file];
    const kept = last !== undefined && isWhole(last);
    if (kept) next[place.file] = last;
    problems.push({ message, kept });
  };

  for (const place of issues) {
    try {
      // The text is read only when it changed or its hash is not known (scripts/build/file-hashes.ts).
      const { textHash, editorial, printed } = readable(place.file, () => ({
        textHash: fileHash(place.file),
        editorial: editorialFiles(place.file),
        printed: printedFile(place.file),
      }));
      const publishedOnline = kept(place.id) ?? today;
      const hash = sha256(
        tool,
        textHash,
        JSON.stringify(editorial),
        JSON.stringify(printed ?? null),
        publishedOnline,
      );
      const cached = cache[place.file];
      if (cached?.hash === hash && isWhole(cached)) {
        next[place.file] = cached;
        unchanged.push(place);
        continue;
      }
      const bytes = readable(place.file, () => readFileSync(place.file));
      changed.push({ place, bytes, hash, editorial, printed, publishedOnline });
    } catch (error) {
      if (!(error instanceof GazetteError)) throw error;
      fail(place, error.message);
    }
  }

  // A worker pool only pays off for more than a couple of issues.
  const pool =
    changed.length > 2
      ? new Piscina({
          filename: new URL('./convert-worker.ts', import.meta.url).href,
          maxThreads: availableParallelism(),
        })
      : null;
  const convertOne = pool
    ? (input: ConvertInput) => pool.run(input) as Promise<Converted | { error: string }>
    : async (input: ConvertInput) => (await import('./convert-worker.ts')).default(input);
  // New outputs are staged, and put in place only once every issue is decided: an issue that
  // fails keeps its last good outputs, so that a bad file never unpublishes an issue.
  rmSync(STAGED, { recursive: true, force: true });
  // Written straight into the staging folder, which is convert's own and emptied at each start:
  // a file cut short there by a killed convert is never put in place.
  const stagedFolder = folderMaker();
  const fresh: Array<{ place: IssuePlace; entry: CacheEntry }> = [];
  const failed = new Map<IssuePlace, string>();
  let done = 0;
  await Promise.all(
    changed.map(async (input) => {
      const { place, hash } = input;
      const result = await convertOne(input);
      done++;
      onProgress?.(done, changed.length);
      if ('error' in result) {
        failed.set(place, result.error);
        return;
      }
      for (const d of result.diagnostics) console.error(d);
      const written: Array<[string, string]> = [
        [generatedPaths.issue(place.id), result.issueJson],
        [generatedPaths.text(place.id), result.textJson],
        [generatedPaths.review(place.id), result.reviewJson],
        [generatedPaths.links(place.id), result.linksJson],
        ...result.documents.map(
          (doc) => [generatedPaths.document(place.id, doc.order), doc.mdx] as [string, string],
        ),
        ...(result.printedJson === null
          ? []
          : [[generatedPaths.printed(place.id), result.printedJson] as [string, string]]),
      ];
      for (const [file, text] of written) {
        stagedFolder(staged(file));
        writeFileSync(staged(file), text);
      }
      // Relative, so that the cache stays good when the project moves.
      fresh.push({
        place,
        entry: {
          hash,
          gazette: result.gazette,
          outputs: Object.fromEntries(
            written.map(([file, text]) => [relative('.', file), sha256(text)]),
          ),
        },
      });
    }),
  );
  await pool?.destroy();

  for (const [place, message] of failed) fail(place, message);

  // Two folders whose issues carry one gazette name: the issues converted now are not
  // published under it (those published before stay as they were), and every one is reported.
  const places = new Map(issues.map((p) => [p.file, p]));
  const clashes = gazetteNameClashes([
    ...Object.entries(next).map(([file, entry]) => ({
      file,
      folder: places.get(file)!.gazette,
      gazette: entry.gazette ?? gazetteOf(places.get(file)!),
    })),
    ...fresh.map(({ place, entry }) => ({
      file: place.file,
      folder: place.gazette,
      gazette: entry.gazette!,
    })),
  ]);
  for (const place of unchanged) {
    const clash = clashes.get(place.file);
    if (clash) problems.push({ message: clash.message, kept: true });
  }
  const converted: string[] = [];
  const generatedFolder = folderMaker();
  for (const { place, entry } of fresh) {
    const clash = clashes.get(place.file);
    if (clash) {
      fail(place, clash.message);
      continue;
    }
    for (const file of Object.keys(entry.outputs)) {
      generatedFolder(file);
      renameSync(staged(resolve(file)), file);
    }
    next[place.file] = entry;
    converted.push(place.id);
  }
  rmSync(STAGED, { recursive: true, force: true });

  // What no issue owns now goes, whatever the cache listed: the outputs of removed, refused and
  // left-out inputs, and the documents an issue no longer has.
  reconcileGenerated(
    new Set(Object.values(next).flatMap((e) => Object.keys(e.outputs).map((f) => resolve(f)))),
  );
  writeGazetteRecords(CONTENT, gazettes);
  const sorted = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  write(CACHE, JSON.stringify(sorted, null, 2) + '\n');
  problems.sort((a, b) => compareCodes(a.message, b.message));
  for (const p of problems) console.error(problemLine(p));
  return { converted, unchanged: unchanged.length, problems };
}

/** What convert tells the build it made (a convert run by the build sends it on its channel). */
export type Conversion = Awaited<ReturnType<typeof convert>>;

/** A convert run by the build sends it what it made and the files' hashes it used (file-hashes.ts). */
interface ForBuild {
  conversion: Conversion;
  hashes: ReturnType<typeof usedHashes>;
}

/**
 * Convert as the build's first task (scripts/build/runner.ts); `result` once it has run. A
 * process of its own, as the other steps are: its worker threads' memory goes back to the
 * system when it ends, instead of staying with the build for the rest of its run.
 */
export function convertTask() {
  let result: Conversion | undefined;
  const task: Task = {
    id: 'convert',
    run: async () => {
      await runScript('scripts/convert.ts', ['--for-build'], {}, (message) => {
        const { conversion, hashes } = message as ForBuild;
        result = conversion;
        adoptHashes(hashes);
      });
    },
  };
  return { task, result: () => result };
}

/** Where a generated file is staged until its issue is decided. */
const staged = (file: string) => join(STAGED, relative(generatedPaths.root, file));

/** The gazette name of an issue converted by a version that did not record it in the cache. */
const gazetteOf = (place: IssuePlace): string =>
  (JSON.parse(readFileSync(generatedPaths.issue(place.id), 'utf8')) as IssueRecord).issue.gazette;

/**
 * An issue's text, its editor's files and its printed PDF (the gazette's settings, the issue's
 * corrections and the PDF are inputs of the issue too); a GazetteError when one cannot be
 * read, naming it and the file system's reason (a file removed or made unreadable since
 * content/ was listed).
 */
export function readInput(file: string): {
  bytes: Buffer;
  editorial: EditorialFiles;
  printed: PrintedFile | undefined;
} {
  return readable(file, () => ({
    bytes: readFileSync(file),
    editorial: editorialFiles(file),
    printed: printedFile(file),
  }));
}

/** What `read` returns of an issue's files; a GazetteError naming the file that cannot be read. */
function readable<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    const { code: reason, path } = error as NodeJS.ErrnoException;
    if (error instanceof GazetteError || reason === undefined) throw error;
    throw new GazetteError(path ?? file, 1, 'file-unreadable', { reason });
  }
}

// npm run convert; `--for-build`: run by the build (convertTask), which holds the lock, says
// what was converted and saves the files' hashes: both go to it on the channel.
if (import.meta.main) {
  const { values } = commandLine('npm run convert', {
    options: { 'for-build': { type: 'boolean' } },
  });
  const forBuild = values['for-build'] === true && process.send !== undefined;
  if (!forBuild) oneBuildAtATime('convert');
  const result = await convert(forBuild ? progress('convert') : undefined);
  if (forBuild) {
    const message: ForBuild = { conversion: result, hashes: usedHashes() };
    await new Promise((sent) => process.send!(message, undefined, {}, sent));
  } else {
    saveFileHashes({ keepOthers: true });
    console.log(
      phrase('converted', {
        command: 'convert',
        converted: result.converted.length,
        unchanged: result.unchanged,
        skipped: result.problems.length,
      }),
    );
  }
}
