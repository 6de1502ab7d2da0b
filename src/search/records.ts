// The records Pagefind indexes (npm run index, scripts/search-index.ts): pure functions of the
// converted content, so that what search finds is tested without a build.
import type { DocumentMeta, Issue } from '../schema.ts';
import { documentDate } from '../utils/catalog.ts';
import { formatDate } from '../utils/format.ts';
import { validityFilters } from './inForce.ts';
import { indexText, indexWords, issueMatterText } from './tokens.ts';

/**
 * The record Pagefind indexes for a document: its text and title as index words, in a
 * language Pagefind neither segments nor stems (und), so that the words stay as given; the
 * original title and the other metadata results show; filters; the date to sort by.
 * Pagefind searches the title metadata too and ranks matches there first.
 */
export function documentRecord(
  doc: DocumentMeta,
  issue: Issue,
  text: string,
  lastDay: string | null,
) {
  return {
    // Pagefind puts the site's base path (taken from where its bundle is served) in front.
    url: `/${doc.id}/`,
    content: indexText(text),
    language: 'und',
    meta: {
      title: indexWords(doc.title),
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
      ...validityFilters(doc.effective, lastDay, doc.validity),
    },
    sort: { date: documentDate(doc, issue) },
  };
}

/**
 * The record for an issue's own matter (cover, imprint, 简介 on the back cover), which leads to
 * the issue page: 公报 or a publisher's address finds it. Not the TOC as printed: its titles
 * find the documents themselves.
 */
export function issueRecord(issue: Issue) {
  const name = `${issue.gazette} ${issue.year}年第${issue.number}期`;
  return {
    url: `/${issue.id}/`,
    content: indexText(issueMatterText(issue)),
    language: 'und',
    meta: {
      title: indexWords(name),
      name,
      ...(issue.published && { date: formatDate(issue.published) }),
    },
    filters: { gazette: [issue.gazette], year: [String(issue.year)] },
    sort: { date: issue.published ?? `${issue.year}-01-01` },
  };
}
