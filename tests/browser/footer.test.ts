// The footer a government site must show (src/components/SiteFooter.astro), on a site whose
// content/site.yaml sets every item, in Chromium at a phone's and a desktop's width: the items
// in order, each linked to its register, nothing cut off or wider than the screen, axe-core clean.
// The sample site sets only its 主办单位: what is not set is not shown.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { serve, type StaticSite } from '../../scripts/lib/serve.ts';
import { axeViolations } from '../support/browser-site.ts';
import { page as builtPage, run } from '../support/dist.ts';
import { SITE_URL, SITES } from '../support/sites.ts';

// Registration numbers of the right form, all zeros: no real site's.
const SITE_YAML = `name: 某某区人民政府公报
url: ${SITE_URL}/gongbao/
footer:
  sponsor: 某某区人民政府办公室
  organizer: 某某区大数据中心
  contact: 电话 0000-0000000
  contactPage: https://www.example.gov.cn/lxwm/
  email: gongbao@example.gov.cn
  contactName: 某某区人民政府办公室信息科
  siteCode: "1500000000"
  icp: 蒙ICP备00000000号-1
  police: 蒙公网安备 00000000000000号
  conac: 0000000000000000000000000000000A
  links:
    - title: 某某区人民政府
      url: https://www.example.gov.cn/
`;
const DOCUMENT = 'kundulun/2017/1/1/';

let dir: string;
let site: StaticSite;
let browser: Browser;
beforeAll(async () => {
  dir = projectCopy('gongbao-footer-', { withContent: true });
  writeFileSync(join(dir, 'content', 'site.yaml'), SITE_YAML);
  run(dir, ['scripts/build.ts'], { OUT_DIR: 'dist' });
  site = await serve(join(dir, 'dist'), '/gongbao/');
  browser = await launch();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('the footer of a site that sets every item', () => {
  it('lists the 标识, 主办单位, 联系我们, 网站标识码, ICP and 公安 numbers and the 找错 entry, in that order', () => {
    const $ = builtPage(join(dir, 'dist'), DOCUMENT);
    const items = $('.site-footer ul')
      .first()
      .children('li')
      .map((_, li) => $(li).text())
      .get();
    expect(items).toEqual([
      '党政机关网站标识',
      '主办单位：某某区人民政府办公室',
      '承办单位：某某区大数据中心',
      '联系我们：电话 0000-0000000 gongbao@example.gov.cn',
      '网站标识码：1500000000',
      '蒙ICP备00000000号-1',
      '蒙公网安备 00000000000000号',
      '我为政府网站找错',
    ]);
    const link = (text: string) => $(`.site-footer a:contains("${text}")`).attr('href');
    expect(link('党政机关网站标识')).toBe(
      'https://bszs.conac.cn/sitename?method=show&id=0000000000000000000000000000000A',
    );
    expect(link('联系我们')).toBe('https://www.example.gov.cn/lxwm/');
    expect(link('gongbao@example.gov.cn')).toBe('mailto:gongbao@example.gov.cn');
    expect(link('ICP备')).toBe('https://beian.miit.gov.cn/');
    expect(link('公网安备')).toBe('https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000');
    // The platform's form is told the site and the page the reader found wrong.
    expect(link('我为政府网站找错')).toBe(
      `https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1500000000&url=${encodeURIComponent(`${SITE_URL}/gongbao/${DOCUMENT}`)}`,
    );
    expect($('meta[name=SiteIDCode]').attr('content')).toBe('1500000000');
  });

  it.each([
    ['a phone', PHONE],
    ['a desktop', { width: 1280, height: 900 }],
  ])('on %s: on screen in full, its links 44 px tall, axe-core clean', async (_name, viewport) => {
    const page = await browser.newPage({ viewport });
    await page.goto(`${site.url}${DOCUMENT}`);
    const footer = await page.$eval('.site-footer', (f) => {
      const width = document.documentElement.clientWidth;
      return {
        scroll: document.documentElement.scrollWidth - width,
        outside: [...f.querySelectorAll('*')].filter((e) => e.getBoundingClientRect().right > width)
          .length,
        shortLinks: [...f.querySelectorAll('a')]
          .filter((a) => a.getBoundingClientRect().height < 44)
          .map((a) => a.textContent),
      };
    });
    expect(footer).toEqual({ scroll: 0, outside: 0, shortLinks: [] });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  // The links' padding raised the plain items of a line above them.
  it('sets the text of the items of one line on one baseline, on a desktop', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.url}${DOCUMENT}`);
    const lines = await page.$eval('.site-footer ul', (ul) => {
      const byTop = new Map<number, number[]>();
      for (const li of ul.children) {
        const text = document.createTreeWalker(li, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const top = Math.round(li.getBoundingClientRect().top);
        byTop.set(top, [...(byTop.get(top) ?? []), range.getBoundingClientRect().bottom]);
      }
      return [...byTop.values()].map((bottoms) => Math.max(...bottoms) - Math.min(...bottoms));
    });
    expect(lines.length).toBeGreaterThan(1);
    for (const spread of lines) expect(spread).toBeLessThan(1);
    await page.close();
  });
});

describe('the footer on a phone', () => {
  it('gives the 找错 entry for the page being read, and a 网站地图 that is a page for readers', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}${DOCUMENT}`);
    const report = page.locator('.site-footer a', { hasText: '我为政府网站找错' });
    await report.scrollIntoViewIfNeeded();
    expect(await report.isVisible()).toBe(true);
    expect(new URL((await report.getAttribute('href'))!).searchParams.get('url')).toBe(
      `${SITE_URL}/gongbao/${DOCUMENT}`,
    );
    // It opened the XML sitemap before issue 24.
    await Promise.all([page.waitForNavigation(), page.click('.site-footer a:text-is("网站地图")')]);
    expect(await page.textContent('h1')).toBe('网站地图');
    const gazettes = await page.$$eval('[aria-labelledby=sitemap-gazettes] li', (lis) =>
      lis.map((li) => li.textContent),
    );
    expect(gazettes).toHaveLength(5);
    expect(gazettes).toContain('昆都仑区人民政府公报（2017年，共1期）');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    await page.close();
  });
});

describe('the sample site’s footer', () => {
  it('shows its 主办单位 and no item it does not set', () => {
    const $ = builtPage(SITES.sub.dir, DOCUMENT);
    expect(
      $('.site-footer ul')
        .first()
        .children('li')
        .map((_, li) => $(li).text())
        .get(),
    ).toEqual(['主办单位：Gongbao 示例站点']);
    expect($('meta[name=SiteIDCode]')).toHaveLength(0);
  });
});
