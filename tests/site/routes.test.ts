// Each Astro run of the build adds only the routes it renders (src/routes.ts): a shard's
// gazettes run writes its gazettes' pages and data (archive, feed, issues, documents) and
// nothing of the site's own; limited to some issues (its plan's `issues`), it writes only theirs,
// with every gazette's archive and feed and the same assets, which the build cache keeps apart.
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

describe("a shard's gazettes run", () => {
  it('writes the pages of its gazettes, or of the issues it is limited to, and no other page', () => {
    const dir = projectCopy('gongbao-routes-', { withContent: true });
    execFileSync(process.execPath, ['scripts/convert.ts'], {
      cwd: dir,
      stdio: 'pipe',
      env: cleanEnv(),
    });
    const gazettesRun = (out: string, issues?: string[]) => {
      const plan: RunPlan = {
        part: 'gazettes',
        gazettes: ['kundulun', 'nanming'],
        references: null,
        issues: issues ?? null,
        day: '2026-01-01',
      };
      mkdirSync(join(dir, '.cache/astro/shard'), { recursive: true });
      writeFileSync(join(dir, '.cache/astro/shard', PLAN_FILE), JSON.stringify(plan));
      execFileSync(process.execPath, ['scripts/astro-run.ts', '.cache/astro/shard'], {
        cwd: dir,
        stdio: 'pipe',
        env: { ...cleanEnv(), OUT_DIR: out },
      });
      const files = readdirSync(join(dir, out), { recursive: true, encoding: 'utf8' }).sort();
      const assets = files.filter((f) => f.startsWith('_astro/') && f.includes('.'));
      return {
        pages: files.filter(
          (f) => /\.(html|json|xml|txt|ris)$/.test(f) && !f.startsWith('_astro/'),
        ),
        assets: new Map(assets.map((f) => [f, readFileSync(join(dir, out, f), 'utf8')])),
      };
    };

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
