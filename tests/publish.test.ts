// Publishing into an existing site: an incremental build gives byte for byte the dist/ of a
// clean full build of the same content, and rebuilds only what the change touches; a build
// that is stopped (SIGINT) or killed (SIGKILL) leaves the previous dist/ as it was and no
// process behind; a file that now fails never unpublishes what an earlier build published.
import { spawn, spawnSync } from 'node:child_process';
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
import { projectCopy } from '../scripts/bench/archive.ts';
import { sha256 } from '../scripts/build/keys.ts';
import { cleanEnv } from './support/build-sites.ts';
import { expectSame, madeBy, run, tree } from './support/dist.ts';

// Shards of at most 12 documents: [akundulun] [dawukou] [jinfeng] [kundulun nanming] [qingxin]
// once the copy is added, so the copy's documents cite documents of another shard, and the
// shards after it move to other places in the plan.
const ENV = { OUT_DIR: 'dist', SHARD_DOCUMENTS: '12' };
const COPY = join('content', 'akundulun', '2017-1.txt');
const COPY_NAME = join('content', 'akundulun', '2017-1.fix.yaml');

/** The copy is a gazette of its own: under a name of its own (two gazettes of one name are refused). */
const addCopy = (dir: string, { named = true } = {}) => {
  mkdirSync(join(dir, 'content', 'akundulun'), { recursive: true });
  copyFileSync(join(dir, 'content', 'kundulun', '2017-1.txt'), join(dir, COPY));
  if (named)
    writeFileSync(join(dir, COPY_NAME), 'issue:\n  gazette: 昆都仑区人民政府公报（副本）\n');
};
/** A correction: one line of a document's body taken out (a 责任单位 line of a work plan). */
const EDITED = '责任单位：各镇、街道、环保分局';
const edit = (dir: string) => {
  const file = join(dir, 'content', 'jinfeng', '2018-2.txt');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(`${EDITED}\n`, ''));
};
const build = (dir: string, env: Record<string, string> = {}) =>
  run(dir, ['scripts/build.ts'], { ...ENV, ...env });
/** The build's day (BUILD_DATE): the 发布日期 of the issues it publishes first. */
const day = (BUILD_DATE: string) => ({ BUILD_DATE });
/** An issue's 发布日期 in a built dist/. */
const publishedOnline = (dist: Map<string, Buffer>, issue: string) =>
  JSON.parse(dist.get(`${issue}/issue.json`)!.toString()).issue.publishedOnline;
/**
 * kundulun's 索引号 by a pattern, with GB 32100-2015's example 统一社会信用代码 (a test value:
 * the samples' organs' codes are not known here).
 */
const numbered = (dir: string) => {
  const file = join(dir, 'content', 'kundulun', 'gazette.yaml');
  writeFileSync(
    file,
    `${readFileSync(file, 'utf8')}organCode: 91350100M000100Y43\nindexNumber: "{机构代码}/{年份}-{期号:2}{序号:3}"\n`,
  );
};
/** Writes a built dist/ into a project: the output a fresh clone of the project is given. */
const restoreOutput = (dir: string, dist: Map<string, Buffer>) => {
  for (const [file, bytes] of dist) {
    mkdirSync(join(dir, 'dist', file, '..'), { recursive: true });
    writeFileSync(join(dir, 'dist', file), bytes);
  }
};

/** [issues whose pages and snapshot, search bundles] kept where the published site holds them, from the build's log. */
const carried = (log: string): number[] =>
  /其中 (\d+) 期的页面和快照、(\d+) 个搜索分包原样留用/.exec(log)!.slice(1).map(Number);

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
  while (!log.includes('build：转换完成')) await sleep(100);
  // Astro and Pagefind processes started.
  while (processesIn(dir).length < 3) await sleep(100);
  child.kill(signal);
  return ended;
}

describe('an incremental build', () => {
  it('after adding, removing and editing issues, gives the dist/ of a clean build of the same content; a build stopped or killed leaves dist/ as it was', async () => {
    const dir = projectCopy('gongbao-publish-', { withContent: true });
    numbered(dir);
    build(dir, day('2026-01-05'));
    const samples = tree(join(dir, 'dist'));
    expect(publishedOnline(samples, 'kundulun/2017/1')).toBe('2026-01-05');
    expect(JSON.parse(samples.get('kundulun/2017/1/1/document.json')!.toString()).indexNumber).toBe(
      '91350100M000100Y43/2017-01001',
    );
    expect(samples.get('kundulun/2017/1/3/index.html')!.toString()).toMatch(
      /<th scope="row">索引号<\/th><td class="index-number">91350100M000100Y43\/2017-01003<\/td>/,
    );

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

    // The copy's pages are new, made by its shard's run (a shard never built before); kundulun's
    // documents are cited by the copy's: that issue's pages are made again (scripts/pages.ts,
    // pageInputs) by its shard's run, which takes nanming's pages, which link to none of these,
    // from the cache, as every other shard does all of its pages. Only the copy's search bundle
    // is new. (Astro runs take seconds, so the interrupted builds cached no page; a search
    // bundle of five documents may have been.) A month later: the issues published before keep
    // their 发布日期, so that it remakes none of their pages; the copy's is the day it is first
    // published.
    const log = build(dir, day('2026-02-02'));
    const [issuesMade, inSite, runs, issuesReused, bundlesMade, bundlesReused] = madeBy(log);
    expect([issuesMade, inSite, runs, issuesReused, bundlesMade! + bundlesReused!]).toEqual([
      2, 0, 2, 4, 5,
    ]);
    expect(bundlesMade).toBeLessThanOrEqual(1);
    // What is reused stays where the site online holds it (scripts/build/carry.ts): the four
    // issues' pages with their snapshots. Not the bundles: the copy's gazette sorts first, so
    // every shard's bundle goes one folder up (pagefind-1 is now the first gazettes' bundle),
    // and none is where the site holds it.
    expect(carried(log)).toEqual([4, 0]);
    const added = tree(join(dir, 'dist'));
    expect(publishedOnline(added, 'kundulun/2017/1')).toBe('2026-01-05');
    expect(publishedOnline(added, 'akundulun/2017/1')).toBe('2026-02-02');
    expect(added.get('akundulun/2017/1/1/index.html')!.toString()).toContain(
      '<th scope="row">发布日期</th><td><time datetime="2026-02-02">2026年2月2日</time>',
    );
    rmSync(join(dir, 'content', 'akundulun'), { recursive: true });
    edit(dir);
    // jinfeng's issue (edited) and kundulun's (no longer cited by the copy) are made again:
    // jinfeng's, just converted, by the site run (its shard has no run), kundulun's by its
    // shard's run; jinfeng's keeps its 发布日期.
    expect(madeBy(build(dir, day('2026-03-02')))).toEqual([2, 1, 1, 3, 1, 3]);
    const changed = tree(join(dir, 'dist'));
    expect(publishedOnline(changed, 'jinfeng/2018/2')).toBe('2026-01-05');

    // The same content, built from nothing but the output online before (a fresh clone given
    // the live site's files): each issue's 发布日期 is read back from that output.
    const clean = projectCopy('gongbao-publish-clean-', { withContent: true });
    numbered(clean);
    restoreOutput(clean, samples);
    addCopy(clean);
    build(clean, day('2026-02-02'));
    expectSame(tree(join(clean, 'dist')), added);
    expect(added.get('kundulun/2017/1/1/index.html')!.toString()).toContain(
      'href="/akundulun/2017/1/5/"',
    );
    for (const path of ['.cache', 'src/content/generated', join('content', 'akundulun')])
      rmSync(join(clean, path), { recursive: true, force: true });
    edit(clean);
    build(clean, day('2026-03-02'));
    expectSame(tree(join(clean, 'dist')), changed);

    // The output lost, the build cache kept: the days are the cache's, every page is reused,
    // from the cache (nothing online to keep).
    rmSync(join(dir, 'dist'), { recursive: true });
    const lost = build(dir, day('2026-04-01'));
    expect(madeBy(lost)).toEqual([0, 0, 0, 5, 0, 4]);
    expect(carried(lost)).toEqual([0, 0]);
    expectSame(tree(join(dir, 'dist')), changed);
    // Built again: everything stays where the site holds it, and the site is the same.
    expect(carried(build(dir, day('2026-04-01')))).toEqual([5, 4]);
    expectSame(tree(join(dir, 'dist')), changed);
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

describe('a build with a file that now fails', () => {
  /** The build's exit status and its log of problems. */
  const failing = (dir: string) => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...cleanEnv(), ...ENV },
    });
    return { status: result.status, stderr: result.stderr };
  };
  /** npm run review's exit status and report. */
  const review = (dir: string) => {
    const result = spawnSync(process.execPath, ['scripts/review.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: cleanEnv(),
    });
    return { status: result.status, stdout: result.stdout };
  };
  /** The issue is in dist/: its pages, its snapshot, its documents in the number lookup. */
  const published = (dist: Map<string, Buffer>, issue: string, docNumber: string) => {
    expect(dist.has(`${issue}/index.html`)).toBe(true);
    expect(dist.has(`${issue}/1/index.html`)).toBe(true);
    expect(dist.has(`snapshots/${issue.replaceAll('/', '-')}.zip`)).toBe(true);
    const year = /〔(\d{4})〕/.exec(docNumber)![1];
    const numbers = JSON.parse(dist.get(`search/numbers/${year}.json`)!.toString());
    expect(numbers[docNumber]).toEqual([expect.objectContaining({ url: `/${issue}/1/` })]);
    expect(dist.get('sitemap-0.xml')!.toString()).toContain(`/${issue}/1/`);
  };

  it('keeps what an earlier build published of that issue or gazette, says where the file is wrong, and exits non-zero', () => {
    const dir = projectCopy('gongbao-failing-', { withContent: true });
    build(dir);
    const before = tree(join(dir, 'dist'));
    published(before, 'kundulun/2017/1', '昆政发〔2017〕25号');
    const content = (file: string) => join(dir, 'content', file);
    const original = (file: string) => readFileSync(join('content', file), 'utf8');

    // A date a new web-team member might write, in the corrections of a published issue.
    const fix = 'kundulun/2017-1.fix.yaml';
    writeFileSync(content(fix), `${original(fix)}    effective: 2020-8-6\n`);
    let result = failing(dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /^content\/kundulun\/2017-1\.fix\.yaml:\d+:\d+: .* \[date-form\] — .*保留上次发布的版本/m,
    );
    expectSame(before, tree(join(dir, 'dist')));
    expect(review(dir)).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(
        /^content\/kundulun\/2017-1\.fix\.yaml:\d+:\d+: .* \[date-form\]$/m,
      ),
    });
    writeFileSync(content(fix), original(fix));

    // A full-width colon in a gazette's settings: every issue of that gazette stays.
    const settings = 'jinfeng/gazette.yaml';
    writeFileSync(content(settings), original(settings).replace('name: ', 'name：'));
    result = failing(dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /^content\/jinfeng\/gazette\.yaml:3:\d+: .* \[yaml-full-width-colon\] — .*保留上次发布的版本/m,
    );
    expectSame(before, tree(join(dir, 'dist')));
    published(before, 'jinfeng/2018/2', '银金党办发〔2018〕9号');
    expect(review(dir).status).toBe(1);
    writeFileSync(content(settings), original(settings));

    // A copy of a gazette under a second folder: the same gazette name twice. The copy,
    // never published, is left out; the gazette published before stays as it was.
    addCopy(dir, { named: false });
    result = failing(dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(
      /^content\/akundulun\/2017-1\.txt:1: .* \[gazette-name-clash\] — 已跳过$/m,
    );
    const after = tree(join(dir, 'dist'));
    expectSame(before, after);
    published(after, 'kundulun/2017/1', '昆政发〔2017〕25号');
    expect(review(dir)).toMatchObject({
      status: 1,
      stdout: expect.stringMatching(
        /^content\/akundulun\/2017-1\.txt:1: .* \[gazette-name-clash\]$/m,
      ),
    });

    // Everything fixed, and a benchmark edited: nothing is made again, and dist/ is the same.
    rmSync(join(dir, 'content', 'akundulun'), { recursive: true });
    const bench = join(dir, 'scripts', 'bench', 'bench.ts');
    writeFileSync(bench, `${readFileSync(bench, 'utf8')}\n// edited\n`);
    const log = build(dir);
    expect(log).toContain('build：转换 0 期，未变 5 期，跳过 0 期');
    expect(madeBy(log)).toEqual([0, 0, 0, 5, 0, 4]);
    expectSame(before, tree(join(dir, 'dist')));
  }, 900_000);
});

describe('a publish into a shard whose cached pages are damaged', () => {
  /** A correction of nanming's issue, which shares its shard with kundulun's. */
  const correct = (dir: string) =>
    writeFileSync(
      join(dir, 'content', 'nanming', '2020-4.fix.yaml'),
      'documents:\n  1:\n    effective: 2020-09-01\n',
    );

  it('makes the corrected pages and the damaged ones by the shard’s own run, as a clean build does', () => {
    const dir = projectCopy('gongbao-damaged-', { withContent: true });
    build(dir);
    // A page in kundulun's cached pages altered (the site online links to the same file).
    const page = join(
      ...[dir, '.cache', 'build', 'issue-pages', sha256('kundulun/2017/1').slice(0, 32)],
      ...['files', 'kundulun', '2017', '1', 'index.html'],
    );
    writeFileSync(page, `${readFileSync(page, 'utf8')}<!-- altered -->`);
    correct(dir);
    // nanming's issue, just converted, was planned for the site run; the shard's look into the
    // cache then found kundulun's pages damaged: the shard's own run makes both.
    expect(madeBy(build(dir))).toEqual([2, 0, 1, 3, 1, 3]);
    const sitePlan = JSON.parse(
      readFileSync(join(dir, '.cache', 'astro', 'site', 'plan.json'), 'utf8'),
    );
    expect(sitePlan.with).toMatchObject({
      gazettes: ['kundulun', 'nanming'],
      issues: ['nanming/2020/4'],
    });
    const clean = projectCopy('gongbao-damaged-clean-', { withContent: true });
    correct(clean);
    build(clean);
    expectSame(tree(join(clean, 'dist')), tree(join(dir, 'dist')));
  }, 300_000);
});
