import type { APIRoute } from 'astro';
import { catalog } from '../data/catalog.ts';
import { site as config } from '../site.config.ts';
import { atomFeed } from '../utils/feed.ts';
import { href, paths } from '../utils/url.ts';

export const GET: APIRoute = async ({ site }) => {
  const { documents, issueById, newestFirst } = await catalog();
  const abs = (path: string) => new URL(href(path), site).href;
  const xml = atomFeed({
    title: config.name,
    pageUrl: abs(''),
    feedUrl: abs('atom.xml'),
    documents: newestFirst(documents),
    issueById,
    documentUrl: (d) => abs(paths.document(d.id)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
