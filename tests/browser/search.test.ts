// Search in Debian's Chromium, as a reader uses it: from the header, with filters, on a phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSite } from '../support/browser-site.ts';

const { open } = browserSite();

/** On a phone the header's 搜索 opens the search page, whose box takes the query. */
async function fromHeader(page: Page, query: string): Promise<void> {
  await Promise.all([page.waitForNavigation(), page.click('.site-nav-search')]);
  await page.fill('#search-q', query);
  await page.press('#search-q', 'Enter');
}

/** Waits for the search the page is running to finish rendering. */
const settled = (page: Page) =>
  page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
const results = (page: Page) =>
  page.$$eval('#search-results li > a', (links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
const status = (page: Page) => page.textContent('#search-status');
/**
 * Does what starts a new search and waits until it has finished: the status says something
 * else and the results are not busy (waiting for aria-busy to turn true could miss a search
 * that ends within a frame).
 */
async function searchAgain(page: Page, start: () => Promise<unknown>): Promise<void> {
  const before = await status(page);
  await start();
  await page.waitForFunction(
    (previous) =>
      document.querySelector('#search-status')?.textContent !== previous &&
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false',
    before,
  );
}

describe('search from the header box', () => {
  it('a Chinese query lists the documents that contain it, the one about it first', async () => {
    const page = await open('nanming/2020/4/1/');
    await fromHeader(page, '控辍保学');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('q')).toBe('控辍保学');
    const found = await results(page);
    // The two documents with 控辍保学 in their title come first.
    expect(found.slice(0, 2).sort()).toEqual([
      '/gongbao/jinfeng/2018/2/2/',
      '/gongbao/nanming/2020/4/3/',
    ]);
    expect(found).toHaveLength(7);
    expect(
      await page.$$eval('#search-results mark', (m) => m.map((e) => e.textContent).join('')),
    ).toContain('控辍保学');
    await Promise.all([page.waitForNavigation(), page.click('#search-results li:first-child > a')]);
    expect(await page.textContent('h1')).toContain('控辍保学');
    await page.close();
  });

  it.each(['南府办函〔2020〕47号', '南府办函[2020]47号', '南府办函2020年47号'])(
    'a document number typed as %s goes straight to that document',
    async (query) => {
      const page = await open('');
      await fromHeader(page, query);
      await page.waitForURL('**/nanming/2020/4/2/');
      expect(await page.textContent('h1')).toBe(
        '南明区人民政府办公室关于印发南明区建立和完善教育文化户口簿工作方案的通知',
      );
      await page.close();
    },
  );

  // The samples print APP (大武口区's, 清新区's and 金凤区's issues, as App too) but never APPLE.
  it('a Latin word finds only the documents that hold it as a whole word', async () => {
    const found = async (query: string) => {
      const page = await open(`search/?q=${query}`);
      await settled(page);
      const paths = await results(page);
      await page.close();
      return paths;
    };
    const app = await found('APP');
    expect(app).not.toEqual([]);
    expect(
      app.filter(
        (path) => !/^\/gongbao\/(dawukou\/2021\/3|qingxin\/2018\/3|jinfeng\/2018\/2)\//.test(path),
      ),
    ).toEqual([]);
    expect(await found('APPLE')).toEqual([]);
    expect(await found('AP')).toEqual([]);
  });

  it('a substring that starts inside a word still finds its document', async () => {
    const page = await open('search/?q=' + encodeURIComponent('辍保'));
    await settled(page);
    expect(await results(page)).toContain('/gongbao/nanming/2020/4/3/');
    await page.close();
  });
});

describe('the search page', () => {
  it('narrows the results with filters, shows their counts, and keeps them in the URL', async () => {
    const page = await open('search/?q=' + encodeURIComponent('污染'));
    await settled(page);
    const all = await results(page);
    await page.click('#search-filters summary');
    await searchAgain(page, () =>
      page.selectOption('select[name=gazette]', '银川市金凤区人民政府公报'),
    );
    const narrowed = await results(page);
    expect(narrowed.length).toBeLessThan(all.length);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((u) => u.startsWith('/gongbao/jinfeng/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('gazette')).toBe('银川市金凤区人民政府公报');
    const option = await page.textContent(
      'select[name=gazette] option[value="银川市金凤区人民政府公报"]',
    );
    expect(option).toBe(`银川市金凤区人民政府公报（${narrowed.length}）`);
    await page.close();
  });

  it('runs a shared link with filters on load', async () => {
    const page = await open(
      `search/?q=${encodeURIComponent('表彰')}&docType=${encodeURIComponent('决定')}`,
    );
    await settled(page);
    expect(await results(page)).toEqual(['/gongbao/dawukou/2021/3/4/']);
    expect(await page.$eval('#search-filters', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('says when nothing is found and offers to drop the filters', async () => {
    const page = await open(`search/?q=${encodeURIComponent('土壤污染')}&year=2021`);
    await settled(page);
    expect(await status(page)).toContain('未找到与“土壤污染”相关的文件');
    await searchAgain(page, () => page.click('#search-status button'));
    expect(await results(page)).toHaveLength(4);
    await page.close();
  });

  it('shows results on a phone without sideways scrolling, and passes axe-core', async () => {
    const page = await open('search/?q=' + encodeURIComponent('土壤污染'));
    await settled(page);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a site built in shards', () => {
  // The sub-path site is built in shards of at most 20 documents: jinfeng's documents are
  // rendered by one Astro run and indexed in one Pagefind bundle, kundulun's and nanming's
  // by another; the search page merges the bundles.
  it('finds documents of every shard, and their pages open with the site styles', async () => {
    const page = await open('search/?q=' + encodeURIComponent('土壤污染'));
    await settled(page);
    expect((await results(page)).sort()).toEqual([
      '/gongbao/jinfeng/2018/2/1/',
      '/gongbao/kundulun/2017/1/1/',
      '/gongbao/kundulun/2017/1/5/',
      '/gongbao/nanming/2020/4/4/',
    ]);
    const titles = {
      '/gongbao/jinfeng/2018/2/1/':
        '银川市金凤区党委办公室 政府办公室关于印发《金凤区2018年污染防治攻坚战实施方案》的通知',
      '/gongbao/nanming/2020/4/4/':
        '南明区人民政府办公室关于印发《南明区土壤污染防治2020年度实施方案》的通知',
    };
    for (const [path, title] of Object.entries(titles)) {
      await Promise.all([
        page.waitForNavigation(),
        page.click(`#search-results a[href="${path}"]`),
      ]);
      expect(await page.textContent('h1')).toBe(title);
      // The shard's stylesheet arrived: the body text is indented two characters, as printed.
      expect(
        await page.$eval('article.document p', (p) => getComputedStyle(p).textIndent),
      ).not.toBe('0px');
      await page.goBack();
      await settled(page);
    }
    await page.close();
  });
});

describe('an issuing body’s counts', () => {
  it('each opens the search filtered to exactly the documents it counts', async () => {
    const page = await open(`organs/${encodeURIComponent('大武口区人民政府办公室')}/`);
    const counts = await page.$$eval('.counts a', (links) =>
      links.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent! })),
    );
    expect(counts.length).toBeGreaterThan(1);
    for (const count of counts) {
      await page.goto(count.href);
      await settled(page);
      expect((await results(page)).length, count.text).toBe(
        Number(/(\d+)篇$/.exec(count.text)![1]),
      );
    }
    await page.close();
  });
});

describe('search that helps', () => {
  // Issue 24: one character slipped in a query of sample titles' words (homophones, a
  // character left out) found nothing and advised a shorter query.
  it.each([
    ['土壤污染放治', '/gongbao/nanming/2020/4/4/'],
    ['教育文化户口薄', '/gongbao/nanming/2020/4/2/'],
    ['见意勇为', '/gongbao/dawukou/2021/3/4/'],
    ['网格化监官', '/gongbao/dawukou/2021/3/5/'],
    ['儿童青少年近事', '/gongbao/dawukou/2021/3/6/'],
    ['审批服务便民花', '/gongbao/dawukou/2021/3/7/'],
    ['街道社区管理体志', '/gongbao/jinfeng/2018/2/5/'],
    ['政务诚建设', '/gongbao/jinfeng/2018/2/9/'],
    ['职业病防治规化', '/gongbao/qingxin/2018/3/2/'],
    ['图书馆总分管', '/gongbao/nanming/2020/4/5/'],
  ])('%s: asks 您是不是要找 and finds %s in the first 10', async (typo, path) => {
    const page = await open(`search/?q=${encodeURIComponent(typo)}`);
    await settled(page);
    expect(await status(page)).toContain('您是不是要找');
    expect((await results(page)).slice(0, 10)).toContain(path);
    await page.close();
  });

  it('says a 发文字号 the site does not hold is not in it, and lists its series', async () => {
    const page = await open(`search/?q=${encodeURIComponent('南府办函〔2020〕99号')}`);
    await settled(page);
    expect(await status(page)).toMatch(
      /^本站未收录发文字号为“南府办函〔2020〕99号”的文件。本站收录的同一系列文件有：南府办函〔2020〕47号、南府办函〔2020〕49号、南府办函〔2020〕51号、南府办函〔2020〕57号。/,
    );
    expect(await page.$$eval('#search-status a', (as) => as.length)).toBe(4);
    await page.close();
  });

  it('keeps in the URL how many results are shown, so that Back returns to them', async () => {
    const page = await open(`search/?q=${encodeURIComponent('通知')}`);
    await settled(page);
    expect(await results(page)).toHaveLength(20);
    await page.click('#search-more');
    await page.waitForURL(/[?&]page=2/);
    const shown = await results(page);
    expect(shown.length).toBeGreaterThan(22);
    await Promise.all([
      page.waitForNavigation(),
      page.click(`#search-results li:nth-child(23) > a`),
    ]);
    await page.goBack();
    await settled(page);
    expect(await results(page)).toEqual(shown);
    await page.close();
  });
});
