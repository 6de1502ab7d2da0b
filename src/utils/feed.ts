// Atom feeds of documents, newest first. The feed's date is its newest document's, never
// the build's clock, so that a rebuild gives the same bytes.
import { Feed } from 'feed';
import type { DocumentMeta, Issue } from '../schema.ts';
import { documentDate, documentDescription } from './catalog.ts';

export interface FeedInput {
  title: string;
  /** Absolute URL of the page the feed belongs to, and of the feed itself. */
  pageUrl: string;
  feedUrl: string;
  documents: DocumentMeta[];
  issueById: Map<string, Issue>;
  documentUrl: (doc: DocumentMeta) => string;
}

const MAX_ENTRIES = 50;

export function atomFeed({ title, pageUrl, feedUrl, documents, issueById, documentUrl }: FeedInput): string {
  // Dates are days in China's time zone.
  const dateOf = (d: DocumentMeta) => new Date(`${documentDate(d, issueById.get(d.issue)!)}T00:00:00+08:00`);
  const entries = documents.slice(0, MAX_ENTRIES);
  const feed = new Feed({
    title,
    id: pageUrl,
    link: pageUrl,
    language: 'zh-CN',
    copyright: '',
    updated: entries.length ? new Date(Math.max(...entries.map((d) => dateOf(d).getTime()))) : new Date(0),
    feedLinks: { atom: feedUrl },
  });
  for (const doc of entries) {
    const issue = issueById.get(doc.issue)!;
    const url = documentUrl(doc);
    feed.addItem({
      title: doc.title,
      id: url,
      link: url,
      date: dateOf(doc),
      description: documentDescription(doc, issue),
      author: doc.issuers.map((name) => ({ name })),
    });
  }
  return feed.atom1();
}
