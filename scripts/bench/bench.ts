// npm run bench: what Gongbao costs, measured on this machine.
//  1. Parse throughput on the sample issues (MB/s, median of several runs).
//  2. A synthetic archive (the samples' real text replicated under distinct gazettes, years and
//     numbers) of N documents for each N in BENCH_SIZES (default 1000,10000), built stage by
//     stage — parse (on its own; convert parses too), convert, pages, search index, snapshots —
//     each as its own process, then end to end by `npm run build` (which runs the pages, the
//     search index and the snapshots side by side): median wall time over BENCH_RUNS runs
//     (default 1), documents per second, CPU time (and how many cores that kept busy), peak RSS
//     of the process tree. Then one issue added and published by `npm run build` (incremental:
//     the build cache of the full build before it), end to end. Then, when `hugo` is installed,
//     Hugo + Pagefind on the same documents (scripts/bench/hugo.ts). Ratios: publish / full
//     build, full build / (Hugo + Pagefind).
//  3. The first archive built as separate jobs, one a shard, as on several machines.
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseIssue } from '../../src/parser/index.ts';
import { projectCopy, renumber, writeArchive } from './archive.ts';
import { hugoInstalled, hugoSite } from './hugo.ts';
import { measure, type Measured } from './measure.ts';
import { median } from './median.ts';
import { commandLine } from '../lib/args.ts';

/**
 * What the bench would remove while it measures is moved into this folder instead, and removed
 * at its end. On a file system without a journal (ext4 as this machine has it), the kernel
 * skips each inode freed in the last minutes, one by one, whenever it makes a file: a command
 * that makes tens of thousands of files just after a removal of as many pays for it in CPU
 * time, and would be charged with the bench's cleaning rather than its own work.
 */
let aside: string | undefined;
let setAside = 0;
function putAside(path: string): void {
  aside ??= mkdtempSync(join(tmpdir(), 'gongbao-bench-aside-'));
  try {
    renameSync(path, join(aside, String(setAside++)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function contentFiles(root: string): Array<{ path: string; bytes: Buffer }> {
  return readdirSync(join(root, 'content'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ path: join('content', f), bytes: readFileSync(join(root, 'content', f)) }));
}

// `node scripts/bench/bench.ts --parse-only`: the parse stage on its own, for the archive benchmark.
if (
  commandLine('npm run bench', { options: { 'parse-only': { type: 'boolean' } } }).values[
    'parse-only'
  ]
) {
  let documents = 0;
  for (const f of contentFiles('.')) documents += parseIssue(f.path, f.bytes).documents.length;
  console.log(`parsed ${documents} documents`);
  process.exit(0);
}

function parseThroughput(): void {
  const RUNS = 15;
  const WARMUP = 3;
  const files = contentFiles('.');
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const timeOf = (inputs: typeof files) => {
    const times: number[] = [];
    for (let run = 0; run < WARMUP + RUNS; run++) {
      const start = performance.now();
      for (const f of inputs) parseIssue(f.path, f.bytes);
      if (run >= WARMUP) times.push(performance.now() - start);
    }
    return median(times);
  };
  console.log(
    `parse: ${files.length} sample issues, median of ${RUNS} runs after ${WARMUP} warm-up runs (Node ${process.version})`,
  );
  const ms = timeOf(files);
  console.log(
    `  all samples  ${(total / 1e6).toFixed(3)} MB  ${ms.toFixed(1)} ms  ${(total / 1e6 / (ms / 1000)).toFixed(2)} MB/s`,
  );
  for (const f of files) {
    const one = timeOf([f]);
    console.log(
      `  ${f.path.padEnd(28)} ${(f.bytes.length / 1e3).toFixed(0).padStart(4)} kB  ${one.toFixed(1).padStart(6)} ms  ${(f.bytes.length / 1e6 / (one / 1000)).toFixed(2)} MB/s`,
    );
  }
  // Issue 26: a 3 MB line of brackets and numbers in a document must parse in seconds.
  const sample = readFileSync('content/nanming/2020-4.txt', 'utf8').split('\n');
  const line = '为（2020）年度〔2020〕'.repeat(120_000);
  const hostile = Buffer.from([...sample.slice(0, 100), line, ...sample.slice(100)].join('\n'));
  const start = performance.now();
  parseIssue('content/nanming/2020-4.txt', hostile);
  console.log(
    `  one 3 MB line of brackets and numbers  ${(hostile.length / 1e6).toFixed(1)} MB  ${(performance.now() - start).toFixed(0)} ms`,
  );
}

const STAGES: Array<[string, string[]]> = [
  ['parse', ['scripts/bench/bench.ts', '--parse-only']],
  ['convert', ['scripts/convert.ts']],
  ['pages', ['scripts/pages.ts']],
  ['search index', ['scripts/search-index.ts']],
  ['snapshots', ['scripts/snapshot.ts']],
];

const END_TO_END = 'end to end';
const PUBLISH = 'publish 1 issue';
const HUGO = 'Hugo';
const PAGEFIND = 'Pagefind';

async function archive(size: number, runs: number): Promise<void> {
  const dir = projectCopy(`gongbao-bench-${size}-`);
  const { issues, documents } = writeArchive(dir, size);
  const node = join(dir, 'node_modules', '.bin', 'node');
  // English: the bench reads the build's own summary lines.
  const env = { ...process.env, NODE_ENV: 'production', GONGBAO_LANG: 'en' };
  const clean = () => {
    for (const path of ['dist', '.cache', 'src/content/generated', '.astro'])
      putAside(join(dir, path));
  };
  const results = new Map<string, Measured[]>();
  const add = (name: string, m: Measured) => results.set(name, [...(results.get(name) ?? []), m]);
  // One more issue: a sample's text under the first gazette, as the next issue of the year 2099.
  const added = join(dir, 'content', 'g001', '2099-1.txt');
  const hugo = hugoInstalled();
  let publish: Measured | undefined;
  for (let run = 0; run < runs; run++) {
    rmSync(added, { force: true });
    clean();
    for (const [name, args] of STAGES) add(name, await measure(node, args, { cwd: dir, env }));
    clean();
    add(END_TO_END, await measure(node, ['scripts/build.ts'], { cwd: dir, env }));
    if (hugo) {
      const site = hugoSite(dir);
      add(HUGO, await measure('hugo', ['--source', site.dir, '--quiet'], { cwd: dir, env }));
      add(
        PAGEFIND,
        await measure('npx', ['pagefind', '--site', join(site.dir, 'public')], { cwd: dir, env }),
      );
      putAside(site.dir);
    }
    writeFileSync(added, renumber(readFileSync('content/nanming/2020-4.txt', 'utf8'), 2099, 1));
    add(PUBLISH, (publish = await measure(node, ['scripts/build.ts'], { cwd: dir, env })));
  }

  console.log(
    `\narchive of ${documents} documents in ${issues} issues (${dir}), median of ${runs} run${runs > 1 ? 's' : ''}:`,
  );
  console.log(
    `  ${'stage'.padEnd(16)}${'wall time'.padStart(10)}${'documents/s'.padStart(14)}${'CPU time'.padStart(12)}${'cores'.padStart(8)}${'peak RSS'.padStart(12)}`,
  );
  const wall = (name: string) => median(results.get(name)!.map((x) => x.seconds));
  const cpu = (name: string) => median(results.get(name)!.map((x) => x.cpuSeconds));
  // Wall time on an idle machine; CPU time too, which other load on a shared machine changes less.
  const ratio = (a: number, b: number) => (a / b).toFixed(a / b < 0.1 ? 3 : 2);
  for (const name of [
    ...STAGES.map(([name]) => name),
    END_TO_END,
    PUBLISH,
    ...(hugo ? [HUGO, PAGEFIND] : []),
  ]) {
    const m = results.get(name)!;
    const seconds = wall(name);
    const cpu = median(m.map((x) => x.cpuSeconds));
    const bytes = median(m.map((x) => x.peakBytes));
    console.log(
      `  ${name.padEnd(16)}${`${seconds.toFixed(1)} s`.padStart(10)}${(documents / seconds).toFixed(0).padStart(14)}${`${cpu.toFixed(0)} s`.padStart(12)}${(cpu / seconds).toFixed(2).padStart(8)}${`${(bytes / 2 ** 30).toFixed(2)} GiB`.padStart(12)}`,
    );
  }
  console.log(
    `  (end to end is npm run build from nothing: convert, then the pages, search index and snapshots a process a shard, side by side;`,
  );
  console.log(
    `   publish is npm run build again after adding one issue of ${parseIssue('content/nanming/2020-4.txt', readFileSync('content/nanming/2020-4.txt')).documents.length} documents: ${/issues' pages .*/.exec(publish!.output)?.[0] ?? ''})`,
  );
  console.log(
    `  publish / full build: wall time ${ratio(wall(PUBLISH), wall(END_TO_END))}, CPU time ${ratio(cpu(PUBLISH), cpu(END_TO_END))}`,
  );
  if (hugo)
    console.log(
      `  full build / (Hugo + Pagefind): wall time ${ratio(wall(END_TO_END), wall(HUGO) + wall(PAGEFIND))}, CPU time ${ratio(cpu(END_TO_END), cpu(HUGO) + cpu(PAGEFIND))}; Hugo + Pagefind peak ${(Math.max(...results.get(PAGEFIND)!.map((x) => x.peakBytes), ...results.get(HUGO)!.map((x) => x.peakBytes)) / 2 ** 30).toFixed(2)} GiB`,
    );
  else console.log('  Hugo + Pagefind: skipped, hugo is not installed (apt-get install hugo)');
  if (!process.env.BENCH_KEEP) putAside(dir);
}

/**
 * Scaling past one machine, rehearsed on this one (README, "Scaling past one machine"): the
 * archive in two shards, built as two separate jobs side by side — each the pages and the
 * search bundle of its shard — then a final job that builds the site's own pages and the
 * search lookups, gathers the jobs' output and writes the snapshots. (Each job would convert
 * the content on its machine; here the jobs share one conversion.)
 */
async function separateJobs(size: number): Promise<void> {
  const dir = projectCopy(`gongbao-jobs-${size}-`);
  const { documents } = writeArchive(dir, size);
  const node = join(dir, 'node_modules', '.bin', 'node');
  // At most 60% of the archive a shard: two shards of whole gazettes.
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    GONGBAO_LANG: 'en',
    SHARD_DOCUMENTS: String(Math.ceil(documents * 0.6)),
  };
  const sh = (script: string, extra: Record<string, string> = {}) =>
    measure('sh', ['-c', script], { cwd: dir, env: { ...env, ...extra } });
  const convert = await measure(node, ['scripts/convert.ts'], { cwd: dir, env });
  const job = (i: number) =>
    sh(
      `"${node}" scripts/pages.ts --shard ${i} && "${node}" scripts/search-index.ts --shard ${i}`,
      { OUT_DIR: `jobs/${i}` },
    );
  const [a, b] = await Promise.all([job(0), job(1)]);
  const final = await sh(
    `"${node}" scripts/pages.ts --site && "${node}" scripts/search-index.ts --lookups && cp -R jobs/0/. jobs/1/. dist/ && "${node}" scripts/snapshot.ts`,
  );
  const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('document.json'),
  ).length;
  const bundles = JSON.parse(
    readFileSync(join(dir, 'dist', 'search', 'indexes.json'), 'utf8'),
  ) as string[];
  const line = (name: string, m: Measured) =>
    console.log(
      `  ${name.padEnd(46)}${`${m.seconds.toFixed(1)} s`.padStart(9)}${`${(m.peakBytes / 2 ** 30).toFixed(2)} GiB`.padStart(12)}`,
    );
  console.log(`\ntwo shards as separate jobs, archive of ${documents} documents (${dir}):`);
  line('convert (every job, here once)', convert);
  line('job 0: pages + search bundle', a);
  line('job 1: pages + search bundle (beside job 0)', b);
  line('final: site pages, lookups, gather, snapshots', final);
  console.log(`  merged: ${pages} document pages, search bundles ${bundles.join(' ')}`);
  if (!process.env.BENCH_KEEP) putAside(dir);
}

parseThroughput();
const sizes = (process.env.BENCH_SIZES ?? '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const runs = Number(process.env.BENCH_RUNS ?? 1);
for (const size of sizes) await archive(size, runs);
if (sizes.length > 0) await separateJobs(sizes[0]!);
if (aside) rmSync(aside, { recursive: true, force: true });
