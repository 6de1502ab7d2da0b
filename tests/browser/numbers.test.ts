// A 发文字号 that two documents print (a gazette copied under a second folder, or two offices
// that chose one number): the number lookup lists both and never opens one of them by itself.
import { describe, expect, it } from 'vitest';
import { browserSite } from '../support/browser-site.ts';

const { open } = browserSite();

describe('a document number that two documents print', () => {
  it('lists both documents, and opens neither', async () => {
    const page = await open('search/');
    const number = '南府办函〔2020〕47号';
    // The lookup as the build writes it when a second document prints the number: here the
    // sample's own entry and, as the second, another sample document's page.
    await page.route('**/search/numbers/2020.json', async (route) => {
      const response = await route.fetch();
      const numbers = await response.json();
      numbers[number].push({ url: '/gongbao/jinfeng/2018/2/1/', title: '第二篇同号文件' });
      await route.fulfill({ response, json: numbers });
    });
    await page.fill('#search-q', number);
    await page.press('#search-q', 'Enter');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toBe(
      `发文字号 ${number} 见于2篇文件，请选择：`,
    );
    const listed = await page.$$eval('#search-results li > a', (links) =>
      links.map((a) => [new URL((a as HTMLAnchorElement).href).pathname, a.textContent]),
    );
    expect(listed).toEqual([
      [
        '/gongbao/nanming/2020/4/2/',
        '南明区人民政府办公室关于印发南明区建立和完善教育文化户口簿工作方案的通知',
      ],
      ['/gongbao/jinfeng/2018/2/1/', '第二篇同号文件'],
    ]);
    expect(new URL(page.url()).pathname).toBe('/gongbao/search/');
    await page.close();
  });
});
