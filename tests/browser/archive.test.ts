// An archived copy opened from disk in Chromium at 390×844 (issue 24, point 8): a document page of
// a snapshot says on its first screen that it is an archived copy, of which issue, and where the
// live page is, without pushing the page sideways or the title off the screen, and dates its
// 有效性. The offline search reading queries as the site's is tested on the same snapshots in
// tests/snapshot/snapshot.test.ts.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { unpack } from '../support/bag.ts';
import { axeViolations } from '../support/browser-site.ts';
import { SITE_URL, SITES } from '../support/sites.ts';

let browser: Browser;
let data: string;
beforeAll(async () => {
  const root = unpack(join(SITES.sub.dir, 'snapshots', 'nanming-2020-4.zip'));
  data = join(root, 'nanming-2020-4', 'data');
  browser = await launch();
});
afterAll(async () => browser?.close());

describe('a document page of a snapshot, on a phone', () => {
  it('says on its first screen that it is an archived copy, and links the live page', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(pathToFileURL(join(data, '2', 'index.html')).href);
    const banner = page.locator('.archive-banner');
    expect(await banner.textContent()).toBe('存档副本（2020年8月25日出版）。在线版本');
    // Which issue: the trail right under the banner.
    expect(await page.textContent('.breadcrumbs')).toContain('2020年第4期（总第64期）');
    const box = (await banner.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(844);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    for (const attr of ['href', 'title'])
      expect(await banner.locator('a').getAttribute(attr)).toBe(
        `${SITE_URL}/gongbao/nanming/2020/4/2/`,
      );
    // A link that leaves the archive says so: a mark, read out as （在线）.
    expect(
      await banner
        .locator('a')
        .evaluate((a) => getComputedStyle(a, '::after').content.replace(/"/g, '')),
    ).toBe('↗ / （在线）');
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
    const title = await page.$eval('.gbt-title', (h) => h.getBoundingClientRect().top);
    expect(title).toBeLessThan(844);
    expect(await page.textContent('.doc-validity')).toBe('存档时：未注明');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  // The live URL set out in the banner and （在线） after each of the header's links pushed the
  // title down to 1365 px at 特大 (banner 383 px, header four rows).
  it('shows the banner and the title’s top on the first screen at 特大', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    await page.goto(pathToFileURL(join(data, '2', 'index.html')).href);
    await page.click('label[for=larger-text]');
    const banner = (await page.locator('.archive-banner').boundingBox())!;
    expect(banner.y + banner.height).toBeLessThanOrEqual(844);
    const title = await page.$eval('.gbt-title', (h) => h.getBoundingClientRect().top);
    expect(title).toBeLessThan(844);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
