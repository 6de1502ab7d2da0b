// Pure helpers over the documents of the whole site: who issued what, who cites whom, the
// order readers expect (newest first).
import type { DocumentMeta, Issue } from '../schema.ts';
import { formatDate, issueLabel } from './format.ts';
import { compareCodes, compareText } from './order.ts';

/**
 * The day a document stands at, for sorting, feeds and the search's year and date: its 成文日期,
 * else its issue's 出版日期, else 1 January of the issue's year (YYYY-MM-DD).
 */
export function documentDate(
  doc: Pick<DocumentMeta, 'date'>,
  issue: Pick<Issue, 'published' | 'year'>,
): string {
  return doc.date ?? issue.published ?? `${issue.year}-01-01`;
}

/** What a document is, in one line, for its page's description and its feed entry: 发文字号，发文机关，刊期. */
export function documentDescription(
  doc: Pick<DocumentMeta, 'docNumber' | 'issuers'>,
  issue: Issue,
): string {
  return [doc.docNumber, doc.issuers.join('、'), `${issue.gazette}${issueLabel(issue)}`]
    .filter(Boolean)
    .join('，');
}

/**
 * How a reader cites a document, in one line: 发文机关：标题（发文字号），成文日期。载《刊名》
 * YYYY年第N期第P页。URL — what 复制引用 copies and what a printout says of its source.
 */
export function citationOf(
  doc: Pick<DocumentMeta, 'title' | 'docNumber' | 'issuers' | 'date' | 'tocPage'>,
  issue: Pick<Issue, 'gazette' | 'year' | 'number'>,
  url: string,
): string {
  const who = doc.issuers.length > 0 ? `${doc.issuers.join('、')}：` : '';
  const number = doc.docNumber ? `（${doc.docNumber}）` : '';
  const date = doc.date ? `，${formatDate(doc.date)}` : '';
  const page = doc.tocPage !== null ? `第${doc.tocPage}页` : '';
  return `${who}${doc.title}${number}${date}。载《${issue.gazette}》${issue.year}年第${issue.number}期${page}。${url}`;
}

/** Newest first: by the document's date (documentDate), then by issue and position. */
export function newestFirst<T extends Pick<DocumentMeta, 'date' | 'issue' | 'order'>>(
  docs: T[],
  issueById: Map<string, Issue>,
): T[] {
  const key = (d: T) => documentDate(d, issueById.get(d.issue)!);
  return [...docs].sort(
    (a, b) => compareCodes(key(b), key(a)) || compareCodes(a.issue, b.issue) || a.order - b.order,
  );
}

/** Issues newest first. */
export function issuesNewestFirst(issues: Issue[]): Issue[] {
  return [...issues].sort(
    (a, b) =>
      b.year - a.year ||
      b.number - a.number ||
      compareText(a.gazette, b.gazette) ||
      compareCodes(a.id, b.id),
  );
}

/** Documents grouped by each of their issuers. */
export function byIssuer<T extends Pick<DocumentMeta, 'issuers'>>(docs: T[]): Map<string, T[]> {
  const map = groupBy(
    docs.flatMap((doc) => doc.issuers.map((name) => ({ name, doc }))),
    (p) => p.name,
    (p) => p.doc,
  );
  return new Map([...map].sort(([a], [b]) => compareText(a, b)));
}

/** Documents grouped by 文种. */
export function byDocType<T extends Pick<DocumentMeta, 'docType'>>(docs: T[]): Map<string, T[]> {
  const map = groupBy(
    docs.filter((doc) => doc.docType),
    (doc) => doc.docType!,
  );
  return new Map([...map].sort(([, a], [, b]) => b.length - a.length));
}

/** Counts of a key over documents, largest first then by key. */
export function countBy<T>(docs: T[], key: (doc: T) => string | null): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const doc of docs) {
    const k = key(doc);
    if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts].sort(([a, x], [b, y]) => y - x || compareText(b, a));
}

/** For every document number in the site, the documents that cite it. */
export function citedBy<T extends Pick<DocumentMeta, 'cites' | 'id'>>(docs: T[]): Map<string, T[]> {
  return groupBy(
    docs.flatMap((doc) => doc.cites.map((n) => ({ n, doc }))),
    (p) => p.n,
    (p) => p.doc,
  );
}

/** Items grouped by a key, in order of first appearance (Map.groupBy, with a value picked from each item). */
export function groupBy<T, K, V = T>(
  items: T[],
  key: (item: T) => K,
  value: (item: T) => V = (item) => item as unknown as V,
): Map<K, V[]> {
  const map = new Map<K, V[]>();
  for (const item of items) {
    const k = key(item);
    const group = map.get(k);
    if (group) group.push(value(item));
    else map.set(k, [value(item)]);
  }
  return map;
}
