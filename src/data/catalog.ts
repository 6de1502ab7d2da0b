// The site's metadata, loaded once per build from the issues collection and shared by every
// page (a document page's body comes from the documents collection).
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { DocumentMeta, Issue } from '../schema.ts';
import { byIssuer, citedBy, groupBy, issuesNewestFirst, newestFirst } from '../utils/catalog.ts';
import { compareCodes, compareText } from '../utils/order.ts';
import { siteRelations, type SiteRelations } from '../utils/relations.ts';
import { run } from './run.ts';

/** What a link between documents needs of the document it points to. */
export type Reference = Pick<
  DocumentMeta,
  | 'id'
  | 'issue'
  | 'order'
  | 'title'
  | 'docNumber'
  | 'cites'
  | 'relations'
  | 'date'
  | 'effective'
  | 'expires'
>;

export interface Catalog {
  issues: Issue[];
  documents: DocumentMeta[];
  issueById: Map<string, Issue>;
  documentsOf: (issueId: string) => DocumentMeta[];
  documentByNumber: Map<string, Reference>;
  citedBy: Map<string, Reference[]>;
  /** Typed relations between the documents of the site, both ways. */
  relations: SiteRelations<Reference>;
  byIssuer: Map<string, DocumentMeta[]>;
  gazettes: Array<{ slug: string; name: string; description: string | null; issues: Issue[] }>;
  newestFirst: (docs: DocumentMeta[]) => DocumentMeta[];
}

let loading: Promise<Catalog> | undefined;

export function catalog(): Promise<Catalog> {
  loading ??= load();
  return loading;
}

async function load(): Promise<Catalog> {
  const records = (await getCollection('issues')).map((e) => e.data);
  const gazetteRecords = new Map((await getCollection('gazettes')).map((e) => [e.id, e.data]));
  const issues = issuesNewestFirst(records.map((r) => r.issue));
  const inOrder = <T extends Reference>(docs: T[]) =>
    docs.sort((a, b) => compareCodes(a.issue, b.issue) || a.order - b.order);
  const documents = inOrder(records.flatMap((r) => r.documents));
  // Every document's reference: this run's documents, or in a documents run, which holds
  // only its shard, the file of all of them.
  const references = run.references
    ? inOrder(JSON.parse(readFileSync(run.references, 'utf8')) as Reference[])
    : documents;
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const byIssue = groupBy(documents, (d) => d.issue);
  const gazettes = new Map<
    string,
    { slug: string; name: string; description: string | null; issues: Issue[] }
  >();
  for (const issue of issues) {
    const slug = issue.id.split('/')[0]!;
    const g = gazettes.get(slug) ?? {
      slug,
      name: issue.gazette,
      description: gazetteRecords.get(slug)?.description ?? null,
      issues: [],
    };
    g.issues.push(issue);
    gazettes.set(slug, g);
  }
  return {
    issues,
    documents,
    issueById,
    documentsOf: (id) => byIssue.get(id) ?? [],
    documentByNumber: new Map(references.filter((d) => d.docNumber).map((d) => [d.docNumber!, d])),
    citedBy: citedBy(references),
    relations: siteRelations(references),
    byIssuer: byIssuer(documents),
    gazettes: [...gazettes.values()].sort(
      (a, b) => compareText(a.name, b.name) || compareCodes(a.slug, b.slug),
    ),
    newestFirst: (docs) => newestFirst(docs, issueById),
  };
}
