// The printed PDF (印刷版) in Chromium at 390×844 (issue 24, point 2): a copy of the samples with
// the fixture PDF beside 南明区's issue (tests/fixtures/printed/SOURCES.md says how it was made
// from the sample's text), printed page 1 being the PDF's page 3. The issue page's 下载 offers it
// with its size; each document's 刊载 row opens it at the document's page; the PDF is served as
// a PDF. The sample site, without one, links none.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserSite, copiedSite } from '../support/browser-site.ts';

const FIXTURE = 'tests/fixtures/printed/nanming-2020-4.pdf';
const PDF = '/gongbao/nanming/2020/4/nanming-2020-4.pdf';
const samples = browserSite();
const withPdf = copiedSite('gongbao-printed-browser-', (dir) => {
  const gazette = join(dir, 'content', 'nanming');
  copyFileSync(FIXTURE, join(gazette, '2020-4.pdf'));
  writeFileSync(
    join(gazette, 'gazette.yaml'),
    `${readFileSync(join(gazette, 'gazette.yaml'), 'utf8')}pdfStart:\n  2020-4: 3\n`,
  );
});

describe('an issue with its printed PDF', () => {
  it('offers it under 下载 with its size, as a link a finger can hit, and serves it', async () => {
    const page = await withPdf.open('nanming/2020/4/');
    const link = page.locator('#downloads-heading + ul a[type="application/pdf"]');
    expect(await link.textContent()).toBe('下载本期印刷版 PDF（158 KB）');
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    const href = (await link.getAttribute('href'))!;
    expect(href).toBe(PDF);
    const response = await page.request.get(new URL(href, page.url()).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await response.body()).equals(readFileSync(FIXTURE))).toBe(true);
    await page.close();
  });

  it.each([
    [1, 3],
    [3, 13],
    [5, 39],
  ])('document %i opens it at its page (PDF page %i)', async (order, pdfPage) => {
    const page = await withPdf.open(`nanming/2020/4/${order}/`);
    const link = page.locator('.doc-panel a[type="application/pdf"]');
    await link.scrollIntoViewIfNeeded();
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toBe(`${PDF}#page=${pdfPage}`);
    const row = await page.$eval('.doc-panel a[type="application/pdf"]', (a) => ({
      text: a.closest('td')!.textContent,
      right: a.closest('td')!.getBoundingClientRect().right,
    }));
    expect(row.text).toMatch(/（印刷版 PDF，158 KB）$/);
    expect(row.right).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('an issue without one', () => {
  it('links no PDF, on its page or its documents’', async () => {
    for (const path of ['nanming/2020/4/', 'nanming/2020/4/2/']) {
      const page = await samples.open(path);
      expect(await page.locator('a[href*=".pdf"]').count(), path).toBe(0);
      expect(await page.textContent('body'), path).not.toContain('印刷版');
      await page.close();
    }
  });
});
