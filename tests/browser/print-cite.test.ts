// Printing and citing a document in Chromium at 390×844 (issue 24, point 6): the printout is the
// document alone with a source block (gazette, issue, page, issuer, date, URL) and its 附件 on a
// new page; 复制引用 puts the full citation on the clipboard; the RIS and CSL-JSON records
// download from the panel.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { browserSite } from '../support/browser-site.ts';
import { SITE_URL } from '../support/sites.ts';

const { open } = browserSite();
const LONG = 'dawukou/2021/3/3/';
const CITATION =
  '中共大武口区委办公室、大武口区人民政府办公室：中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知（石大党办发〔2021〕14号），2021年4月19日。载《大武口区人民政府公报》2021年第3期第17页。' +
  `${SITE_URL}/gongbao/${LONG}`;

describe('a printout', () => {
  it('shows the document alone, with where it comes from at its end', async () => {
    const page = await open(LONG);
    expect(await page.isVisible('.print-source')).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('.print-source')).toBe(true);
    expect(await page.textContent('.print-source')).toBe(`来源：${CITATION}`);
    const source = await page.$eval('.print-source', (p) => ({
      last: p === p.parentElement!.lastElementChild,
      size: getComputedStyle(p).fontSize,
    }));
    expect(source.last).toBe(true);
    // 10.5 pt (五号), below the 16 pt text.
    expect(source.size).toBe('14px');
    for (const around of [
      '.site-header',
      '.site-footer',
      '.doc-panel',
      '.doc-actions',
      '.doc-contents',
      '.pagination',
      '.to-top',
    ])
      expect(await page.isVisible(around), around).toBe(false);
    await page.close();
  });

  it('starts the 附件 on a page of its own (GB/T 9704)', async () => {
    const page = await open(LONG);
    await page.emulateMedia({ media: 'print' });
    expect(
      await page.$eval('.gbt-attachmentLabel', (l) => [
        l.textContent,
        getComputedStyle(l).breakBefore,
      ]),
    ).toEqual(['附件', 'page']);
    await page.close();
  });
});

describe('citing a document', () => {
  it('复制引用 copies issuer, title, number, date, 载《…》YYYY年第N期第P页 and the URL', async () => {
    const page = await open(LONG);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.click('button[data-action=cite]');
    await page.waitForFunction(
      () => document.querySelector('.doc-actions [role=status]')?.textContent === '已复制',
    );
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(CITATION);
    await page.close();
  });

  it('downloads its RIS and CSL-JSON records from the panel', async () => {
    const page = await open(LONG);
    const records = page.locator('.doc-panel a[download]');
    expect(await records.allTextContents()).toEqual(['RIS', 'CSL-JSON']);
    await records.first().scrollIntoViewIfNeeded();
    const [ris] = await Promise.all([page.waitForEvent('download'), records.first().click()]);
    expect(ris.suggestedFilename()).toBe('citation.ris');
    const [csl] = await Promise.all([page.waitForEvent('download'), records.last().click()]);
    expect(csl.suggestedFilename()).toBe('citation.json');
    expect(await readFile((await ris.path())!, 'utf8')).toMatch(/^TY {2}- GOVDOC\r\n/);
    const [record] = JSON.parse(await readFile((await csl.path())!, 'utf8'));
    expect([record.number, record.URL]).toEqual([
      '石大党办发〔2021〕14号',
      `${SITE_URL}/gongbao/${LONG}`,
    ]);
    await page.close();
  });
});
