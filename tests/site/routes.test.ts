// Each Astro run of the build adds only the routes it renders (src/routes.ts): a shard's
// gazettes run writes its gazettes' pages and data (archive, feed, issues, documents) and
// nothing of the site's own; limited to some issues (its plan's `issues`), it writes only theirs,
// with every gazette's archive and feed and the same assets, which the build cache keeps apart. The
// site run can make some issues' pages too, with their gazettes' archives: the same pages.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { PLAN_FILE, type RunPlan } from '../../src/data/plan.ts';
import { cleanEnv } from '../support/build-sites.ts';

const pagesOf = (issue: string, orders: number[]) => [
  ...orders.flatMap((o) => [
    `${issue}/${o}/citation.json`,
    `${issue}/${o}/citation.ris`,
    `${issue}/${o}/document.json`,
    `${issue}/${o}/index.html`,
  ]),
  `${issue}/index.html`,
  `${issue}/issue.json`,
  `${issue}/source.txt`,
];
const ARCHIVES = [
  'kundulun/atom.xml',
  'kundulun/index.html',
  'nanming/atom.xml',
  'nanming/index.html',
];

/** The project, converted, that the runs below render. */
const converted = () => {
  const dir = projectCopy('gongbao-routes-', { withContent: true });
  execFileSync(process.execPath, ['scripts/convert.ts'], {
    cwd: dir,
    stdio: 'pipe',
    env: cleanEnv(),
  });
  return dir;
};

/** An Astro run of the build with `plan`, into `out` under `dir`: the pages and assets it wrote. */
function astroRun(dir: string, out: string, plan: RunPlan) {
  mkdirSync(join(dir, '.cache/astro/run'), { recursive: true });
  writeFileSync(join(dir, '.cache/astro/run', PLAN_FILE), JSON.stringify(plan));
  execFileSync(process.execPath, ['scripts/astro-run.ts', '.cache/astro/run'], {
    cwd: dir,
    stdio: 'pipe',
    env: { ...cleanEnv(), OUT_DIR: out },
  });
  const files = readdirSync(join(dir, out), { recursive: true, encoding: 'utf8' }).sort();
  const assets = files.filter((f) => f.startsWith('_astro/') && f.includes('.'));
  return {
    pages: files.filter((f) => /\.(html|json|xml|txt|ris)$/.test(f) && !f.startsWith('_astro/')),
    assets: new Map(assets.map((f) => [f, readFileSync(join(dir, out, f), 'utf8')])),
    read: (file: string) => readFileSync(join(dir, out, file), 'utf8'),
  };
}

describe("a shard's gazettes run", () => {
  it('writes the pages of its gazettes, or of the issues it is limited to, and no other page', () => {
    const dir = converted();
    const gazettesRun = (out: string, issues?: string[]) =>
      astroRun(dir, out, {
        part: 'gazettes',
        gazettes: ['kundulun', 'nanming'],
        references: null,
        issues: issues ?? null,
        day: '2026-01-01',
      });

    const all = gazettesRun('all');
    expect(all.pages).toEqual(
      [
        ...pagesOf('kundulun/2017/1', [1, 2, 3, 4, 5]),
        ...pagesOf('nanming/2020/4', [1, 2, 3, 4, 5]),
        ...ARCHIVES,
      ].sort(),
    );
    const one = gazettesRun('one', ['nanming/2020/4']);
    expect(one.pages).toEqual([...pagesOf('nanming/2020/4', [1, 2, 3, 4, 5]), ...ARCHIVES].sort());
    const none = gazettesRun('none', []);
    expect(none.pages).toEqual(ARCHIVES);
    // The pages of a limited run link the assets of a full run: the cache keeps them with the archives.
    expect(all.assets.size).toBeGreaterThan(0);
    expect(one.assets).toEqual(all.assets);
    expect(none.assets).toEqual(all.assets);
  }, 300_000);
});

describe('the site run with some issues of some gazettes', () => {
  it('writes the site’s pages, and those issues’ and gazettes’ pages as their shard’s run does', () => {
    const dir = converted();
    const day = '2026-01-01';
    const site = astroRun(dir, 'site', { part: 'site' });
    const shard = astroRun(dir, 'shard', {
      part: 'gazettes',
      gazettes: ['nanming'],
      references: null,
      issues: ['nanming/2020/4'],
      day,
    });
    const both = astroRun(dir, 'both', {
      part: 'site',
      with: { gazettes: ['nanming'], issues: ['nanming/2020/4'], day },
    });
    expect(both.pages).toEqual([...site.pages, ...shard.pages].sort());
    for (const file of both.pages) {
      const alone = site.pages.includes(file) ? site : shard;
      expect(both.read(file), file).toBe(alone.read(file));
    }
    expect(both.assets).toEqual(new Map([...site.assets, ...shard.assets]));
    // The sitemap lists every gazette's pages, each once, made here or not.
    expect(both.read('sitemap-0.xml').match(/\/nanming\/2020\/4\/1\//g)).toHaveLength(1);
    expect(both.read('sitemap-0.xml')).toContain('/kundulun/2017/1/1/');
  }, 300_000);
});
