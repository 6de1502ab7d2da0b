// npm run index: the search index of a built site. Every document page becomes one Pagefind
// page: its text and title with Han characters and digits spaced (src/search/tokens.ts says why),
// filters for gazette, year, issuing body and 文种, a date to sort by, and the metadata
// results show. Beside it, search/numbers/<year>.json maps each 发文字号 to its document,
// so that a number typed in any style goes straight to that document.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { load } from 'cheerio';
import * as pagefind from 'pagefind';
import type { DocumentMeta, Issue } from '../src/schema.ts';
import { docNumberFile } from '../src/search/docNumberQuery.ts';
import { indexWords } from '../src/search/tokens.ts';
import { formatDate } from '../src/utils/format.ts';
import { href } from '../src/utils/url.ts';

const OUT = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const BATCH = 64;

/** The document's text as a reader sees it, one line per block. */
export function pageText(html: string): { title: string; text: string } {
  const $ = load(html);
  const article = $('article.document');
  article.find('h1, h2, h3, h4, h5, h6, p, li, tr, .gbt').after('\n');
  return { title: $('h1').first().text().trim(), text: article.text().replace(/\n\s*\n+/g, '\n').trim() };
}

/**
 * The page Pagefind indexes for a document: the title (as <h1>, which Pagefind weights above
 * the text) and the text, as index words; the metadata, filters and sort key in
 * attributes of elements outside the indexed body.
 */
function recordHtml(doc: DocumentMeta, issue: Issue, title: string, text: string): string {
  // lang="und": a language Pagefind neither segments nor stems, so the index words stay as given.
  const $ = load('<html lang="und"><head><meta charset="utf-8"></head><body><main data-pagefind-body><h1></h1><div></div></main><div hidden></div></body></html>');
  $('h1').text(indexWords(title));
  $('main div').text(indexWords(text));
  const hidden = $('body > div[hidden]');
  const add = (attr: string, key: string, value: string) => hidden.append($('<span>').attr(attr, key).text(value));
  add('data-pagefind-meta', 'name', doc.title);
  if (doc.docNumber) add('data-pagefind-meta', 'docNumber', doc.docNumber);
  if (doc.date) add('data-pagefind-meta', 'date', formatDate(doc.date));
  if (doc.issuers.length > 0) add('data-pagefind-meta', 'issuers', doc.issuers.join('、'));
  add('data-pagefind-meta', 'issue', `${issue.gazette} ${issue.year}年第${issue.number}期`);
  add('data-pagefind-filter', 'gazette', issue.gazette);
  add('data-pagefind-filter', 'year', String(doc.date?.slice(0, 4) ?? issue.year));
  for (const issuer of doc.issuers) add('data-pagefind-filter', 'issuer', issuer);
  if (doc.docType) add('data-pagefind-filter', 'docType', doc.docType);
  add('data-pagefind-sort', 'date', doc.date ?? issue.published ?? `${issue.year}-01-01`);
  return $.html();
}

export async function buildSearchIndex(out = OUT, base = BASE, onProgress?: (done: number, total: number) => void): Promise<{ records: number }> {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('document.json')).sort();
  const issues = new Map<string, Issue>();
  const { index } = await pagefind.createIndex({ writePlayground: false });
  if (!index) throw new Error('pagefind could not start');
  const numbers = new Map<string, Record<string, { url: string; title: string }>>();

  // Documents go to the Pagefind service a batch at a time: it indexes them concurrently.
  const indexOne = async (file: string) => {
    const doc = JSON.parse(readFileSync(join(out, file), 'utf8')) as DocumentMeta;
    if (!issues.has(doc.issue)) issues.set(doc.issue, JSON.parse(readFileSync(join(out, doc.issue, 'issue.json'), 'utf8')).issue as Issue);
    const issue = issues.get(doc.issue)!;
    const { title, text } = pageText(readFileSync(join(out, dirname(file), 'index.html'), 'utf8'));
    // Pagefind puts the site's base path (taken from where its bundle is served) in front.
    const { errors } = await index.addHTMLFile({ url: `/${doc.id}/`, content: recordHtml(doc, issue, title, text) });
    if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
    if (doc.docNumber) {
      const shard = docNumberFile(doc.docNumber);
      numbers.set(shard, { ...numbers.get(shard), [doc.docNumber]: { url: href(`${doc.id}/`, base), title: doc.title } });
    }
    onProgress?.(++done, files.length);
  };
  let done = 0;
  for (let i = 0; i < files.length; i += BATCH) await Promise.all(files.slice(i, i + BATCH).map(indexOne));

  rmSync(join(out, 'pagefind'), { recursive: true, force: true });
  const { errors } = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (errors.length > 0) throw new Error(errors.join('; '));
  await pagefind.close();
  for (const [shard, entries] of numbers) {
    const path = join(out, 'search', shard);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(Object.fromEntries(Object.entries(entries).sort())));
  }
  return { records: files.length };
}

if (import.meta.main) {
  const { records } = await buildSearchIndex();
  console.log(`search index: ${records} documents in ${join(OUT, 'pagefind')}`);
}
