// The snapshots of the built sample site: valid bags, verify as a user runs it, and the
// pages opened from disk in Debian's Chromium.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { unzipSync, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { unpack } from '../support/bag.ts';
import { SITES } from '../support/sites.ts';

const snapshots = join(SITES.sub.dir, 'snapshots');
const verify = (zip: string) =>
  spawnSync(process.execPath, ['scripts/verify.ts', zip], { encoding: 'utf8' });

/** A copy of a snapshot with its entries changed by `edit`. */
function tampered(name: string, edit: (entries: Record<string, Uint8Array>) => void): string {
  const entries = unzipSync(readFileSync(join(snapshots, name)));
  edit(entries);
  const path = join(mkdtempSync(join(tmpdir(), 'gongbao-bag-')), name);
  writeFileSync(path, zipSync(entries));
  return path;
}

describe('npm run verify', () => {
  it('passes every fresh snapshot, one per issue', () => {
    const zips = readdirSync(snapshots).sort();
    expect(zips).toEqual([
      'dawukou-2021-3.zip',
      'jinfeng-2018-2.zip',
      'kundulun-2017-1.zip',
      'nanming-2020-4.zip',
      'qingxin-2018-3.zip',
    ]);
    for (const zip of zips) {
      const run = verify(join(snapshots, zip));
      // What it checked: every entry of the zip, their bytes, every checksum but the tag
      // manifest's own.
      const entries = Object.values(unzipSync(readFileSync(join(snapshots, zip))));
      const bytes = entries.reduce((n, e) => n + e.length, 0);
      expect(run.stdout).toBe(
        `${join(snapshots, zip)}：完好（${entries.length} 个文件，共 ${bytes} 字节；${entries.length - 1} 个 SHA-256 校验和逐一核对无误）\n`,
      );
      expect(run.status).toBe(0);
    }
  });

  it('passes a snapshot unpacked, and names a file changed in it', () => {
    const bag = join(unpack(join(snapshots, 'jinfeng-2018-2.zip')), 'jinfeng-2018-2');
    const zipped = verify(join(snapshots, 'jinfeng-2018-2.zip')).stdout;
    expect(verify(bag).stdout).toBe(zipped.replace(join(snapshots, 'jinfeng-2018-2.zip'), bag));
    writeFileSync(join(bag, 'data', 'source.txt'), '改过的原文\n');
    const run = verify(bag);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      `${bag}: data/source.txt: 已被改动（sha256 与 manifest-sha256.txt 所列不符）\n`,
    );
  });

  it('fails, naming the file, when one byte of one payload file changed', () => {
    const path = tampered('nanming-2020-4.zip', (e) => {
      e['nanming-2020-4/data/3/index.html']![100]! ^= 1;
    });
    const run = verify(path);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `^${path}: data/3/index.html: 已被改动（sha256 与 manifest-sha256.txt 所列不符）\n${path}：有 1 处问题（\\d+ 个文件，共 \\d+ 字节；\\d+ 个 SHA-256 校验和相符）\n$`,
      ),
    );
  });

  it('fails, naming the files, when a file is removed or added', () => {
    const removed = verify(
      tampered('nanming-2020-4.zip', (e) => delete e['nanming-2020-4/data/source.txt']),
    );
    expect(removed.status).toBe(1);
    expect(removed.stdout).toContain('data/source.txt: 缺失（列在 manifest-sha256.txt 中）');
    const added = verify(
      tampered(
        'nanming-2020-4.zip',
        (e) => (e['nanming-2020-4/data/note.txt'] = new TextEncoder().encode('x')),
      ),
    );
    expect(added.status).toBe(1);
    expect(added.stdout).toContain('data/note.txt: 是多出的文件（不在 manifest-sha256.txt 中）');
  });

  it('holds the issue page, its documents, the data and the untouched source text', () => {
    const entries = unzipSync(readFileSync(join(snapshots, 'dawukou-2021-3.zip')));
    const names = Object.keys(entries);
    for (const n of [
      'index.html',
      'issue.json',
      'source.txt',
      'search.html',
      ...[1, 2, 3, 4, 5, 6, 7, 8].flatMap((i) => [`${i}/index.html`, `${i}/document.json`]),
    ]) {
      expect(names).toContain(`dawukou-2021-3/data/${n}`);
    }
    expect(entries['dawukou-2021-3/data/source.txt']).toEqual(
      new Uint8Array(readFileSync('content/dawukou/2021-3.txt')),
    );
    const info = new TextDecoder().decode(entries['dawukou-2021-3/bag-info.txt']);
    expect(info).toContain('Gazette: 大武口区人民政府公报\n');
    expect(info).toMatch(/^Source-SHA256: [0-9a-f]{64}$/m);
    expect(info).toMatch(/^Bag-Software-Agent: Gongbao \d+\.\d+\.\d+$/m);
    expect(info).toMatch(/^Source-Organization: Gongbao 示例站点\n/);
    expect(info).toContain('Bagging-Date: 2021-04-30\n');
  });

  it('says every document page’s 有效性 is the archive’s, not a live-looking word', () => {
    const entries = unzipSync(readFileSync(join(snapshots, 'dawukou-2021-3.zip')));
    for (let i = 1; i <= 8; i++) {
      const $ = load(new TextDecoder().decode(entries[`dawukou-2021-3/data/${i}/index.html`]));
      // The samples state nothing: 未注明, as of the archive, whatever the build's day.
      expect($('.doc-validity').text()).toBe('存档时：未注明');
    }
  });
});

describe('a snapshot opened from disk', () => {
  let browser: Browser;
  let root: string;
  beforeAll(async () => {
    root = unpack(join(snapshots, 'qingxin-2018-3.zip'));
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('follows every link inside the snapshot to a page that opens, styled', async () => {
    const data = pathToFileURL(join(root, 'qingxin-2018-3', 'data') + '/').href;
    const page = await browser.newPage({ viewport: PHONE });
    const seen = new Set<string>();
    const queue = [data + 'index.html'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await page.goto(url);
      expect(response?.ok(), url).toBe(true);
      if (!url.endsWith('.html')) continue;
      // The stylesheet is there: the site header has its red rule under it.
      expect(await page.$eval('body', (b) => getComputedStyle(b).margin), url).toBe('0px');
      const links = await page.$$eval('a[href], link[rel=stylesheet]', (els) =>
        els.map((e) => (e as HTMLAnchorElement).href),
      );
      for (const link of links)
        if (link.startsWith(data)) queue.push(link.split('#')[0]!.split('?')[0]!);
    }
    expect([...seen].filter((u) => u.endsWith('/index.html'))).toHaveLength(8);
    expect(
      await page
        .goto(data + '4/index.html')
        .then(() => page.$eval('.gbt-title', (h) => getComputedStyle(h).textAlign)),
    ).toBe('center');
    await page.close();
  });

  it('finds text within the issue with its offline search', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(pathToFileURL(join(root, 'qingxin-2018-3', 'data', 'index.html')).href);
    // On a phone the header's 搜索 opens the search page.
    await Promise.all([page.waitForNavigation(), page.click('.site-nav-search')]);
    await page.fill('#offline-q', '厕所革命');
    await page.press('#offline-q', 'Enter');
    await page.waitForSelector('#search-results li');
    expect(page.url()).toMatch(/\/search\.html\?q=/);
    const hits = await page.$$eval('#search-results a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
    );
    expect(hits).toContain('4/index.html');
    expect(await page.textContent('#search-results mark')).toBe('厕所革命');
    await page.close();
  });

  // Issue 24: the offline search was stricter than the site's.
  it.each([
    ['清新府办[2018]40号', '清新府办〔2018〕40号'],
    ['厕所革命 公厕', '厕所革命'],
  ])('reads %s as the site’s search does', async (query, marked) => {
    const page = await browser.newPage({ viewport: PHONE });
    const url = pathToFileURL(join(root, 'qingxin-2018-3', 'data', 'search.html'));
    await page.goto(`${url.href}?q=${encodeURIComponent(query)}`);
    await page.waitForSelector('#search-results li');
    const hits = await page.$$eval('#search-results a', (as) =>
      as.map((a) => (a as HTMLAnchorElement).getAttribute('href')),
    );
    expect(hits).toContain('4/index.html');
    const marks = await page.$$eval('#search-results mark', (ms) => ms.map((m) => m.textContent));
    expect(marks).toContain(marked);
    await page.close();
  });
});
