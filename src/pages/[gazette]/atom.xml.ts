import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { atomFeed } from '../../utils/feed.ts';
import { href, paths } from '../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { gazettes } = await catalog();
  return gazettes.map((g) => ({ params: { gazette: g.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { gazettes, documents, issueById, newestFirst } = await catalog();
  const gazette = gazettes.find((g) => g.slug === params.gazette)!;
  const abs = (path: string) => new URL(href(path), site).href;
  const xml = atomFeed({
    title: gazette.name,
    pageUrl: abs(paths.gazette(gazette.slug)),
    feedUrl: abs(`${gazette.slug}/atom.xml`),
    documents: newestFirst(documents.filter((d) => d.issue.startsWith(`${gazette.slug}/`))),
    issueById,
    documentUrl: (d) => abs(paths.document(d.id)),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
