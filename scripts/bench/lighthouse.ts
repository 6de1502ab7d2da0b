// npm run lighthouse: Lighthouse (mobile preset) in Debian's Chromium against the built site
// in dist/, on the home page, an issue page and a document page. Each page is audited RUNS
// times; the report gives the median score of each category, then the median weight of a
// document page over every document of the site (./page-weight.ts). Build first (npm run build).
import { launch as launchChrome } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { config } from '../../src/config.ts';
import { readIssueRecords } from '../../src/data/generated.ts';
import { CHROMIUM, CHROMIUM_FLAGS } from './chromium.ts';
import { median } from './median.ts';
import { pageWeight } from './page-weight.ts';
import { serve } from '../lib/serve.ts';

const RUNS = 3;
const PAGES = { home: '', issue: 'dawukou/2021/3/', document: 'qingxin/2018/3/4/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const site = await serve(config.OUT_DIR, config.BASE_PATH);
const chrome = await launchChrome({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
try {
  console.log(`lighthouse ${RUNS} runs a page, mobile preset, median scores`);
  console.log(`  ${'page'.padEnd(10)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const [name, path] of Object.entries(PAGES)) {
    const scores: Record<string, number[]> = {};
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(site.url + path, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      for (const c of CATEGORIES)
        (scores[c] ??= []).push(Math.round((result!.lhr.categories[c]!.score ?? 0) * 100));
    }
    console.log(
      `  ${name.padEnd(10)} ${CATEGORIES.map((c) => String(median(scores[c]!)).padStart(15)).join('')}`,
    );
  }
} finally {
  await chrome.kill();
  await site.close();
}

const weights = readIssueRecords()
  .flatMap((r) => r.documents)
  .map((d) => pageWeight(config.OUT_DIR, config.BASE_PATH, `${d.id}/`));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `document pages, gzipped, median of ${weights.length}: ${kb(median(weights.map((w) => w.total)))} with their CSS and scripts (HTML ${kb(median(weights.map((w) => w.html)))}); largest ${kb(Math.max(...weights.map((w) => w.total)))}`,
);
