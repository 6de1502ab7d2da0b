// Where `npm run convert` writes its output, and how the build reads it back outside Astro
// (build shards, search index, snapshots, sitemap). Absolute paths: the build's Astro runs
// each have a root of their own (scripts/pages.ts says why).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IssueReview } from '../review/index.ts';
import type { DocumentMeta, Issue } from '../schema.ts';

const GENERATED = fileURLToPath(new URL('../content/generated/', import.meta.url));

/** An issue's files, named by its id (gazette/year/number) as gazette/year-number. */
function issueStem(issueId: string): string {
  const [gazette, year, number] = issueId.split('/');
  return `${gazette}/${year}-${number}`;
}

export const generatedPaths = {
  root: GENERATED,
  /** The issues collection: an issue's record and its documents' records (no bodies). */
  issues: join(GENERATED, 'issues'),
  issue: (issueId: string) => join(GENERATED, 'issues', `${issueStem(issueId)}.json`),
  /** The documents collection: one MDX file a document. */
  documents: join(GENERATED, 'documents'),
  document: (issueId: string, order: number) =>
    join(GENERATED, 'documents', issueStem(issueId), `${order}.mdx`),
  /** An issue's documents, as a glob pattern under `documents`. */
  documentsOf: (issueId: string) => `${issueStem(issueId)}/*.mdx`,
  /** Each document's plain text (src/emit/text.ts), one file an issue. */
  texts: join(GENERATED, 'text'),
  text: (issueId: string) => join(GENERATED, 'text', `${issueId}.json`),
  /** The 发文字号 each document's page links beyond those it cites, as convert found them in its body. */
  links: (issueId: string) => join(GENERATED, 'links', `${issueId}.json`),
  /** What `npm run review` reports for an issue (src/review/), for the build's summary lines. */
  reviews: join(GENERATED, 'review'),
  review: (issueId: string) => join(GENERATED, 'review', `${issueStem(issueId)}.json`),
  /**
   * The printed PDF an issue's pages publish (content/<gazette>/<year>-<number>.pdf), when it
   * has one: a file of its own, so that a PDF added or replaced changes that issue's pages and
   * snapshot and not its record, which the search index and the gazette's archive read.
   */
  printedRecords: join(GENERATED, 'printed'),
  printed: (issueId: string) => join(GENERATED, 'printed', `${issueStem(issueId)}.json`),
  /** What the site shows of a gazette's settings (content/<gazette>/gazette.yaml). */
  gazettes: join(GENERATED, 'gazettes'),
  gazette: (gazette: string) => join(GENERATED, 'gazettes', `${gazette}.json`),
};

/** The part of a gazette's settings the site shows (the gazettes collection). */
export interface GazetteRecord {
  description: string | null;
}

export interface IssueRecord {
  issue: Issue;
  documents: DocumentMeta[];
}

export interface DocumentText {
  id: string;
  text: string;
}

/** Every converted issue, in file order. */
export function readIssueRecords(): IssueRecord[] {
  return readdirSync(generatedPaths.issues, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(generatedPaths.issues, f), 'utf8')) as IssueRecord);
}

export function readDocumentTexts(issueId: string): DocumentText[] {
  return JSON.parse(readFileSync(generatedPaths.text(issueId), 'utf8')) as DocumentText[];
}

/** The 发文字号 each document of an issue links beyond those it cites (generatedPaths.links), by document id. */
export function readLinks(issueId: string): Map<string, string[]> {
  // An issue that fails now keeps what an earlier convert wrote, which may predate this file.
  if (!existsSync(generatedPaths.links(issueId))) return new Map();
  const links = JSON.parse(readFileSync(generatedPaths.links(issueId), 'utf8')) as Array<{
    id: string;
    numbers: string[];
  }>;
  return new Map(links.map((l) => [l.id, l.numbers]));
}

/** Every converted issue's review (src/review/), in file order. */
export function readReviews(): IssueReview[] {
  if (!existsSync(generatedPaths.reviews)) return [];
  return readdirSync(generatedPaths.reviews, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(generatedPaths.reviews, f), 'utf8')) as IssueReview);
}
