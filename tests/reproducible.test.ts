// Reproducible builds: the same content built twice, in two directories, at two clock times,
// in two time zones and locales, gives the same dist/ byte for byte — pages, data, search index and snapshots; and so does
// the build split into separate jobs, as on several machines (README, "Scaling past one machine").
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../scripts/bench/archive.ts';
import { expectSame, run, tree } from './support/dist.ts';
import { SITE_URL, SITES } from './support/sites.ts';

describe('a rebuild', () => {
  // The second build west of Greenwich at a half-hour offset (zip times) and in a Chinese
  // locale (Node's ICU sorts by LC_ALL even where the system lacks that locale).
  it('in another directory, a second later, in another time zone and locale, is byte-identical', async () => {
    const builds: Array<Map<string, Buffer>> = [];
    const machines = [
      { prefix: 'gongbao-a-', env: { TZ: 'UTC', LC_ALL: 'C.UTF-8' } },
      { prefix: 'gongbao-b-', env: { TZ: 'America/St_Johns', LC_ALL: 'zh_CN.UTF-8' } },
    ];
    for (const { prefix, env } of machines) {
      const dir = projectCopy(prefix, { withContent: true });
      // The build's day, the 发布日期 of every issue published for the first time, is set, as a
      // reproducible build sets it: the clock's day would differ across midnight.
      run(dir, ['scripts/build.ts'], { OUT_DIR: 'dist', BUILD_DATE: '2026-01-05', ...env });
      builds.push(tree(join(dir, 'dist')));
      await sleep(1500);
    }
    expectSame(builds[0]!, builds[1]!);
  }, 600_000);
});

describe('a build in shards', () => {
  // The samples plus a copy of one issue under another gazette: its last document cites
  // numbers that its copy now carries, so in shards of one gazette each, links between
  // documents cross shards.
  it('gives the pages, data and snapshots of the build in one shard, links across shards included', () => {
    const built = ['1', '5'].map((limit) => {
      const dir = projectCopy(`gongbao-shards-${limit}-`, { withContent: true });
      mkdirSync(join(dir, 'content', 'kundulun2'));
      copyFileSync(
        join(dir, 'content', 'kundulun', '2017-1.txt'),
        join(dir, 'content', 'kundulun2', '2017-1.txt'),
      );
      // A gazette of its own, under a name of its own (two gazettes of one name are refused).
      writeFileSync(
        join(dir, 'content', 'kundulun2', '2017-1.fix.yaml'),
        'issue:\n  gazette: 昆都仑区人民政府公报（副本）\n',
      );
      run(dir, ['scripts/build.ts'], {
        OUT_DIR: 'dist',
        SHARD_DOCUMENTS: limit === '1' ? '100' : limit,
      });
      return {
        dir,
        files: new Map(
          [...tree(join(dir, 'dist'))].filter(
            ([file]) => !/^pagefind|^search\/indexes\.json$/.test(file),
          ),
        ),
      };
    });
    expect(
      JSON.parse(readFileSync(join(built[1]!.dir, 'dist', 'search', 'indexes.json'), 'utf8')),
    ).toHaveLength(6);
    expectSame(built[0]!.files, built[1]!.files);
    // kundulun/2017/1/5 (one shard) links to the documents it cites in kundulun2 (another).
    expect(built[1]!.files.get('kundulun/2017/1/5/index.html')!.toString()).toContain(
      'href="/kundulun2/2017/1/1/"',
    );
  }, 600_000);
});

describe('a build split into jobs', () => {
  it('a job a shard, then a final job that gathers them, gives the same site as npm run build', () => {
    const dir = projectCopy('gongbao-jobs-', { withContent: true });
    // On the day the site it is compared with was built, its issues' 发布日期: a run that
    // crosses midnight in Beijing would otherwise publish them a day later.
    const builtOn = JSON.parse(
      readFileSync(join(SITES.sub.dir, 'nanming', '2020', '4', 'issue.json'), 'utf8'),
    ).issue.publishedOnline as string;
    const env = {
      BUILD_DATE: builtOn,
      BASE_PATH: SITES.sub.base,
      SITE_URL,
      SHARD_DOCUMENTS: String(SITES.sub.shardDocuments),
      LIST_PAGE_SIZE: String(SITES.sub.listPageSize),
    };
    run(dir, ['scripts/convert.ts'], env);
    for (const shard of ['0', '1']) {
      run(dir, ['scripts/pages.ts', '--shard', shard], { ...env, OUT_DIR: `jobs/${shard}` });
      run(dir, ['scripts/search-index.ts', '--shard', shard], { ...env, OUT_DIR: `jobs/${shard}` });
    }
    run(dir, ['scripts/pages.ts', '--site'], { ...env, OUT_DIR: 'dist' });
    run(dir, ['scripts/search-index.ts', '--lookups'], { ...env, OUT_DIR: 'dist' });
    for (const shard of ['0', '1'])
      cpSync(join(dir, 'jobs', shard), join(dir, 'dist'), { recursive: true });
    run(dir, ['scripts/snapshot.ts'], { ...env, OUT_DIR: 'dist' });
    expectSame(tree(SITES.sub.dir), tree(join(dir, 'dist')));
  }, 600_000);
});
