// The content collections `npm run convert` writes: one JSON file per issue, one MDX file
// per document. Their schemas are the data contract (src/schema.ts).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema, issueSchema } from './schema.ts';

const idOf = ({ data }: { data: Record<string, unknown> }) => String(data.id);

export const collections = {
  issues: defineCollection({
    loader: glob({ pattern: '**/*.json', base: './src/content/generated/issues', generateId: idOf }),
    schema: issueSchema,
  }),
  documents: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/generated/documents', generateId: idOf, retainBody: false }),
    schema: documentSchema,
  }),
};
