// What convert reads and deletes, when the files around it are hostile or broken: paths read
// from its cache stay inside the generated content, a damaged cache is ignored, the generated
// content follows content/ whatever the cache says, symbolic links are read only inside
// content/, a folder or a FIFO where a file is expected is refused by name (never read, never
// waited on), and a gazette folder may not take a name the site uses itself.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { sha256 } from '../../scripts/build/keys.ts';
import { listContent, readOptionalFile } from '../../scripts/lib/content-files.ts';
import { readConvertCache } from '../../scripts/lib/generated-content.ts';
import { placeInputs } from '../../scripts/lib/inputs.ts';
import { reservedName } from '../../scripts/lib/reserved.ts';
import { pathInside } from '../../scripts/lib/safe-paths.ts';
import { ROUTES } from '../../src/routes.ts';
import { cleanEnv } from '../support/build-sites.ts';

const mkfifo = (path: string) => {
  const made = spawnSync('mkfifo', [path]);
  expect(made.status).toBe(0);
};

describe('a path read from a cache', () => {
  it.each([
    ['issues/a/2020-1.json', true],
    ['documents/a/2020-1/1.mdx', true],
    ['../outside.txt', false],
    ['issues/../../outside.txt', false],
    ['./issues/a.json', false],
    ['issues//a.json', false],
    ['/etc/passwd', false],
    ['', false],
    ['.', false],
    ['issues/a\0.json', false],
    [42, false],
  ])('%j is used: %s', (path, used) => {
    const root = '/project/generated';
    expect(pathInside(root, path) !== null).toBe(used);
  });

  it('is read relative to a base and must land inside the root', () => {
    expect(pathInside('/p/src/gen', 'src/gen/issues/a.json', '/p')).toBe(
      '/p/src/gen/issues/a.json',
    );
    expect(pathInside('/p/src/gen', 'src/other.json', '/p')).toBeNull();
    expect(pathInside('/p/src/gen', 'src/gen', '/p')).toBeNull();
  });
});

describe('.cache/convert.json', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'gongbao-cache-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (text: string) => {
    const notes: string[] = [];
    writeFileSync(join(dir, 'convert.json'), text);
    return { entries: readConvertCache(join(dir, 'convert.json'), (m) => notes.push(m)), notes };
  };

  it('cut short, or not a cache, is ignored with a note', () => {
    for (const text of ['{"content/a/2020-1.txt": {"hash": "ab', '[]', 'null', '']) {
      const { entries, notes } = read(text);
      expect(entries).toEqual({});
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatch(/^convert：.*convert\.json (已损坏|不是转换缓存).*已忽略/);
    }
    expect(readConvertCache(join(dir, 'none.json'), () => expect.unreachable())).toEqual({});
  });

  it('keeps the entries whose outputs are inside the generated content, and drops the rest', () => {
    const good = {
      hash: 'h',
      outputs: { 'src/content/generated/issues/a/2020-1.json': 'x' },
    };
    const { entries, notes } = read(
      JSON.stringify({
        'content/a/2020-1.txt': good,
        'content/a/2020-2.txt': { hash: 'h', outputs: { '../outside.txt': 'x' } },
        'content/a/2020-3.txt': { hash: 'h', outputs: { '/etc/passwd': 'x' } },
        'content/a/2020-4.txt': { hash: 'h', outputs: { 'src/site.config.ts': 'x' } },
        'content/a/2020-5.txt': { hash: 'h', outputs: ['src/content/generated/issues/a.json'] },
        'content/a/2020-6.txt': 'x',
      }),
    );
    expect(entries).toEqual({ 'content/a/2020-1.txt': good });
    expect(notes).toEqual([
      `convert：${join(dir, 'convert.json')} 中有 5 项不可信（格式不对或路径在生成内容之外），这些期次重新转换`,
    ]);
  });
});

describe('a build cache manifest', () => {
  const key = 'a/2020/1';
  /** Runs restore in `dir` (the cache is the working folder's); its stdout and stderr. */
  const restore = (dir: string) => {
    const cache = pathToFileURL(resolve('scripts/build/cache.ts')).href;
    return spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { restore } from ${JSON.stringify(cache)};
         process.stdout.write(String(await restore('issue-pages', ${JSON.stringify(key)}, 'i', 'out/site')));`,
      ],
      { cwd: dir, encoding: 'utf8', env: cleanEnv() },
    );
  };
  const noted =
    /^build：缓存 \.cache\/build\/issue-pages\/[0-9a-f]{32}（issue-pages a\/2020\/1）已损坏，已删除，重新生成\n$/;
  let dir: string;
  let entry: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongbao-manifest-'));
    entry = join(dir, '.cache/build/issue-pages', sha256(key).slice(0, 32));
    mkdirSync(join(entry, 'files'), { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('naming a file outside its entry is corrupt: dropped with a note, and nothing is written outside the output', () => {
    // A file that the manifest's path reaches, with the hash the manifest gives it.
    writeFileSync(join(entry, 'escape.txt'), 'written outside');
    writeFileSync(
      join(entry, 'manifest.json'),
      JSON.stringify({
        kind: 'issue-pages',
        key,
        inputs: 'i',
        files: { '../escape.txt': sha256(readFileSync(join(entry, 'escape.txt'))) },
      }),
    );
    const run = restore(dir);
    expect(run.stderr).toMatch(noted);
    expect(run.stdout).toBe('false');
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(entry)).toBe(false);
  });

  it('cut short is corrupt: dropped with a note', () => {
    writeFileSync(join(entry, 'manifest.json'), '{"kind": "issue-pa');
    const run = restore(dir);
    expect(run.stderr).toMatch(noted);
    expect(run.stdout).toBe('false');
    expect(existsSync(entry)).toBe(false);
  });
});

describe('reading content/', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gongbao-links-'));
    const content = join(dir, 'content');
    mkdirSync(join(content, 'a'), { recursive: true });
    mkdirSync(join(content, 'x', 'deep'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(content, 'a', '2020-1.txt'), 'text');
    writeFileSync(join(dir, 'elsewhere', '2020-9.txt'), 'text');
    symlinkSync('2020-1.txt', join(content, 'a', '2020-2.txt'));
    symlinkSync('a', join(content, 'b'));
    symlinkSync(join(dir, 'elsewhere'), join(content, 'c'));
    symlinkSync('/etc', join(content, 'etc'));
    symlinkSync(join(dir, 'elsewhere', '2020-9.txt'), join(content, 'x', '2020-9.txt'));
    symlinkSync('missing.yaml', join(content, 'x', 'gazette.yaml'));
    symlinkSync('..', join(content, 'x', 'deep', 'up'));
    symlinkSync('loop', join(content, 'x', 'loop'));
    mkfifo(join(content, 'x', '2020-3.txt'));
    mkdirSync(join(content, 'x', '2020-1.fix.yaml'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('follows links that stay inside content/, and refuses every other link and non-file by name', () => {
    const content = join(dir, 'content');
    const { files, refused } = listContent(content);
    expect(files).toEqual(['a/2020-1.txt', 'a/2020-2.txt', 'b/2020-1.txt', 'b/2020-2.txt']);
    expect(refused).toEqual([
      `${content}/c: 是指向 content/ 之外（${dir}/elsewhere）的符号链接，不予读取 [content-link-outside]`,
      `${content}/etc: 是指向 content/ 之外（/etc）的符号链接，不予读取 [content-link-outside]`,
      `${content}/x/2020-3.txt: 是FIFO（命名管道），不是普通文件，不予读取 [content-not-a-file]`,
      `${content}/x/2020-9.txt: 是指向 content/ 之外（${dir}/elsewhere/2020-9.txt）的符号链接，不予读取 [content-link-outside]`,
      `${content}/x/deep/up: 是指向它所在文件夹的符号链接（成环），不予读取 [content-link-loop]`,
      `${content}/x/gazette.yaml: 是符号链接，但指向不存在的文件（或链接成环），不予读取 [content-link-dangling]`,
      `${content}/x/loop: 是符号链接，但指向不存在的文件（或链接成环），不予读取 [content-link-dangling]`,
    ]);
  });

  it("reads an editor's file only when it is a regular file, and never opens a FIFO", () => {
    const content = join(dir, 'content');
    mkfifo(join(content, 'x', '2020-3.fix.yaml'));
    expect(readOptionalFile(join(content, 'x', 'none.yaml'), content)).toBeUndefined();
    expect(() => readOptionalFile(join(content, 'x', '2020-1.fix.yaml'), content)).toThrow(
      `${content}/x/2020-1.fix.yaml:1: 是文件夹，不是普通文件，不予读取 [content-not-a-file]`,
    );
    expect(() => readOptionalFile(join(content, 'x', '2020-3.fix.yaml'), content)).toThrow(
      `${content}/x/2020-3.fix.yaml:1: 是FIFO（命名管道），不是普通文件，不予读取 [content-not-a-file]`,
    );
    expect(() => readOptionalFile(join(content, 'x', 'gazette.yaml'), content)).toThrow(
      `${content}/x/gazette.yaml:1: 是符号链接，但指向不存在的文件`,
    );
    expect(() => readOptionalFile(join(content, 'x', '2020-9.txt'), content)).toThrow(
      `${content}/x/2020-9.txt:1: 是指向 content/ 之外`,
    );
    expect(readOptionalFile(join(content, 'b', '2020-2.txt'), content)).toBe('text');
  });
});

describe("the site's own names", () => {
  it('are every first segment of its routes and every file of public/, and the build outputs', () => {
    const routes = ROUTES.map((r) => r.pattern.split('/')[1]!).filter(
      (s) => s && !s.startsWith('['),
    );
    expect(routes).toEqual(expect.arrayContaining(['search', 'organs', 'types', 'atom.xml']));
    for (const name of [...routes, ...readdirSync('public')]) expect(reservedName(name)).toBe(true);
    for (const name of ['_astro', 'pagefind', 'pagefind-12', 'snapshots', 'sitemap-0.xml'])
      expect(reservedName(name)).toBe(true);
    for (const name of ['nanming', 'searches', 'pagefinder', 'typeset', 'organs2'])
      expect(reservedName(name)).toBe(false);
  });

  it('are refused as gazette folders, naming the folder', () => {
    const { issues, refused } = placeInputs('content', [
      'search/2020-1.txt',
      'organs/2020-1.txt',
      'types/2020-1.txt',
      'pagefind-1/2020-1.txt',
      'snapshots/2020-1.txt',
      'nanming/2020-4.txt',
    ]);
    expect(issues.map((i) => i.id)).toEqual(['nanming/2020/4']);
    expect(refused).toHaveLength(5);
    expect(refused.find((r) => r.file === 'content/search/2020-1.txt')).toMatchObject({
      code: 'gazette-folder-reserved',
      params: { folder: 'search' },
    });
  });
});

describe('npm run convert with hostile files around it', () => {
  let dir: string;
  const generated = (path = '') => join(dir, 'src/content/generated', path);
  const convert = () => {
    const run = spawnSync(process.execPath, ['scripts/convert.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: cleanEnv(),
      // A FIFO opened for reading would wait for ever.
      timeout: 60_000,
    });
    expect(run.signal, run.stderr).toBeNull();
    return run;
  };
  const issues = () =>
    readdirSync(generated('issues'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort();

  beforeAll(() => {
    dir = projectCopy('gongbao-guard-', { withContent: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses links out of content/, folders and FIFOs by name, reads links inside it, and builds the rest', () => {
    const content = join(dir, 'content');
    symlinkSync('/etc', join(content, 'etc'));
    mkdirSync(join(content, 'copy'));
    symlinkSync('../kundulun/2017-1.txt', join(content, 'copy', '2017-1.txt'));
    // A gazette of its own, under a name of its own (two gazettes of one name are refused).
    writeFileSync(
      join(content, 'copy', '2017-1.fix.yaml'),
      'issue:\n  gazette: 昆都仑区人民政府公报（副本）\n',
    );
    mkdirSync(join(content, 'jinfeng', '2018-2.fix.yaml'));
    mkfifo(join(content, 'qingxin', '2018-3.fix.yaml'));
    rmSync(join(content, 'dawukou', 'gazette.yaml'));
    symlinkSync('gone.yaml', join(content, 'dawukou', 'gazette.yaml'));
    mkdirSync(join(content, 'search'));
    symlinkSync('../nanming/2020-4.txt', join(content, 'search', '2020-4.txt'));
    const run = convert();
    expect(run.status).toBe(0);
    const skipped = run.stderr
      .split('\n')
      .filter((l) => l.endsWith(' — 已跳过'))
      .map((l) => l.replace(/: .* \[([a-z-]+)\] — 已跳过$/, ' [$1]'));
    expect(skipped.sort()).toEqual([
      'content/dawukou/gazette.yaml:1 [content-link-dangling]',
      'content/etc [content-link-outside]',
      'content/jinfeng/2018-2.fix.yaml:1 [content-not-a-file]',
      'content/qingxin/2018-3.fix.yaml:1 [content-not-a-file]',
      'content/search/2020-4.txt:1 [gazette-folder-reserved]',
    ]);
    expect(issues()).toEqual(['copy/2017-1.json', 'kundulun/2017-1.json', 'nanming/2020-4.json']);
    expect(readdirSync(generated('gazettes')).sort()).toEqual([
      'jinfeng.json',
      'kundulun.json',
      'nanming.json',
      'qingxin.json',
    ]);
  });

  it('after rm -rf .cache, removes the generated files of an issue whose text was removed', () => {
    rmSync(join(dir, 'content', 'copy'), { recursive: true });
    rmSync(join(dir, '.cache'), { recursive: true });
    expect(convert().status).toBe(0);
    expect(issues()).toEqual(['kundulun/2017-1.json', 'nanming/2020-4.json']);
    expect(existsSync(generated('documents/copy'))).toBe(false);
    expect(existsSync(generated('text/copy'))).toBe(false);
    expect(existsSync(generated('review/copy'))).toBe(false);
  });

  it('ignores a cut-short cache with a note, and never deletes a path the cache lists outside the generated content', () => {
    const cache = join(dir, '.cache', 'convert.json');
    writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 100));
    let run = convert();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('convert：.cache/convert.json 已损坏');
    expect(run.stdout).toContain('convert：转换 2 期，未变 0 期');

    const victims = [join(dir, '..', `${dir.split('/').pop()}-victim`), join(dir, 'package.json')];
    writeFileSync(victims[0]!, 'outside the project');
    const entries = JSON.parse(readFileSync(cache, 'utf8'));
    const [first] = Object.keys(entries);
    entries[first!].outputs['../victim'] = 'x';
    entries['content/x/2020-1.txt'] = {
      hash: 'h',
      outputs: { [victims[0]!]: 'x', 'package.json': 'x' },
    };
    writeFileSync(cache, JSON.stringify(entries));
    run = convert();
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('中有 2 项不可信');
    for (const victim of victims) expect(existsSync(victim)).toBe(true);
    rmSync(victims[0]!);
    expect(issues()).toEqual(['kundulun/2017-1.json', 'nanming/2020-4.json']);
  });

  it('npm run review names an issue that is a FIFO instead of waiting on it', () => {
    mkfifo(join(dir, 'content', 'nanming', '2020-7.txt'));
    const run = spawnSync(process.execPath, ['scripts/review.ts'], {
      cwd: dir,
      encoding: 'utf8',
      env: cleanEnv(),
      timeout: 60_000,
    });
    rmSync(join(dir, 'content', 'nanming', '2020-7.txt'));
    expect(run.signal).toBeNull();
    expect(run.stdout).toContain(
      'content/nanming/2020-7.txt: 是FIFO（命名管道），不是普通文件，不予读取 [content-not-a-file]\ncontent/nanming/2020-7.txt：不会发布——请先改正上面的错误',
    );
    expect(run.stdout).toMatch(/^nanming\/2020\/4：\d+ 项待查（5 篇）$/m);
  });
});
