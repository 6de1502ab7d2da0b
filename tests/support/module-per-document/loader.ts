// The module-per-document rendering of the document bodies, as the site had it before
// src/render/: Astro's glob loader, which leaves each document's MDX to @astrojs/mdx to compile
// into a module of its own, bundle and import when the page renders. Kept only as the reference
// that tests/site/body-rendering.test.ts builds the site with, in place of src/render/loader.ts
// (with DocumentBody.astro and Gbt.astro beside this file), to compare every page.
import { glob, type Loader } from 'astro/loaders';

export function documentsLoader({
  base,
  pattern,
}: {
  base: string;
  pattern: string | string[];
}): Loader {
  return glob({ pattern, base, generateId: ({ data }) => String(data.id), retainBody: false });
}
