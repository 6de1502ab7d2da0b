// How a document's page finds the other documents it shows — those it cites (by 发文字号, in its
// metadata and as links in its body), those that cite it, those it names in a relation and
// those that name it — and, for the build cache, exactly which references those are. One place
// for the rule, so that what a page shows and what its cached copy depends on cannot drift apart.
import type { DocumentMeta } from '../schema.ts';
import { citedBy } from './catalog.ts';
import { compareCodes } from './order.ts';
import { siteRelations, type SiteRelations } from './relations.ts';

const REFERENCE_FIELDS = [
  'id',
  'issue',
  'order',
  'title',
  'docNumber',
  'cites',
  'relations',
  'date',
  'effective',
  'expires',
] as const;

/** What a link between documents needs of the document it points to. */
export type Reference = Pick<DocumentMeta, (typeof REFERENCE_FIELDS)[number]>;

/** A document's reference, for a run that holds only some documents (scripts/pages.ts). */
export const referenceOf = (doc: DocumentMeta): Reference =>
  Object.fromEntries(REFERENCE_FIELDS.map((field) => [field, doc[field]])) as Reference;

export interface ReferenceIndex<T extends Reference> {
  /** The document bearing a 发文字号 (the last in archive order, when several do). */
  documentByNumber: Map<string, T>;
  /** For every 发文字号, the documents that cite it. */
  citedBy: Map<string, T[]>;
  /** Typed relations between the documents of the site, both ways. */
  relations: SiteRelations<T>;
}

/** Archive order: by issue, then by position in the issue. */
export const archiveOrder = (a: Reference, b: Reference): number =>
  compareCodes(a.issue, b.issue) || a.order - b.order;

/** The index over every document's reference, in any order. */
export function referenceIndex<T extends Reference>(refs: T[]): ReferenceIndex<T> {
  const references = [...refs].sort(archiveOrder);
  return {
    documentByNumber: new Map(references.filter((d) => d.docNumber).map((d) => [d.docNumber!, d])),
    citedBy: citedBy(references),
    relations: siteRelations(references),
  };
}

/**
 * Every reference a document's page shows, resolved as the page resolves it
 * (src/components/DocumentPanel.astro, RelationList.astro, DocumentStatus.astro, DocRef.astro,
 * the JSON-LD): for each 发文字号 it cites or links in its body (`linked`), the document found
 * by it; the documents citing it; for each of its relations, the document named; the documents
 * naming it. In a fixed order, with null where nothing is found, so that two lists are equal
 * exactly when the page's links to other documents are.
 */
export function referencesShown<T extends Reference>(
  doc: T,
  linked: string[],
  index: ReferenceIndex<T>,
): Array<T | null> {
  const byNumber = (n: string) => index.documentByNumber.get(n) ?? null;
  return [
    ...doc.cites.map(byNumber),
    ...linked.map(byNumber),
    ...(doc.docNumber ? (index.citedBy.get(doc.docNumber) ?? []) : []),
    ...doc.relations.map((r) => index.relations.target(r, doc) ?? null),
    ...index.relations.inbound(doc).map((r) => r.doc),
  ];
}
