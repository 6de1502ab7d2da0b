import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { atomFeed } from '../../utils/feed.ts';
import { absolute, paths } from '../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { gazettePages } = await catalog();
  return gazettePages.map((g) => ({ params: { gazette: g.slug } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const { gazettes, documents, issueById, newestFirst } = await catalog();
  const gazette = gazettes.find((g) => g.slug === params.gazette)!;
  const xml = atomFeed({
    title: gazette.name,
    pageUrl: absolute(paths.gazette(gazette.slug), site),
    feedUrl: absolute(`${gazette.slug}/atom.xml`, site),
    documents: newestFirst(documents.filter((d) => d.issue.startsWith(`${gazette.slug}/`))),
    issueById,
    documentUrl: (d) => absolute(paths.document(d.id), site),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
