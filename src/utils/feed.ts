// Atom feeds (RFC 4287) of documents, newest first. The feed's date is its newest document's,
// never the build's clock, so that a rebuild gives the same bytes. Every text from the input
// is an Atom text construct of type "text", escaped by the XML builder: a feed reader shows
// a title's `<b>` as typed and never renders it.
import { XMLBuilder } from 'fast-xml-parser';
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

const xml = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  format: true,
  indentBy: '    ',
  suppressEmptyNode: true,
});
const text = (value: string) => ({ '@type': 'text', '#text': value });

export function atomFeed({
  title,
  pageUrl,
  feedUrl,
  documents,
  issueById,
  documentUrl,
}: FeedInput): string {
  // Dates are days in China's time zone.
  const dateOf = (d: DocumentMeta) =>
    new Date(`${documentDate(d, issueById.get(d.issue)!)}T00:00:00+08:00`);
  const entries = documents.slice(0, MAX_ENTRIES);
  const updated = entries.length
    ? new Date(Math.max(...entries.map((d) => dateOf(d).getTime())))
    : new Date(0);
  const feed = {
    '@xmlns': 'http://www.w3.org/2005/Atom',
    '@xml:lang': 'zh-CN',
    id: pageUrl,
    title: text(title),
    updated: updated.toISOString(),
    link: [
      { '@rel': 'alternate', '@href': pageUrl },
      { '@rel': 'self', '@href': feedUrl },
    ],
    entry: entries.map((doc) => {
      const issue = issueById.get(doc.issue)!;
      const url = documentUrl(doc);
      return {
        title: text(doc.title),
        id: url,
        link: { '@href': url },
        updated: dateOf(doc).toISOString(),
        summary: text(documentDescription(doc, issue)),
        author: doc.issuers.map((name) => ({ name })),
      };
    }),
  };
  return `<?xml version="1.0" encoding="utf-8"?>\n${xml.build({ feed })}`;
}
