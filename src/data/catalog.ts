// The site's metadata, loaded once per build from the issues collection and shared by every
// page (a document page's body comes from the documents collection).
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { DocumentMeta, Issue, Validity } from '../schema.ts';
import { byIssuer, groupBy, issuesNewestFirst, newestFirst } from '../utils/catalog.ts';
import { compareCodes, compareText } from '../utils/order.ts';
import {
  archiveOrder,
  type Reference,
  referenceIndex,
  type ReferenceIndex,
} from '../utils/references.ts';
import { routeParams } from '../utils/url.ts';
import { validityOf } from '../utils/validity.ts';
import { rendersGazette, rendersIssue, run } from './run.ts';

interface Gazette {
  slug: string;
  name: string;
  description: string | null;
  issues: Issue[];
}

export interface Catalog extends ReferenceIndex<Reference> {
  issues: Issue[];
  /** The issues whose pages (issue page, data, source) this run renders (src/data/run.ts). */
  issuePages: Issue[];
  documents: DocumentMeta[];
  issueById: Map<string, Issue>;
  documentsOf: (issueId: string) => DocumentMeta[];
  byIssuer: Map<string, DocumentMeta[]>;
  gazettes: Gazette[];
  /** The gazettes whose own pages (archive, feed) this run renders (src/data/run.ts). */
  gazettePages: Gazette[];
  newestFirst: (docs: DocumentMeta[]) => DocumentMeta[];
  /** 有效性 on the build's day (src/utils/validity.ts): the page's row, its JSON and JSON-LD. */
  validity: (doc: DocumentMeta) => Validity;
}

/** The paths of a route beside each document's page (its data, its citation records): params and record. */
export async function documentRoutes() {
  const entries = await getCollection('documents');
  return entries.map((entry) => ({ params: routeParams(entry.id), props: { doc: entry.data } }));
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
  const documents = records.flatMap((r) => r.documents).sort(archiveOrder);
  // Every document's reference: this run's documents, or in a gazettes run, which holds
  // only its shard, the file of all of them.
  const references = run.references
    ? (JSON.parse(readFileSync(run.references, 'utf8')) as Reference[])
    : documents;
  const issueById = new Map(issues.map((i) => [i.id, i]));
  const byIssue = groupBy(documents, (d) => d.issue);
  const gazettes = new Map<string, Gazette>();
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
  const index = referenceIndex(references);
  const sorted = [...gazettes.values()].sort(
    (a, b) => compareText(a.name, b.name) || compareCodes(a.slug, b.slug),
  );
  return {
    issues,
    issuePages: issues.filter((i) => rendersIssue(i.id)),
    documents,
    issueById,
    documentsOf: (id) => byIssue.get(id) ?? [],
    ...index,
    validity: (doc) => validityOf(doc, index.relations.inbound(doc), run.day),
    byIssuer: byIssuer(documents),
    gazettes: sorted,
    gazettePages: sorted.filter((g) => rendersGazette(g.slug)),
    newestFirst: (docs) => newestFirst(docs, issueById),
  };
}
