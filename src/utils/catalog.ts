// Pure helpers over the documents of the whole site: who issued what, who cites whom, the
// order readers expect (newest first).
import type { DocumentMeta, Issue } from '../schema.ts';
import { compareCodes, compareText } from './order.ts';

/** Newest first: by 成文日期 (documents without one by their issue), then by position. */
export function newestFirst<T extends Pick<DocumentMeta, 'date' | 'issue' | 'order'>>(docs: T[], issueDate: (id: string) => string): T[] {
  const key = (d: T) => d.date ?? issueDate(d.issue);
  return [...docs].sort((a, b) => compareCodes(key(b), key(a)) || compareCodes(a.issue, b.issue) || a.order - b.order);
}

/** Issues newest first. */
export function issuesNewestFirst(issues: Issue[]): Issue[] {
  return [...issues].sort((a, b) => b.year - a.year || b.number - a.number || compareText(a.gazette, b.gazette) || compareCodes(a.id, b.id));
}

/** Documents grouped by each of their issuers. */
export function byIssuer<T extends Pick<DocumentMeta, 'issuers'>>(docs: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const doc of docs) for (const name of doc.issuers) map.set(name, [...(map.get(name) ?? []), doc]);
  return new Map([...map].sort(([a], [b]) => compareText(a, b)));
}

/** Documents grouped by 文种. */
export function byDocType<T extends Pick<DocumentMeta, 'docType'>>(docs: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const doc of docs) if (doc.docType) map.set(doc.docType, [...(map.get(doc.docType) ?? []), doc]);
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
  const map = new Map<string, T[]>();
  for (const doc of docs) for (const n of doc.cites) map.set(n, [...(map.get(n) ?? []), doc]);
  return map;
}
