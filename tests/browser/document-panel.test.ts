// A document's 文件信息 in Chromium as a reader sees it (issue 24, points 1, 3 and 7's 勘误): at
// 390×844 the 有效性 row with the dates, the rows a citizen seldom needs (索引号, 主题分类,
// 发布日期) folded under 更多信息 and a tap away, a correction said in Chinese; at 1280×900 the
// folded rows unfolded, in line with the others. 索引号 needs a gazette's pattern, which the
// samples do not set: a copy of the samples sets one.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, browserSite, copiedSite } from '../support/browser-site.ts';

const { open } = browserSite();
const DESKTOP = { width: 1280, height: 900 };

const rowLabels = (page: Page, table: string) =>
  page.$$eval(`${table} th`, (ths) => ths.map((th) => th.textContent));
const cell = (page: Page, label: string) =>
  page.locator('.doc-panel tr', { has: page.locator(`th:text-is("${label}")`) }).locator('td');

describe('文件信息 on a phone', () => {
  it('gives 有效性 with the dates, before 文种, 刊载 and 栏目', async () => {
    const page = await open('nanming/2020/4/2/');
    expect(await rowLabels(page, '.doc-panel section:first-child > .meta-table')).toEqual([
      '发文字号',
      '发文机关',
      '成文日期',
      '有效性',
      '文种',
      '刊载',
      '栏目',
    ]);
    await cell(page, '有效性').scrollIntoViewIfNeeded();
    expect(await cell(page, '有效性').isVisible()).toBe(true);
    // No sample states a 施行日期 or 有效期.
    expect(await cell(page, '有效性').textContent()).toBe('未注明');
    await page.close();
  });

  it('folds 主题分类 and 发布日期 under 更多信息, which names them, and opens them with a tap', async () => {
    const page = await open('nanming/2020/4/2/');
    const summary = page.locator('.doc-more summary');
    expect(await summary.textContent()).toBe('更多信息（主题分类、发布日期）');
    expect(await cell(page, '主题分类').isVisible()).toBe(false);
    await summary.scrollIntoViewIfNeeded();
    expect((await summary.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await summary.click();
    expect(await cell(page, '主题分类').isVisible()).toBe(true);
    expect(await cell(page, '主题分类').textContent()).toBe('科技、教育');
    expect(await cell(page, '发布日期').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('keeps the block shorter than a screen at 特大', async () => {
    const page = await open('nanming/2020/4/2/');
    await page.click('label[for=larger-text]');
    const height = await page.$eval(
      '.doc-panel section:first-child',
      (s) => s.getBoundingClientRect().height,
    );
    expect(height).toBeLessThan(844);
    await page.close();
  });

  it('says what an editor corrected in Chinese: 刊印为…，更正为…', async () => {
    const page = await open('kundulun/2017/1/1/');
    const corrections = page.locator('.doc-corrections li');
    await corrections.first().scrollIntoViewIfNeeded();
    expect(await corrections.first().isVisible()).toBe(true);
    expect(await corrections.allTextContents()).toEqual([
      '发文机关：刊印为“昆都仑区人民政府办公室”，更正为“昆都仑区人民政府”。',
      '标题：刊印为“昆都仑区人民政府办公室关于印发昆都仑区土壤污染防治行动方案的通知”，更正为“昆都仑区人民政府关于印发昆都仑区土壤污染防治行动方案的通知”。',
    ]);
    await page.close();
  });
});

describe('文件信息 on a desktop', () => {
  it('shows 主题分类 and 发布日期 unfolded, in the columns of the rows above', async () => {
    const page = await open('nanming/2020/4/2/', 'light', true, DESKTOP);
    expect(await page.locator('.doc-more summary').isVisible()).toBe(false);
    expect(await cell(page, '主题分类').isVisible()).toBe(true);
    const box = (label: string) =>
      page.locator(`.doc-panel th:text-is("${label}")`).boundingBox() as Promise<{
        x: number;
        width: number;
      }>;
    const [number, subject] = [await box('发文字号'), await box('主题分类')];
    expect(subject.x).toBeCloseTo(number.x, 0);
    expect(subject.width).toBeCloseTo(number.width, 0);
    await page.close();
  });
});

describe('索引号, where the gazette sets its pattern', () => {
  const copy = copiedSite('gongbao-index-number-', (dir) =>
    appendFileSync(
      join(dir, 'content', 'nanming', 'gazette.yaml'),
      'organCode: "000014349"\nindexNumber: "{机构代码}/{年份}-{期号:2}{序号:3}"\n',
    ),
  );

  it('is the first of the folded rows, on one phone screen’s width', async () => {
    const page = await copy.open('nanming/2020/4/2/');
    expect(await page.textContent('.doc-more summary')).toBe(
      '更多信息（索引号、主题分类、发布日期）',
    );
    await page.click('.doc-more summary');
    expect(await rowLabels(page, '.doc-more')).toEqual(['索引号', '主题分类', '发布日期']);
    expect(await cell(page, '索引号').textContent()).toBe('000014349/2020-04002');
    const right = await cell(page, '索引号').evaluate((td) => td.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(390);
    await page.close();
  });
});
