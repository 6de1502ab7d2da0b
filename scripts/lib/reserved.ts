// The top-level names of the site that belong to the site itself, not to a gazette: a gazette
// folder of that name would write its pages over the site's (content/search/ over the search
// page, content/pagefind/ over a search bundle), so convert refuses it by name.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ROUTES } from '../../src/routes.ts';

const PUBLIC = fileURLToPath(new URL('../../public/', import.meta.url));

const OWNED = new Set([
  // The site's own routes (src/routes.ts): search, organs, types, 404, robots.txt, atom.xml.
  ...ROUTES.map((r) => r.pattern.split('/')[1]!).filter((s) => s && !s.startsWith('[')),
  // Copied as they are into the site: favicon.svg (Astro's public/ is optional).
  ...(existsSync(PUBLIC) ? readdirSync(PUBLIC) : []),
  // Written by the build: Astro's assets and pages, the snapshots (scripts/snapshot.ts), the
  // search lookups under search/ (scripts/search-index.ts), the sitemap's index.
  '_astro',
  'index.html',
  '404.html',
  'snapshots',
  'sitemap-index.xml',
]);
// Numbered outputs: the search bundles (bundleDir in scripts/lib/shards.ts), the sitemap's parts.
const NUMBERED = /^(pagefind(-\d+)?|sitemap-\d+\.xml)$/;

/** Whether a top-level name of the site is the site's own. */
export const reservedName = (name: string): boolean => OWNED.has(name) || NUMBERED.test(name);
