import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, normaliseBasePath, outDirDanger, parseConfig } from '../../src/config.ts';

/** The catalog codes a configuration is refused with. */
function refusal(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    if (error instanceof ConfigError) return error.codes;
    throw error;
  }
  return [];
}

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
      expect(refusal(() => parseConfig({ BASE_PATH: given }))).toEqual(['base-path-dot-segment']);
    },
  );

  it('refuses a path a link cannot carry, naming the setting and its value', () => {
    expect(refusal(() => parseConfig({ BASE_PATH: '/公报?x#y' }))).toEqual(['base-path-form']);
    expect(() => parseConfig({ BASE_PATH: '/公报?x#y' })).toThrow(
      /^配置有误: BASE_PATH="\/公报\?x#y": /,
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
    expect(config.site).toMatchObject({
      name: '政府公报',
      footer: { sponsor: 'Gongbao 示例站点' },
    });
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
    [{ SHARD_DOCUMENTS: 'abc' }, 'whole-number'],
    [{ SHARD_DOCUMENTS: '0' }, 'whole-number'],
    [{ SHARD_DOCUMENTS: '2.5' }, 'whole-number'],
    [{ SITE_URL: 'gongbao.example.gov.cn' }, 'url-form'],
    [{ SITE_URL: 'ftp://example.gov.cn' }, 'url-form'],
    [{ SITE_URL: 'https://example.gov.cn/gongbao/' }, 'url-form'],
    [{ SOURCE_DATE_EPOCH: '0' }, 'epoch-range'],
    [{ GONGBAO_LANG: 'fr' }, 'not-one-of'],
  ])('refuses %j, saying which setting and why', (env, code) => {
    expect(refusal(() => parseConfig(env))).toEqual([code]);
    const [name, value] = Object.entries(env)[0]!;
    expect(() => parseConfig(env)).toThrow(`${name}=${JSON.stringify(value)}: `);
  });

  it('names every wrong setting at once', () => {
    expect(() => parseConfig({ SHARD_DOCUMENTS: 'x', SITE_URL: 'y' })).toThrow(
      /SITE_URL="y".*; SHARD_DOCUMENTS="x"/,
    );
  });

  it('speaks English with GONGBAO_LANG=en', () => {
    expect(() => parseConfig({ GONGBAO_LANG: 'en', SHARD_DOCUMENTS: 'x' })).toThrow(
      /^configuration: SHARD_DOCUMENTS="x": [^\p{Script=Han}]+$/u,
    );
    parseConfig({ GONGBAO_LANG: 'zh' });
  });
});

describe('the site settings (content/site.yaml)', () => {
  const site = (text: string, env = {}) => parseConfig(env, { file: 'content/site.yaml', text });

  it('reads the name, the address and the footer; the environment overrides the address', () => {
    const text =
      'name: 某某区人民政府公报\nurl: https://www.example.gov.cn/gongbao/\nfooter:\n  siteCode: "1501050001"\n  links:\n    - title: 某某区人民政府\n      url: https://www.example.gov.cn/\n';
    const config = site(text);
    expect(config).toMatchObject({
      SITE_URL: 'https://www.example.gov.cn',
      BASE_PATH: '/gongbao/',
      site: {
        name: '某某区人民政府公报',
        footer: {
          siteCode: '1501050001',
          icp: '',
          links: [{ title: '某某区人民政府', url: 'https://www.example.gov.cn/' }],
        },
      },
    });
    expect(site(text, { SITE_URL: 'https://ci.example.org', BASE_PATH: '/' })).toMatchObject({
      SITE_URL: 'https://ci.example.org',
      BASE_PATH: '/',
    });
  });

  it('refuses an unknown or wrong item at its line, in words an editor reads', () => {
    expect(refusal(() => site('name: 公报\nnmae: x\n'))).toEqual(['unknown-key']);
    expect(() => site('name: 公报\nnmae: x\n')).toThrow(
      /^配置有误: content\/site\.yaml:2:1: 不认识的键“nmae”/,
    );
    expect(refusal(() => site('name：公报\n'))).toEqual(['yaml-full-width-colon']);
    expect(
      refusal(() => site('footer:\n  links:\n    - title: 甲\n      url: javascript:alert(1)\n')),
    ).toEqual(['link-form']);
    expect(refusal(() => site('url: gongbao.example.gov.cn\n'))).toEqual(['url-form']);
  });

  // A site.yaml without a description gave the home page an empty meta description (Lighthouse
  // SEO 92); the manual says a setting left out takes the sample's value.
  it('gives the home page the sample’s description when site.yaml gives none', () => {
    expect(site('name: 某某区人民政府公报\n').site.description).toBe(
      '政府公报电子版：公报各期、文件全文、发文机关索引与全文检索。',
    );
    expect(refusal(() => site('description: ""\n'))).toEqual(['value-empty']);
  });

  it('takes the footer items of a government site in the forms their registers issue, and refuses others', () => {
    const footer = site(
      [
        'footer:',
        '  siteCode: bm14000002',
        '  icp: 蒙ICP备00000000号-1',
        '  police: 蒙公网安备 00000000000000号',
        '  conac: 06f2cad4909b067ae053012819ac8596',
        '  contactPage: https://www.example.gov.cn/lxwm/',
        '  email: gongbao@example.gov.cn',
        '',
      ].join('\n'),
    ).site.footer;
    expect(footer).toMatchObject({
      siteCode: 'bm14000002',
      icp: '蒙ICP备00000000号-1',
      police: '蒙公网安备 00000000000000号',
      contactPage: 'https://www.example.gov.cn/lxwm/',
      email: 'gongbao@example.gov.cn',
    });
    expect(
      site('footer:\n  siteCode: "1501050001"\n  icp: 蒙ICP备00000000号\n').site.footer,
    ).toMatchObject({ siteCode: '1501050001', icp: '蒙ICP备00000000号' });
    const refused = (item: string) => refusal(() => site(`footer:\n  ${item}\n`));
    expect(refused('siteCode: "15010500011"')).toEqual(['site-code-form']);
    expect(refused('siteCode: 网站标识码1501050001')).toEqual(['site-code-form']);
    expect(refused('icp: 蒙ICP备00000000')).toEqual(['icp-form']);
    expect(refused('icp: "https://beian.miit.gov.cn/"')).toEqual(['icp-form']);
    expect(refused('police: 公网安备00000000000000号')).toEqual(['police-form']);
    expect(refused('conac: 06F2CAD4909B067AE053012819AC859')).toEqual(['conac-form']);
    expect(refused('contactPage: javascript:alert(1)')).toEqual(['link-form']);
    expect(refused('contactPage: www.example.gov.cn/lxwm/')).toEqual(['link-form']);
    expect(refused('email: "<a@b.cn>"')).toEqual(['email-form']);
  });
});

describe('OUT_DIR', () => {
  // The build empties OUT_DIR and puts the site in its place.
  it.each([
    ['.', 'out-dir-holds-project'],
    ['..', 'out-dir-holds-project'],
    ['/', 'out-dir-holds-project'],
    ['content', 'out-dir-holds-source'],
    ['./src/', 'out-dir-holds-source'],
    ['package.json', 'out-dir-holds-source'],
    ['.git', 'out-dir-holds-source'],
    ['src/site', 'out-dir-inside-source'],
    ['content/nanming', 'out-dir-inside-source'],
    ['tests/out', 'out-dir-inside-source'],
    ['.cache', 'out-dir-holds-cache'],
  ])('refuses %j: %s', (outDir, code) => {
    expect(refusal(() => parseConfig({ OUT_DIR: outDir }))).toEqual([code]);
    expect(() => parseConfig({ OUT_DIR: outDir })).toThrow(`OUT_DIR=${JSON.stringify(outDir)}: `);
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
      expect(outDirDanger('/dev/shm')).toEqual({
        code: 'out-dir-mount-point',
        params: { suggestion: '/dev/shm/dist' },
      });
      expect(parseConfig({ OUT_DIR: '/dev/shm/site' }).OUT_DIR).toBe('/dev/shm/site');
    },
  );

  it('sees through a symbolic link to a source folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-config-'));
    try {
      mkdirSync(join(dir, 'project', 'content'), { recursive: true });
      symlinkSync(join(dir, 'project', 'content'), join(dir, 'link'));
      expect(outDirDanger(join(dir, 'link'), join(dir, 'project'))).toEqual({
        code: 'out-dir-holds-source',
        params: { name: 'content' },
      });
      expect(outDirDanger(join(dir, 'link', 'new', 'out'), join(dir, 'project'))).toEqual({
        code: 'out-dir-inside-source',
        params: { name: 'content' },
      });
      expect(outDirDanger(join(dir, 'project', 'dist'), join(dir, 'project'))).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
