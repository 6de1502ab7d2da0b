// npm run index: the search index of a built site, in shards of whole gazettes (at most
// SEARCH_SHARD_DOCUMENTS documents each, default 2500) that the search page merges. Every
// document page becomes one Pagefind record: its text and title as index words
// (src/search/tokens.ts says why), filters for gazette, year, issuing body and 文种, a date
// to sort by, and the metadata results show. Beside it, search/numbers/<year>.json maps each
// 发文字号 to its document, so that a number typed in any style goes straight to it.
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
const SHARD_DOCUMENTS = Number(process.env.SEARCH_SHARD_DOCUMENTS ?? 2500);

/** The document's text as a reader sees it, one line per block. */
export function pageText(html: string): { title: string; text: string } {
  const $ = load(html);
  const article = $('article.document');
  article.find('h1, h2, h3, h4, h5, h6, p, li, tr, .gbt').after('\n');
  return { title: $('h1').first().text().trim(), text: article.text().replace(/\n\s*\n+/g, '\n').trim() };
}

/**
 * Documents grouped into index shards of whole gazettes, at most `limit` documents a shard
 * (a larger gazette is a shard of its own). Pagefind's memory grows with its index, so each
 * shard is indexed by a fresh Pagefind process; the search page merges the shards.
 */
export function shardByGazette(files: string[], limit: number): string[][] {
  const byGazette = new Map<string, string[]>();
  for (const f of files) {
    const gazette = f.split(/[\\/]/)[0]!;
    byGazette.set(gazette, [...(byGazette.get(gazette) ?? []), f]);
  }
  const shards: string[][] = [];
  for (const docs of [...byGazette.keys()].sort().map((g) => byGazette.get(g)!)) {
    const last = shards.at(-1);
    if (last && last.length + docs.length <= limit) last.push(...docs);
    else shards.push([...docs]);
  }
  return shards;
}

/** Where shard i's Pagefind bundle goes: the first is the primary bundle the page loads. */
export const bundleDir = (i: number) => (i === 0 ? 'pagefind' : `pagefind-${i}`);

/**
 * The record Pagefind indexes for a document: its text and title as index words, in a
 * language Pagefind neither segments nor stems (und), so that the words stay as given; the
 * original title and the other metadata results show; filters; the date to sort by.
 * Pagefind searches the title metadata too and ranks matches there first.
 */
function record(doc: DocumentMeta, issue: Issue, title: string, text: string) {
  return {
    url: `/${doc.id}/`,
    content: indexWords(text),
    language: 'und',
    meta: {
      title: indexWords(title),
      name: doc.title,
      ...(doc.docNumber && { docNumber: doc.docNumber }),
      ...(doc.date && { date: formatDate(doc.date) }),
      ...(doc.issuers.length > 0 && { issuers: doc.issuers.join('、') }),
      issue: `${issue.gazette} ${issue.year}年第${issue.number}期`,
    },
    filters: {
      gazette: [issue.gazette],
      year: [String(doc.date?.slice(0, 4) ?? issue.year)],
      ...(doc.issuers.length > 0 && { issuer: doc.issuers }),
      ...(doc.docType && { docType: [doc.docType] }),
    },
    sort: { date: doc.date ?? issue.published ?? `${issue.year}-01-01` },
  };
}

export async function buildSearchIndex(out = OUT, base = BASE, onProgress?: (done: number, total: number) => void): Promise<{ records: number; shards: number }> {
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('document.json')).sort();
  const shards = shardByGazette(files, SHARD_DOCUMENTS);
  const issues = new Map<string, Issue>();
  const numbers = new Map<string, Record<string, { url: string; title: string }>>();
  let done = 0;

  for (const entry of readdirSync(out)) if (/^pagefind(-\d+)?$/.test(entry)) rmSync(join(out, entry), { recursive: true, force: true });
  for (const [i, shard] of shards.entries()) {
    const { index } = await pagefind.createIndex({ writePlayground: false });
    if (!index) throw new Error('pagefind could not start');
    // Documents go to the Pagefind service a batch at a time: it indexes them concurrently.
    const indexOne = async (file: string) => {
      const doc = JSON.parse(readFileSync(join(out, file), 'utf8')) as DocumentMeta;
      if (!issues.has(doc.issue)) issues.set(doc.issue, JSON.parse(readFileSync(join(out, doc.issue, 'issue.json'), 'utf8')).issue as Issue);
      const issue = issues.get(doc.issue)!;
      const { title, text } = pageText(readFileSync(join(out, dirname(file), 'index.html'), 'utf8'));
      // Pagefind puts the site's base path (taken from where its bundle is served) in front.
      const { errors } = await index.addCustomRecord(record(doc, issue, title, text));
      if (errors.length > 0) throw new Error(`${file}: ${errors.join('; ')}`);
      if (doc.docNumber) {
        const file = docNumberFile(doc.docNumber);
        numbers.set(file, { ...numbers.get(file), [doc.docNumber]: { url: href(`${doc.id}/`, base), title: doc.title } });
      }
      onProgress?.(++done, files.length);
    };
    for (let k = 0; k < shard.length; k += BATCH) await Promise.all(shard.slice(k, k + BATCH).map(indexOne));
    const { errors } = await index.writeFiles({ outputPath: join(out, bundleDir(i)) });
    if (errors.length > 0) throw new Error(errors.join('; '));
    // A new Pagefind process for the next shard gives this one's memory back.
    await pagefind.close();
  }
  const write = (path: string, value: unknown) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(value));
  };
  for (const [file, entries] of numbers) write(join(out, 'search', file), Object.fromEntries(Object.entries(entries).sort()));
  write(join(out, 'search', 'indexes.json'), shards.map((_, i) => `${bundleDir(i)}/`));
  return { records: files.length, shards: shards.length };
}

if (import.meta.main) {
  const { records, shards } = await buildSearchIndex();
  console.log(`search index: ${records} documents in ${shards} Pagefind bundle${shards > 1 ? 's' : ''} under ${OUT}`);
}
