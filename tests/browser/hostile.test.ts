// Stored XSS, tried the way an attacker would: hostile lines (tests/support/hostile.ts) put into
// a copy of a sample issue where the parser reads titles, a 发文字号, an issuing body,
// paragraphs, table cells and TOC entries; that issue built by `npm run build` in a temporary
// copy of the project (convert → Astro → Pagefind → snapshot); then every page opened in
// Chromium — the site over HTTP, the snapshot from disk — and searched. No dialog may open, and
// no element, attribute, script or link from the input may appear in the DOM: the input is
// text, shown as typed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'cheerio';
import { unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, PHONE } from '../../scripts/bench/chromium.ts';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { serve, type StaticSite } from '../../scripts/lib/serve.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { readLines } from '../../src/parser/markup.ts';
import { splitLines } from '../../src/parser/source.ts';
import { cleanEnv } from '../support/build-sites.ts';
import { htmlFiles } from '../support/dist.ts';
import { HOSTILE } from '../support/hostile.ts';
import { DOC_NUMBER_TAIL, hostileIssue, ORGAN, SAMPLE, TITLES } from '../support/hostileIssue.ts';
import { SITE_URL, SITES } from '../support/sites.ts';

const text = hostileIssue(readFileSync(SAMPLE, 'utf8'));
const parsed = parseIssue(SAMPLE, new TextEncoder().encode(text));
const SNAPSHOT = 'nanming-2020-4';

// Elements the site makes from marks it keeps (**bold**, emphasis, links) and that the search
// pages add around a match, though the sample site's pages happen to hold none.
const MARKS = ['strong', 'em', 'a', 'mark', 'br'];

/** What the built pages may hold: the elements and inline scripts of the sample site, built from untouched text. */
function sampleSite(): { tags: string[]; inlineScripts: string[] } {
  const tags = new Set<string>(MARKS);
  const inlineScripts = new Set<string>();
  const add = (html: string) => {
    const $ = load(html);
    $('*').each((_, el) => void ('tagName' in el && tags.add(el.tagName.toLowerCase())));
    $('script:not([src])').each((_, el) => {
      const type = $(el).attr('type') ?? '';
      if (!/json/.test(type)) inlineScripts.add($(el).text());
    });
  };
  for (const file of htmlFiles(SITES.root.dir))
    add(readFileSync(join(SITES.root.dir, file), 'utf8'));
  for (const [name, bytes] of Object.entries(
    unzipSync(readFileSync(join(SITES.root.dir, 'snapshots', `${SNAPSHOT}.zip`))),
  )) {
    if (name.endsWith('.html')) add(new TextDecoder().decode(bytes));
  }
  return { tags: [...tags], inlineScripts: [...inlineScripts] };
}

interface Found {
  /** Elements, attributes, scripts and links that the sample site never has. */
  foreign: string[];
  text: string;
  /** The text of the search results, on a search page. */
  results: string;
  /** The text of every table cell. */
  cells: string[];
}

/** Everything in the page as it stands that did not come from the site's own templates. */
function inspect(page: Page, allowed: { tags: string[]; inlineScripts: string[] }): Promise<Found> {
  return page.evaluate(({ tags, inlineScripts }) => {
    const foreign: string[] = [];
    const URL_ATTRIBUTES = [
      'href',
      'src',
      'action',
      'formaction',
      'data',
      'xlink:href',
      'srcdoc',
      'poster',
      'background',
      'content',
    ];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (!tags.includes(tag)) foreign.push(`element <${tag}>`);
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) foreign.push(`attribute ${name} on <${tag}>`);
        // Browsers drop tabs, new lines and control characters from a URL before reading its scheme.
        // eslint-disable-next-line no-control-regex -- as browsers do
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (URL_ATTRIBUTES.includes(name) && /(?:^|url=)(?:javascript|vbscript|data):/.test(value))
          foreign.push(`${name}="${attr.value}" on <${tag}>`);
      }
    }
    for (const script of document.scripts) {
      const json = /^application\/(?:ld\+)?json$/.test(script.type);
      if (json) {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          foreign.push(`a ${script.type} script that is not JSON`);
        }
      } else if (script.src) {
        if (!new URL(script.src).pathname.includes('/_astro/'))
          foreign.push(`script src=${script.src}`);
      } else if (!inlineScripts.includes(script.textContent ?? ''))
        foreign.push(`inline script ${script.textContent?.slice(0, 60)}`);
    }
    return {
      foreign,
      text: document.documentElement.textContent ?? '',
      results: document.getElementById('search-results')?.textContent ?? '',
      cells: [...document.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''),
    };
  }, allowed);
}

/** The page's text as the parser reads it: markdown markers gone, white space as typed. */
const shown = (line: string) => readLines(splitLines(line))[0]!.text.trim();

let dir: string;
let site: StaticSite;
let browser: Browser;
let allowed: ReturnType<typeof sampleSite>;
let snapshotDir: string;
const dialogs: string[] = [];

beforeAll(async () => {
  allowed = sampleSite();
  dir = projectCopy('gongbao-hostile-');
  mkdirSync(join(dir, dirname(SAMPLE)), { recursive: true });
  writeFileSync(join(dir, SAMPLE), text);
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    stdio: 'inherit',
    env: { ...cleanEnv(), OUT_DIR: 'dist', BASE_PATH: '/', SITE_URL },
  });
  snapshotDir = mkdtempSync(join(tmpdir(), 'gongbao-hostile-snapshot-'));
  for (const [name, bytes] of Object.entries(
    unzipSync(readFileSync(join(dir, 'dist', 'snapshots', `${SNAPSHOT}.zip`))),
  )) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(snapshotDir, name)), { recursive: true });
    writeFileSync(join(snapshotDir, name), bytes);
  }
  site = await serve(join(dir, 'dist'), '/');
  browser = await launch();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (snapshotDir) rmSync(snapshotDir, { recursive: true, force: true });
});

/** Opens a URL, lets every handler that could fire do so, and inspects the page. */
async function visit(url: string, settle?: (page: Page) => Promise<unknown>): Promise<Found> {
  const page = await browser.newPage({ viewport: PHONE });
  page.on('dialog', (dialog) => {
    dialogs.push(`${url}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  await settle?.(page);
  // onload, ontoggle and the like fire after load; give them time to.
  await page.waitForTimeout(150);
  const found = await inspect(page, allowed);
  await page.close();
  return found;
}

describe('a hostile issue, built and opened in Chromium', () => {
  it('parses the hostile lines into the fields they were put in', () => {
    const [first, second] = parsed.documents;
    TITLES.forEach((t, i) =>
      expect(parsed.documents[i]!.title.replace(/ /g, '')).toContain(t.replace(/ /g, '')),
    );
    expect(parsed.issue.sections.flatMap((s) => s.entries.map((e) => e.document))).toEqual(
      parsed.documents.map((d) => d.id),
    );
    expect(second!.issuers).toContain(ORGAN);
    expect(first!.body.children.some((n) => n.type === 'table')).toBe(true);
  });

  it('every page of the site: no dialog, nothing from the input but text', async () => {
    const pages = htmlFiles(join(dir, 'dist')).map((f) => f.replace(/index\.html$/, ''));
    expect(pages.length).toBeGreaterThanOrEqual(12);
    const foreign: string[] = [];
    for (const path of pages) {
      const found = await visit(site.url + path.split('/').map(encodeURIComponent).join('/'));
      foreign.push(...found.foreign.map((f) => `${path}: ${f}`));
    }
    expect(foreign).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);

  it('a document page shows each hostile line as typed, in a paragraph and in a table cell', async () => {
    const found = await visit(`${site.url}nanming/2020/4/1/`);
    expect(found.foreign).toEqual([]);
    for (const line of HOSTILE) {
      expect(found.text, line).toContain(shown(line));
      // A cell keeps its markdown markers where an earlier row's `<!--` makes the rest of the table one HTML comment to CommonMark.
      expect([shown(line), line], line).toContain(
        found.cells[found.cells.indexOf(String(HOSTILE.indexOf(line) + 1)) + 1],
      );
    }
    expect(dialogs).toEqual([]);
  });

  it('the issue page shows the damaged 发文字号 line and the TOC entries as typed; the second document its issuer', async () => {
    // A 发文字号 line with more after the number is not a 发文字号: the issue's own text keeps it.
    const issuePage = await visit(`${site.url}nanming/2020/4/`);
    expect(issuePage.foreign).toEqual([]);
    expect(issuePage.text).toContain(`南府发〔2020〕25号${DOC_NUMBER_TAIL}`);
    for (const title of TITLES) expect(issuePage.text).toContain(title.replace(/ /g, ''));
    expect((await visit(`${site.url}nanming/2020/4/2/`)).text).toContain(ORGAN);
    expect(dialogs).toEqual([]);
  });

  it('the title is the same text in <h1>, <title>, JSON-LD and document.json, quotes and dashes as typed', async () => {
    for (const doc of parsed.documents) {
      const page = await browser.newPage();
      await page.goto(`${site.url}${doc.id}/`);
      expect(await page.textContent('h1')).toBe(doc.title);
      expect(await page.title()).toBe(
        `${doc.title} - ${await page.getAttribute('meta[property="og:site_name"]', 'content')}`,
      );
      expect(JSON.parse((await page.textContent('script[type="application/ld+json"]'))!).name).toBe(
        doc.title,
      );
      await page.close();
      expect(
        JSON.parse(readFileSync(join(dir, 'dist', doc.id, 'document.json'), 'utf8')).title,
      ).toBe(doc.title);
    }
  }, 120_000);

  it('search results and their excerpts hold the hostile text as text', async () => {
    for (const query of ['onerror', 'script', 'alert', 'javascript']) {
      const found = await visit(`${site.url}search/?q=${query}`, (page) =>
        page.waitForSelector('#search-results[aria-busy="false"] li', { state: 'attached' }),
      );
      expect(found.foreign, query).toEqual([]);
      // The excerpts show the match as text.
      expect(found.results, query).toContain(query);
    }
    expect(dialogs).toEqual([]);
  }, 120_000);

  it('the snapshot opened from disk, and its offline search: no dialog, nothing from the input but text', async () => {
    const data = join(snapshotDir, SNAPSHOT, 'data');
    const files = htmlFiles(data);
    expect(files).toContain('search.html');
    const foreign: string[] = [];
    for (const file of files)
      foreign.push(
        ...(await visit(pathToFileURL(join(data, file)).href)).foreign.map((f) => `${file}: ${f}`),
      );
    for (const query of ['onerror', '<script>', 'alert']) {
      const found = await visit(
        `${pathToFileURL(join(data, 'search.html')).href}?q=${encodeURIComponent(query)}`,
        (page) => page.waitForSelector('#search-results li', { state: 'attached' }),
      );
      foreign.push(...found.foreign.map((f) => `search.html?q=${query}: ${f}`));
      expect(found.results, query).toContain(query);
    }
    expect(foreign).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 300_000);
});
