// Publishing into an existing site: an incremental build gives byte for byte the dist/ of a
// clean full build of the same content, and rebuilds only what the change touches; a build
// that is stopped (SIGINT) or killed (SIGKILL) leaves the previous dist/ as it was and no
// process behind.
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../scripts/lib/archive.ts';
import { cleanEnv } from './support/build-sites.ts';
import { expectSame, run, tree } from './support/dist.ts';

// Shards of at most 12 documents: [akundulun] [dawukou] [jinfeng] [kundulun nanming] [qingxin]
// once the copy is added, so the copy's documents cite documents of another shard, and the
// shards after it move to other places in the plan.
const ENV = { OUT_DIR: 'dist', SHARD_DOCUMENTS: '12' };
const COPY = join('content', 'akundulun', '2017-1.txt');

const addCopy = (dir: string) => {
  mkdirSync(join(dir, 'content', 'akundulun'), { recursive: true });
  copyFileSync(join(dir, 'content', 'kundulun', '2017-1.txt'), join(dir, COPY));
};
/** A correction: one line of a document's body taken out (a 责任单位 line of a work plan). */
const EDITED = '责任单位：各镇、街道、环保分局';
const edit = (dir: string) => {
  const file = join(dir, 'content', 'jinfeng', '2018-2.txt');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(`${EDITED}\n`, ''));
};
const build = (dir: string) => run(dir, ['scripts/build.ts'], ENV);
/** [issues' pages made, shards' Astro runs, issues' pages reused, bundles made, bundles reused], from the build's log. */
const made = (log: string): number[] =>
  /issues' pages (\d+) made by (\d+) Astro runs?, (\d+) from the build cache; search bundles (\d+) made, (\d+) from/
    .exec(log)!
    .slice(1)
    .map(Number);

/** Processes whose working folder is `dir`: the build's and every child's. */
function processesIn(dir: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readlinkSync(`/proc/${p}/cwd`) === dir;
      } catch {
        return false;
      }
    })
    .map(Number);
}

/** Starts a build, lets it run until its children are at work, then sends `signal` to the build process alone. */
async function interrupt(
  dir: string,
  signal: NodeJS.Signals,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    env: { ...cleanEnv(), ...ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, sig) => resolve({ code, signal: sig })),
  );
  while (!log.includes('build: convert done')) await sleep(100);
  // Astro and Pagefind processes started.
  while (processesIn(dir).length < 3) await sleep(100);
  child.kill(signal);
  return ended;
}

describe('an incremental build', () => {
  it('after adding, removing and editing issues, gives the dist/ of a clean build of the same content; a build stopped or killed leaves dist/ as it was', async () => {
    const dir = projectCopy('gongbao-publish-', { withContent: true });
    build(dir);
    const samples = tree(join(dir, 'dist'));

    addCopy(dir);
    for (const signal of ['SIGINT', 'SIGKILL'] as const) {
      const ended = await interrupt(dir, signal);
      expect(ended).toEqual(
        signal === 'SIGINT' ? { code: 130, signal: null } : { code: null, signal: 'SIGKILL' },
      );
      // Every child ends with the build (after SIGKILL, once it sees its parent gone).
      for (let i = 0; i < 100 && processesIn(dir).length > 0; i++) await sleep(100);
      expect(processesIn(dir)).toEqual([]);
      expectSame(samples, tree(join(dir, 'dist')));
    }

    // The copy's pages are new; kundulun's documents are cited by the copy's: that issue's
    // pages are made again (scripts/pages.ts, pageInputs) by its shard's run, which takes
    // nanming's pages, which link to none of these, from the cache, as every other shard does
    // all of its pages. Only the copy's search bundle is new. (Astro runs take seconds, so the
    // interrupted builds cached no page; a search bundle of five documents may have been.)
    const [issuesMade, runs, issuesReused, bundlesMade, bundlesReused] = made(build(dir));
    expect([issuesMade, runs, issuesReused, bundlesMade! + bundlesReused!]).toEqual([2, 2, 4, 5]);
    expect(bundlesMade).toBeLessThanOrEqual(1);
    const added = tree(join(dir, 'dist'));
    rmSync(join(dir, COPY));
    edit(dir);
    // jinfeng's issue (edited) and kundulun's (no longer cited by the copy) are made again,
    // by their shards' runs.
    expect(made(build(dir))).toEqual([2, 2, 3, 1, 3]);
    const changed = tree(join(dir, 'dist'));

    // The same content, built from nothing.
    const clean = projectCopy('gongbao-publish-clean-', { withContent: true });
    addCopy(clean);
    build(clean);
    expectSame(tree(join(clean, 'dist')), added);
    expect(added.get('kundulun/2017/1/1/index.html')!.toString()).toContain(
      'href="/akundulun/2017/1/5/"',
    );
    for (const path of ['dist', '.cache', 'src/content/generated', join('content', 'akundulun')])
      rmSync(join(clean, path), { recursive: true, force: true });
    edit(clean);
    build(clean);
    expectSame(tree(join(clean, 'dist')), changed);
    // The edit reached a document page.
    expect(
      [...changed].filter(
        ([file, bytes]) =>
          /^jinfeng\/2018\/2\/\d+\/index\.html$/.test(file) && !bytes.equals(samples.get(file)!),
      ),
    ).toHaveLength(1);
    expect(existsSync(join(dir, '.dist.staging'))).toBe(false);
  }, 900_000);
});
