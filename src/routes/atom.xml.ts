import type { APIRoute } from 'astro';
import { catalog } from '../data/catalog.ts';
import { config } from '../config.ts';
import { atomFeed } from '../utils/feed.ts';
import { absolute, paths } from '../utils/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const { documents, issueById, newestFirst } = await catalog();
  const xml = atomFeed({
    title: config.site.name,
    pageUrl: absolute('', site),
    feedUrl: absolute('atom.xml', site),
    documents: newestFirst(documents),
    issueById,
    documentUrl: (d) => absolute(paths.document(d.id), site),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
