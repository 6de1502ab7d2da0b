// npm run bench:search: search quality and speed in Debian's Chromium, on the built site in
// dist/ (npm run build first). For every document: fixed-seed substrings (2–8 characters) of
// its text and of its title, typed into the search page; substrings holding a symbol as
// printed; substrings typed with spaces; its 发文字号 in three styles, without its year and
// without its serial. For every issue: 公报 and substrings of its own matter (the issue page).
// Reports recall (the document is among the results), the rank of document-number queries,
// the median time from submitting a query to its results on screen, and the bytes of index
// a cold browser downloads for one query.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import type { DocumentMeta, Issue } from '../../src/schema.ts';
import { issueMatterText } from '../../src/search/tokens.ts';
import { launch, PHONE } from './chromium.ts';
import { median } from './median.ts';
import { serve } from '../lib/serve.ts';

const OUT = process.env.OUT_DIR ?? 'dist';
const BODY_QUERIES = 10;
const TITLE_QUERIES = 2;
const SYMBOL_QUERIES = 2;
const SPACED_QUERIES = 2;
const MATTER_QUERIES = 4;
const SIZE_SAMPLES = 20;

/** mulberry32: a small seeded generator, so that every run asks the same queries. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * chars[start, end) widened to whole Latin words: the index keeps a Latin word whole
 * (GUIYANGSHI, 21~70KG), so a reader types it whole, not UYA or 21~70K.
 */
function wholeLatin(chars: string[], start: number, end: number): string {
  const latin = (i: number) => /[A-Za-z]/.test(chars[i] ?? '');
  while (latin(start) && latin(start - 1)) start--;
  while (latin(end - 1) && latin(end)) end++;
  return chars.slice(start, end).join('');
}

function substrings(text: string, count: number, next: () => number): string[] {
  const chars = [...text.replace(/\s+/g, ' ')];
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 50; tries++) {
    const length = 2 + Math.floor(next() * 7);
    const start = Math.floor(next() * Math.max(1, chars.length - length));
    if (start + length > chars.length) continue;
    const s = wholeLatin(chars, start, start + length);
    if (!/\s/.test(s) && /[\p{L}\p{N}]/u.test(s)) out.push(s);
  }
  return out;
}

/** The document's text as a reader sees it on its page, one line per block: the queries come from what is shown, not from what was indexed. */
function pageText(html: string): { title: string; text: string } {
  const $ = load(html);
  const article = $('article.document');
  article.find('h1, h2, h3, h4, h5, h6, p, li, tr, .gbt').after('\n');
  return {
    title: $('h1').first().text().trim(),
    text: article
      .text()
      .replace(/\n\s*\n+/g, '\n')
      .trim(),
  };
}

/**
 * Substrings (3–8 characters) that hold a symbol Pagefind does not index (互联网+, ▲, ~, ×), as
 * printed, Latin words whole.
 */
function withSymbols(text: string, count: number, next: () => number): string[] {
  const chars = [...text.replace(/\s+/g, ' ')];
  const at = chars.flatMap((c, i) => (/[^\p{L}\p{N}\p{P}\s]/u.test(c) ? [i] : []));
  const out: string[] = [];
  for (let tries = 0; at.length > 0 && out.length < count && tries < count * 20; tries++) {
    const i = at[Math.floor(next() * at.length)]!;
    const start = Math.max(0, i - 1 - Math.floor(next() * 3));
    const end = i + 2 + Math.floor(next() * 3);
    const s = wholeLatin(chars, start, end).trim();
    if (!/\s/.test(s) && [...s.replace(/[^\p{L}\p{N}]/gu, '')].length >= 2) out.push(s);
  }
  return out;
}

/** A substring with spaces put around its middle character, as a reader types 2% ~ 5%. */
function spaced(text: string, count: number, next: () => number): string[] {
  return substrings(text, count, next)
    .filter((s) => [...s].length >= 5)
    .map((s) => {
      const c = [...s];
      const mid = c.length >> 1;
      return `${c.slice(0, mid).join('')} ${c[mid]} ${c.slice(mid + 1).join('')}`;
    });
}

type Kind =
  | 'body'
  | 'title'
  | 'symbols'
  | 'spaces'
  | 'issue matter'
  | 'number without year'
  | 'number without serial';
interface Query {
  text: string;
  doc: string;
  kind: Kind | 'number';
}

const next = random(20261123);
const queries: Query[] = [];
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('document.json'))
  .sort()) {
  const doc = JSON.parse(readFileSync(join(OUT, file), 'utf8')) as DocumentMeta;
  const { title, text } = pageText(readFileSync(join(OUT, dirname(file), 'index.html'), 'utf8'));
  const url = `/${doc.id}/`;
  for (const s of substrings(text, BODY_QUERIES, next))
    queries.push({ text: s, doc: url, kind: 'body' });
  for (const s of substrings(title, TITLE_QUERIES, next))
    queries.push({ text: s, doc: url, kind: 'title' });
  for (const s of withSymbols(text, SYMBOL_QUERIES, next))
    queries.push({ text: s, doc: url, kind: 'symbols' });
  for (const s of spaced(text, SPACED_QUERIES, next))
    queries.push({ text: s, doc: url, kind: 'spaces' });
  if (doc.docNumber) queries.push({ text: doc.docNumber, doc: url, kind: 'number' });
  // The other styles of a number with a year in brackets (a 令's 第707号 has none).
  const m = doc.docNumber && /^(.+)〔(\d{4})〕(\d+)号$/.exec(doc.docNumber);
  if (m) {
    for (const styled of [`${m[1]}[${m[2]}]${m[3]}号`, `${m[1]}${m[2]}年${m[3]}号`])
      queries.push({ text: styled, doc: url, kind: 'number' });
    queries.push({ text: `${m[1]}${m[3]}号`, doc: url, kind: 'number without year' });
    queries.push({ text: `${m[1]}〔${m[2]}〕`, doc: url, kind: 'number without serial' });
  }
}
// The issues' own matter (cover, imprint, 简介), which leads to the issue page; 公报 finds every issue.
for (const file of readdirSync(OUT, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('issue.json'))
  .sort()) {
  const issue = JSON.parse(readFileSync(join(OUT, file), 'utf8')) as { issue: Issue };
  const url = `/${issue.issue.id}/`;
  queries.push({ text: '公报', doc: url, kind: 'issue matter' });
  for (const s of substrings(issueMatterText(issue.issue), MATTER_QUERIES, next))
    queries.push({ text: s, doc: url, kind: 'issue matter' });
}

const site = await serve(OUT, '/');
const browser = await launch();
const page = await browser.newPage({ viewport: PHONE });

/** Submits a query on the search page; resolves with the result paths (all of them) and the time to the first page of results. */
async function ask(
  page: Page,
  text: string,
): Promise<{ paths: string[]; ms: number; landed?: string }> {
  if (!page.url().includes('/search/')) await page.goto(site.url + 'search/');
  await page.fill('#search-q', text);
  const started = await page.evaluate(() => performance.now());
  const navigated = page
    .waitForURL((u) => !u.pathname.startsWith('/search/'), { timeout: 2000 })
    .then(
      () => true,
      () => false,
    );
  await page.press('#search-q', 'Enter');
  const done = await Promise.race([
    page
      .waitForSelector('#search-results[aria-busy="false"]', { state: 'attached', timeout: 10000 })
      .then(() => 'results' as const),
    navigated.then((n) => (n ? ('navigated' as const) : new Promise<never>(() => {}))),
  ]);
  if (done === 'navigated') return { paths: [], ms: NaN, landed: new URL(page.url()).pathname };
  const ms = (await page.evaluate(() => performance.now())) - started;
  // Every result, not only the first page: press 显示更多结果 until it goes away.
  await page.evaluate(async () => {
    const more = document.getElementById('search-more') as HTMLButtonElement;
    const count = () => document.querySelectorAll('#search-results li').length;
    while (!more.hidden) {
      const before = count();
      more.click();
      while (count() === before) await new Promise((r) => setTimeout(r, 10));
    }
  });
  const paths = await page.$$eval('#search-results li > a', (as) =>
    as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return { paths, ms };
}

const KINDS: Kind[] = [
  'body',
  'title',
  'symbols',
  'spaces',
  'issue matter',
  'number without year',
  'number without serial',
];
const found = Object.fromEntries(KINDS.map((k) => [k, [0, 0]])) as Record<Kind, [number, number]>;
const firstRanked = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
const misses: string[] = [];
const times: number[] = [];
const numberRanks: number[] = [];
for (const q of queries) {
  const answer = await ask(page, q.text);
  if (q.kind === 'number') {
    numberRanks.push(answer.landed === q.doc ? 1 : answer.paths.indexOf(q.doc) + 1 || Infinity);
    continue;
  }
  times.push(answer.ms);
  const hit = answer.paths.includes(q.doc);
  found[q.kind][0] += hit ? 1 : 0;
  found[q.kind][1]++;
  if (answer.paths[0] === q.doc) firstRanked[q.kind]++;
  if (!hit) misses.push(`${q.kind} “${q.text}” → ${q.doc}`);
}

// Bytes of index a first visit downloads for one query (fresh browser context each time).
const sizes: number[] = [];
for (const q of queries.filter((q) => q.kind === 'body').slice(0, SIZE_SAMPLES)) {
  const context = await browser.newContext({ viewport: PHONE });
  const fresh = await context.newPage();
  await fresh.goto(site.url + 'search/?q=' + encodeURIComponent(q.text));
  await fresh.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
  sizes.push(
    await fresh.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => /\/pagefind(-\d+)?\/|\/search\//.test(e.name))
        .reduce((n, e) => n + (e as PerformanceResourceTiming).encodedBodySize, 0),
    ),
  );
  await context.close();
}
await browser.close();
await site.close();

const pct = ([hit, all]: [number, number]) => `${((hit / all) * 100).toFixed(2)}% (${hit}/${all})`;
const all: [number, number] = [found.body[0] + found.title[0], found.body[1] + found.title[1]];
const LABELS: Record<Kind, string> = {
  body: 'substrings of the text',
  title: 'substrings of the title',
  symbols: 'with a symbol (互联网+, ▲, ~)',
  spaces: 'with spaces (2% ~ 5%)',
  'issue matter': 'issue matter → issue page',
  'number without year': '文号 without year',
  'number without serial': '文号 without serial',
};
console.log(
  `search benchmark: ${queries.length} queries over ${new Set(queries.map((q) => q.doc)).size} pages (seed 20261123)`,
);
for (const kind of KINDS)
  console.log(
    `  recall, ${LABELS[kind].padEnd(30)} ${pct(found[kind])}; ranked 1st ${firstRanked[kind]}/${found[kind][1]}`,
  );
console.log(`  recall, all substrings            ${pct(all)}`);
console.log(
  `  document-number queries ranked 1  ${numberRanks.filter((r) => r === 1).length}/${numberRanks.length} (3 styles each: 〔〕, [], 年)`,
);
console.log(
  `  time to first results            median ${median(times).toFixed(0)} ms (max ${Math.max(...times).toFixed(0)} ms)`,
);
console.log(
  `  index downloaded for one query    median ${(median(sizes) / 1024).toFixed(1)} KiB on a cold start (${sizes.length} queries)`,
);
for (const m of misses) console.log(`  missed: ${m}`);
