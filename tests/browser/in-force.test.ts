// The search page's 在此日期有效 filter in Chromium: the date a reader picks (or 今天, the
// browser's date) is in the URL and keeps only documents whose stated validity covers it. The
// samples state no 施行日期, so no sample document is in force on any day by its own text, and
// the page says so with how many it left out; the Pagefind `any` filters the page builds
// (src/search/inForce.ts) are checked on the real index.
import { describe, expect, it } from 'vitest';
import { browserSite } from '../support/browser-site.ts';

const { open } = browserSite();
const settled = (page: import('playwright-core').Page) =>
  page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
const count = (page: import('playwright-core').Page) =>
  page.$$eval('#search-results li', (li) => li.length);

describe('在此日期有效', () => {
  it('keeps only documents in force on the picked day', async () => {
    const page = await open('search/?q=' + encodeURIComponent('方案'));
    await settled(page);
    expect(await count(page)).toBeGreaterThan(0);
    const found = /找到(\d+)篇文件/.exec((await page.textContent('#search-status'))!);
    const all = Number(found![1]);
    await page.click('#search-filters summary');
    await page.fill('#search-in-force', '2021-01-01');
    // The search the new day starts has finished when the status names the day (waiting for
    // aria-busy to turn true could miss a search that ends within a frame).
    await page.waitForFunction(() =>
      document.querySelector('#search-status')?.textContent?.includes('在2021年1月1日有效的'),
    );
    await settled(page);
    expect(new URL(page.url()).searchParams.get('inForce')).toBe('2021-01-01');
    expect(await count(page)).toBe(0);
    expect(await page.textContent('#search-status')).toContain('在2021年1月1日有效的');
    // It says what it left out, and why: every result of the query, none stating a 施行日期.
    expect(await page.textContent('#search-status')).toContain(
      `另有未注明施行日期的${all}篇未列出。`,
    );
    await page.close();
  });

  it('reads the day from the URL, and 今天 is the browser’s date', async () => {
    const page = await open('search/?inForce=2020-06-30');
    await settled(page);
    expect(await page.inputValue('#search-in-force')).toBe('2020-06-30');
    expect(await page.getAttribute('#search-filters', 'open')).not.toBeNull();
    await page.clock.setFixedTime(new Date('2024-05-01T10:00:00'));
    await page.click('#search-today');
    await settled(page);
    expect(new URL(page.url()).searchParams.get('inForce')).toBe('2024-05-01');
    await page.close();
  });

  it('Pagefind matches any of several values of a filter, as the page asks it to', async () => {
    const page = await open('search/');
    // A string, so that the test runner leaves the browser's dynamic import alone.
    const [a, b, either] = await page.evaluate<[number, number, number]>(`(async () => {
      const pf = await import(location.pathname.replace(/search\\/$/, '') + 'pagefind/pagefind.js');
      const n = async (filters) => (await pf.search(null, { filters })).results.length;
      return [await n({ year: '2018' }), await n({ year: '2020' }), await n({ year: { any: ['2018', '2020'] } })];
    })()`);
    expect(a + b).toBeGreaterThan(0);
    expect(either).toBe(a + b);
    await page.close();
  });
});
