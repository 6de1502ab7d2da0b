import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath, outDirDanger, parseConfig } from '../../src/config.ts';
import { site } from '../../src/site.config.ts';

describe('BASE_PATH', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['/gongbao', '/gongbao/'],
    ['gongbao', '/gongbao/'],
    ['/gongbao/', '/gongbao/'],
    ['//gongbao//', '/gongbao/'],
    ['/a/b', '/a/b/'],
  ])('%j is read as %j', (given, expected) => {
    expect(normaliseBasePath(given)).toBe(expected);
    expect(parseConfig({ BASE_PATH: given }).BASE_PATH).toBe(expected);
  });

  it.each(['/a/../b', '..', '/a/./b', '/./'])(
    'refuses %j, whose . or .. segments a browser would resolve away',
    (given) => {
      expect(() => parseConfig({ BASE_PATH: given })).toThrow(
        /^配置错误：BASE_PATH=".*"：不能含 \. 或 \.\. 路径段/,
      );
    },
  );

  it('refuses a path a link cannot carry, naming the setting and its value', () => {
    expect(() => parseConfig({ BASE_PATH: '/公报?x#y' })).toThrow(
      /^配置错误：BASE_PATH="\/公报\?x#y"：须为由字母、数字/,
    );
  });
});

describe('the environment', () => {
  it('has a default for every setting a build needs', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      SITE_URL: 'https://gongbao.example.gov.cn',
      BASE_PATH: '/',
      OUT_DIR: 'dist',
      SHARD_DOCUMENTS: 1250,
    });
    expect(config.SOURCE_DATE_EPOCH).toBeUndefined();
    expect(config.site).toEqual(site);
  });

  it('reads numbers and keeps the origin of SITE_URL', () => {
    const config = parseConfig({
      SHARD_DOCUMENTS: '20',
      SOURCE_DATE_EPOCH: '1600000000',
      SITE_URL: 'https://www.example.gov.cn',
    });
    expect(config).toMatchObject({
      SHARD_DOCUMENTS: 20,
      SOURCE_DATE_EPOCH: 1600000000,
      SITE_URL: 'https://www.example.gov.cn',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ SHARD_DOCUMENTS: '', OUT_DIR: '' })).toMatchObject({
      SHARD_DOCUMENTS: 1250,
      OUT_DIR: 'dist',
    });
  });

  it.each([
    [{ SHARD_DOCUMENTS: 'abc' }, 'SHARD_DOCUMENTS="abc"：须为整数（文档篇数）'],
    [{ SHARD_DOCUMENTS: '0' }, 'SHARD_DOCUMENTS="0"：至少为 1'],
    [{ SHARD_DOCUMENTS: '2.5' }, 'SHARD_DOCUMENTS="2.5"：须为整数（文档篇数）'],
    [
      { SITE_URL: 'gongbao.example.gov.cn' },
      'SITE_URL="gongbao.example.gov.cn"：须为 http(s) 网址',
    ],
    [{ SITE_URL: 'ftp://example.gov.cn' }, 'SITE_URL="ftp://example.gov.cn"：须为 http(s) 网址'],
    [
      { SITE_URL: 'https://example.gov.cn/gongbao/' },
      'SITE_URL="https://example.gov.cn/gongbao/"：只写协议和域名（子路径用 BASE_PATH 设置）',
    ],
    [{ SOURCE_DATE_EPOCH: '0' }, 'SOURCE_DATE_EPOCH="0"：须不早于 1980-01-01'],
    [{ GONGBAO_RUN: 'all' }, 'GONGBAO_RUN="all"：'],
  ])('refuses %j, saying which setting and why', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('names every wrong setting at once', () => {
    expect(() => parseConfig({ SHARD_DOCUMENTS: 'x', SITE_URL: 'y' })).toThrow(
      /SITE_URL="y".*；SHARD_DOCUMENTS="x"/,
    );
  });
});

describe('OUT_DIR', () => {
  // The build empties OUT_DIR and puts the site in its place.
  it.each([
    ['.', '包含整个项目'],
    ['..', '包含整个项目'],
    ['/', '包含整个项目'],
    ['content', '包含项目源文件 content'],
    ['./src/', '包含项目源文件 src'],
    ['package.json', '包含项目源文件 package.json'],
    ['.git', '包含项目源文件 .git'],
    ['src/site', '位于项目源文件 src 之内'],
    ['content/nanming', '位于项目源文件 content 之内'],
    ['tests/out', '位于项目源文件 tests 之内'],
    ['.cache', '包含构建缓存 .cache'],
  ])('refuses %j: %s', (outDir, why) => {
    expect(() => parseConfig({ OUT_DIR: outDir })).toThrow(
      `配置错误：OUT_DIR=${JSON.stringify(outDir)}：${why}`,
    );
  });

  it.each(['dist', 'build/site', '.cache/test-sites/root', '/tmp/gongbao-site', 'dist-src'])(
    'accepts %j, a folder of its own',
    (outDir) => {
      expect(parseConfig({ OUT_DIR: outDir }).OUT_DIR).toBe(outDir);
    },
  );

  // /dev/shm is a tmpfs on Linux: a mount point, where the machine has one.
  it.skipIf(!existsSync('/dev/shm') || statSync('/dev/shm').dev === statSync('/dev').dev)(
    'refuses a mount point, which a rename cannot replace, and takes a folder in it',
    () => {
      expect(() => parseConfig({ OUT_DIR: '/dev/shm' })).toThrow(
        '配置错误：OUT_DIR="/dev/shm"：是一个挂载点，构建无法整体替换它；请设为其中的一个文件夹，如 /dev/shm/dist',
      );
      expect(parseConfig({ OUT_DIR: '/dev/shm/site' }).OUT_DIR).toBe('/dev/shm/site');
    },
  );

  it('sees through a symbolic link to a source folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-config-'));
    try {
      mkdirSync(join(dir, 'project', 'content'), { recursive: true });
      symlinkSync(join(dir, 'project', 'content'), join(dir, 'link'));
      expect(outDirDanger(join(dir, 'link'), join(dir, 'project'))).toBe(
        '包含项目源文件 content，构建会删除它',
      );
      expect(outDirDanger(join(dir, 'link', 'new', 'out'), join(dir, 'project'))).toBe(
        '位于项目源文件 content 之内，构建会改写它',
      );
      expect(outDirDanger(join(dir, 'project', 'dist'), join(dir, 'project'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the site settings (src/site.config.ts)', () => {
  it('refuses an unknown or missing item, naming it', () => {
    expect(() => parseConfig({}, { ...site, nmae: 'x' })).toThrow(
      /src\/site.config.ts：site：Unrecognized key: "nmae"/,
    );
    expect(() => parseConfig({}, { ...site, footer: { ...site.footer, icp: undefined } })).toThrow(
      /site.footer.icp/,
    );
  });
});
