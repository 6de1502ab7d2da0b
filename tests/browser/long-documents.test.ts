// A long document and its tables in Chromium (issue 24, point 5): the 目录 down to （一）, its
// attachment labelled 附件, each entry taking the reader to its part; on a desktop the 目录 stays
// at the top of the text column; on a phone a tall table keeps its header row in view while the
// reader goes down its rows, and nothing floats over the text. /dawukou/2021/3/3/ is the
// sample's longest (38,000 px on a phone), with five tables.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSite } from '../support/browser-site.ts';

const { open } = browserSite();
const LONG = 'dawukou/2021/3/3/';
const DESKTOP = { width: 1280, height: 900 };

const entries = (page: Page) =>
  page.$$eval('.doc-contents li', (lis) => lis.map((li) => li.textContent));

describe('the 目录 of a long document on a phone', () => {
  it('lists its parts down to （一）, labels the attachment 附件, and each entry opens its part', async () => {
    const page = await open(LONG);
    await page.click('.doc-contents summary');
    const listed = await entries(page);
    expect(listed).toContain('（一）指导思想');
    expect(listed).toContain('（七）实施科研兴教提质增效工程');
    expect(listed.filter((e) => e!.startsWith('附件'))).toEqual([
      '附件大武口区创建和打造“学在大武口”教育品牌 2021年工作任务计划表',
    ]);
    expect(await page.textContent('.doc-contents-label')).toBe('附件');
    await page.click('.doc-contents a:text-is("（一）指导思想")');
    const heading = await page.$eval('[id="一指导思想"]', (h) => h.getBoundingClientRect().top);
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(heading).toBeLessThan(100);
    await page.close();
  });
});

describe('the 目录 of a long document on a desktop', () => {
  it('stays at the top of the text column as the reader scrolls', async () => {
    const page = await open(LONG, 'light', true, DESKTOP);
    await page.mouse.wheel(0, 8000);
    await page.waitForFunction(() => scrollY > 7000);
    const contents = await page.$eval('.doc-contents', (d) => d.getBoundingClientRect().top);
    expect(contents).toBeCloseTo(0, 0);
    await page.close();
  });
});

describe('a tall table on a phone', () => {
  it('keeps its header row at the top of its box while its rows scroll', async () => {
    const page = await open(LONG);
    const moved = await page.evaluate(() => {
      const box = [...document.querySelectorAll<HTMLElement>('article .table-scroll')].find(
        (b) => b.querySelector('thead') && b.scrollHeight > b.clientHeight * 2,
      )!;
      box.scrollIntoView();
      box.scrollTop = box.scrollHeight / 2;
      const header = box.querySelector('thead th')!.getBoundingClientRect();
      const firstRow = box.querySelector('tbody tr')!.getBoundingClientRect();
      return {
        header: header.top - box.getBoundingClientRect().top,
        firstRowAbove: firstRow.bottom < box.getBoundingClientRect().top,
        boxHeight: box.getBoundingClientRect().height,
      };
    });
    expect(moved.header).toBeCloseTo(0, 0);
    expect(moved.firstRowAbove).toBe(true);
    // The box is at most most of the screen: the page goes on below it.
    expect(moved.boxHeight).toBeLessThanOrEqual(844 * 0.8);
    await page.close();
  });

  it('has nothing fixed or sticky over the text (回到顶部 ends the text)', async () => {
    const page = await open(LONG);
    const floating = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((e) => ['fixed', 'sticky'].includes(getComputedStyle(e).position))
        .filter((e) => !e.closest('.table-scroll thead'))
        .map((e) => `${e.tagName}.${e.className}`),
    );
    expect(floating).toEqual([]);
    const toTop = await page.$eval('.to-top', (a) => ({
      position: getComputedStyle(a).position,
      belowText:
        a.getBoundingClientRect().top >=
        document.querySelector('article')!.getBoundingClientRect().bottom,
    }));
    expect(toTop).toEqual({ position: 'static', belowText: true });
    await page.close();
  });
});

describe('上一篇 and 下一篇 on a phone', () => {
  // Right-aligned, a title of several lines began each line at another place.
  it('set each title flush left, one under the other', async () => {
    const page = await open('nanming/2020/4/2/');
    const lines = await page.$$eval('.pagination a', (links) =>
      links.map((a) => {
        const range = document.createRange();
        range.selectNodeContents(a);
        const starts = [...range.getClientRects()].map((r) => Math.round(r.left));
        return { starts: [...new Set(starts)], left: Math.round(a.getBoundingClientRect().left) };
      }),
    );
    expect(lines).toHaveLength(2);
    for (const { starts, left } of lines) expect(starts).toEqual([left]);
    const [prev, next] = await page.$$eval('.pagination a', (links) =>
      links.map((a) => a.getBoundingClientRect()),
    );
    expect(next!.top).toBeGreaterThanOrEqual(prev!.bottom);
    await page.close();
  });
});
