import { describe, expect, it } from 'vitest';
import { normaliseBasePath, parseConfig } from '../../src/config.ts';
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

  it('refuses a path a link cannot carry, naming the setting and its value', () => {
    expect(() => parseConfig({ BASE_PATH: '/公报?x#y' })).toThrow(
      /^configuration: BASE_PATH="\/公报\?x#y": a path of letters/,
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
    [{ SHARD_DOCUMENTS: 'abc' }, 'SHARD_DOCUMENTS="abc": a whole number of documents'],
    [{ SHARD_DOCUMENTS: '0' }, 'SHARD_DOCUMENTS="0": at least 1 document'],
    [{ SHARD_DOCUMENTS: '2.5' }, 'SHARD_DOCUMENTS="2.5": a whole number of documents'],
    [{ SITE_URL: 'gongbao.example.gov.cn' }, 'SITE_URL="gongbao.example.gov.cn": an http(s) URL'],
    [{ SITE_URL: 'ftp://example.gov.cn' }, 'SITE_URL="ftp://example.gov.cn": an http(s) URL'],
    [
      { SITE_URL: 'https://example.gov.cn/gongbao/' },
      'SITE_URL="https://example.gov.cn/gongbao/": the origin only (set a sub-path with BASE_PATH)',
    ],
    [{ SOURCE_DATE_EPOCH: '0' }, 'SOURCE_DATE_EPOCH="0": a time from 1980-01-01 on'],
  ])('refuses %j, saying which setting and why', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });

  it('names every wrong setting at once', () => {
    expect(() => parseConfig({ SHARD_DOCUMENTS: 'x', SITE_URL: 'y' })).toThrow(
      /SITE_URL="y".*; SHARD_DOCUMENTS="x"/,
    );
  });
});

describe('the site settings (src/site.config.ts)', () => {
  it('refuses an unknown or missing item, naming it', () => {
    expect(() => parseConfig({}, { ...site, nmae: 'x' })).toThrow(
      /src\/site.config.ts: site: Unrecognized key: "nmae"/,
    );
    expect(() => parseConfig({}, { ...site, footer: { ...site.footer, icp: undefined } })).toThrow(
      /site.footer.icp/,
    );
  });
});
