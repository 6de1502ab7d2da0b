// Each Astro run of the build adds only the routes it renders (src/routes.ts): a shard's
// gazettes run writes its gazettes' pages and data (archive, feed, issues, documents) and
// nothing of the site's own.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/lib/archive.ts';
import { cleanEnv } from '../support/build-sites.ts';

describe("a shard's gazettes run", () => {
  it('writes the pages of its gazettes and no other page', () => {
    const dir = projectCopy('gongbao-routes-', { withContent: true });
    const env = {
      ...cleanEnv(),
      GONGBAO_RUN: 'gazettes',
      GONGBAO_GAZETTES: 'kundulun',
      OUT_DIR: 'out',
    };
    execFileSync(process.execPath, ['scripts/convert.ts'], {
      cwd: dir,
      stdio: 'pipe',
      env: cleanEnv(),
    });
    execFileSync(process.execPath, ['scripts/astro-run.ts', '.cache/astro/shard'], {
      cwd: dir,
      stdio: 'pipe',
      env,
    });
    const written = readdirSync(join(dir, 'out'), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|json|xml|txt)$/.test(f))
      .sort();
    const orders = [1, 2, 3, 4, 5];
    expect(written).toEqual([
      ...orders.flatMap((o) => [
        `kundulun/2017/1/${o}/document.json`,
        `kundulun/2017/1/${o}/index.html`,
      ]),
      'kundulun/2017/1/index.html',
      'kundulun/2017/1/issue.json',
      'kundulun/2017/1/source.txt',
      'kundulun/atom.xml',
      'kundulun/index.html',
    ]);
  }, 300_000);
});
