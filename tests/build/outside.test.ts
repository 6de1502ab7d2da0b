// The build writes only into OUT_DIR and its own cache (and the converted content it reads
// back, src/content/generated/): whatever its settings, its caches and its content hold. The
// project and the folder around it are hashed before and after builds with hostile settings
// (refused at once), and a build whose caches list paths out of their folders and whose
// content links out of content/, takes a route's name and holds a FIFO.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { sha256 } from '../../scripts/build/keys.ts';
import { cleanEnv } from '../support/build-sites.ts';

/** What the build may change, relative to the project. */
const BUILDS = ['dist', '.dist.staging', '.dist.previous', '.cache', 'src/content/generated'];

/** Every entry under `root` (links as links, never followed) with its type and bytes' hash. */
function snapshot(root: string, skip: (rel: string) => boolean): Map<string, string> {
  const seen = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const rel = path.slice(root.length + 1);
      if (skip(rel)) continue;
      const stats = lstatSync(path);
      if (stats.isDirectory()) {
        seen.set(rel, 'folder');
        walk(path);
      } else if (stats.isFile()) seen.set(rel, sha256(readFileSync(path)));
      else seen.set(rel, `${stats.mode.toString(8)}`);
    }
  };
  walk(root);
  return seen;
}

describe('a build changes nothing outside OUT_DIR and its cache', () => {
  let around: string;
  let project: string;
  const state = () =>
    snapshot(around, (rel) =>
      BUILDS.some((b) => rel === `project/${b}` || rel.startsWith(`project/${b}/`)),
    );
  const build = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...cleanEnv(), OUT_DIR: 'dist', ...env },
      // A build that waits on a FIFO would never end.
      timeout: 240_000,
    });

  beforeAll(() => {
    // The project in a folder of its own, with a file beside it that a `../` path would reach.
    around = mkdtempSync(join(tmpdir(), 'gongbao-around-'));
    const copy = projectCopy('gongbao-outside-');
    project = join(around, 'project');
    spawnSync('mv', [copy, project]);
    writeFileSync(join(around, 'victim.txt'), 'beside the project');
    for (const issue of ['nanming/2020-4.txt', 'kundulun/2017-1.txt']) {
      mkdirSync(join(project, 'content', issue, '..'), { recursive: true });
      copyFileSync(join('content', issue), join(project, 'content', issue));
    }
  });
  afterAll(() => rmSync(around, { recursive: true, force: true }));

  it.each([
    [{ OUT_DIR: '.' }, 'OUT_DIR="."', 'out-dir-holds-project'],
    [{ OUT_DIR: '..' }, 'OUT_DIR=".."', 'out-dir-holds-project'],
    [{ OUT_DIR: 'content' }, 'OUT_DIR="content"', 'out-dir-holds-source'],
    [{ OUT_DIR: 'src/site' }, 'OUT_DIR="src/site"', 'out-dir-inside-source'],
    [{ OUT_DIR: '.cache' }, 'OUT_DIR=".cache"', 'out-dir-holds-cache'],
    [{ BASE_PATH: '/a/../b' }, 'BASE_PATH="/a/../b"', 'base-path-dot-segment'],
  ])(
    'refuses %j at once',
    (env, setting, code) => {
      const before = state();
      const run = build(env);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        new RegExp(
          `^配置有误: .*${setting.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: .* \\[${code}\\]`,
        ),
      );
      expect(state()).toEqual(before);
    },
    60_000,
  );

  it('with caches listing paths out of their folders and hostile content', () => {
    expect(build().status, 'the first build').toBe(0);
    // The convert cache lists outputs out of the generated content…
    const convertCache = join(project, '.cache', 'convert.json');
    const entries = JSON.parse(readFileSync(convertCache, 'utf8'));
    entries['content/nanming/2020-4.txt'].hash = 'changed';
    entries['content/nanming/2020-4.txt'].outputs['../victim.txt'] = 'x';
    entries['content/gone/2020-1.txt'] = {
      hash: 'x',
      outputs: { [join(around, 'victim.txt')]: 'x', 'package.json': 'x' },
    };
    writeFileSync(convertCache, JSON.stringify(entries));
    // …an issue's cached pages list a file that, put under the shard's folder
    // (.cache/astro/shard-0/ready/), lands beside the project, with its hash…
    const pages = join(project, '.cache', 'build', 'issue-pages');
    const escape = join('..', '..', '..', '..', '..', 'escaped.html');
    writeFileSync(join(project, 'escaped.html'), 'escaped');
    for (const entry of readdirSync(pages)) {
      const manifest = JSON.parse(readFileSync(join(pages, entry, 'manifest.json'), 'utf8'));
      manifest.files[escape] = sha256('escaped');
      writeFileSync(join(pages, entry, 'manifest.json'), JSON.stringify(manifest));
    }
    // …and the content links out of content/, takes the search page's name, holds a FIFO.
    const content = join(project, 'content');
    symlinkSync('/etc', join(content, 'etc'));
    symlinkSync(join(around, 'victim.txt'), join(content, 'nanming', '2020-5.txt'));
    mkdirSync(join(content, 'search'));
    copyFileSync(join(content, 'nanming', '2020-4.txt'), join(content, 'search', '2020-4.txt'));
    spawnSync('mkfifo', [join(content, 'kundulun', '2017-1.fix.yaml')]);
    const before = state();
    const run = build();
    // What cannot be read is named and skipped; the rest is built.
    expect(run.status, run.stderr).toBe(1);
    for (const [file, code] of [
      ['content/etc', 'content-link-outside'],
      ['content/nanming/2020-5.txt', 'content-link-outside'],
      ['content/search/2020-4.txt:1', 'gazette-folder-reserved'],
      ['content/kundulun/2017-1.fix.yaml:1', 'content-not-a-file'],
    ])
      expect(run.stderr.split('\n')).toContainEqual(
        expect.stringMatching(`^${file}: .* \\[${code}\\]`),
      );
    expect(state()).toEqual(before);
    // nanming's cached pages, and kundulun's (published before, kept: its corrections file is
    // a FIFO now), were looked at, found corrupt, and made again.
    expect(run.stdout).toContain(
      'build：期次页面新生成 2 期（0 期随全站运行生成，其余由 1 次分片 Astro 运行生成），0 期取自构建缓存',
    );
  }, 600_000);
});
