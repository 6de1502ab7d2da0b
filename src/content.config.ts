// The content collections `npm run convert` writes: one JSON file per issue (its record and
// its documents' records), one MDX file per document. Their schemas are the data contract
// (src/schema.ts). Pages get the metadata from the issues; only document pages show a body,
// so a run that renders no document page loads no MDX, and a run that renders some gazettes'
// pages loads only those gazettes' issues, and the MDX of the issues it renders (src/data/run.ts).
// The documents' bodies are rendered to HTML by their loader (src/render/loader.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'zod';
import { generatedPaths } from './data/generated.ts';
import { renderedIssues, run } from './data/run.ts';
import { documentsLoader } from './render/loader.ts';
import { documentSchema, issueSchema, printedSchema } from './schema.ts';

const inGazettes = (pattern: string) =>
  run.only ? run.only.map((g) => `${g}/${pattern}`) : `**/${pattern}`;

/** The MDX of the documents this run renders: of the issues it renders, else of its gazettes. */
const documentFiles = renderedIssues
  ? renderedIssues.map(generatedPaths.documentsOf)
  : inGazettes('**/*.mdx');

export const collections = {
  issues: defineCollection({
    loader: glob({
      pattern: inGazettes('*.json'),
      base: generatedPaths.issues,
      generateId: ({ data }) => String((data.issue as { id: string }).id),
    }),
    schema: z.object({ issue: issueSchema, documents: z.array(documentSchema) }),
  }),
  /** The printed PDF of each issue that has one (src/data/printed.ts), by issue id. */
  printed: defineCollection({
    loader: glob({
      pattern: inGazettes('*.json'),
      base: generatedPaths.printedRecords,
      generateId: ({ data }) => String(data.issue),
    }),
    schema: printedSchema,
  }),
  /** What the site shows of each gazette's settings (content/<gazette>/gazette.yaml), by folder name. */
  gazettes: defineCollection({
    loader: glob({ pattern: '*.json', base: generatedPaths.gazettes }),
    schema: z.object({ description: z.string().nullable() }),
  }),
  documents: defineCollection({
    loader:
      run.gazettes && documentFiles.length > 0
        ? documentsLoader({ pattern: documentFiles, base: generatedPaths.documents })
        : () => [],
    schema: documentSchema,
  }),
};
