// One document's record (the data contract), rendered beside the document's page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { routeParams } from '../../../../../utils/url.ts';

export const getStaticPaths = (async () => {
  const entries = await getCollection('documents');
  return entries.map((entry) => ({ params: routeParams(entry.id), props: { doc: entry.data } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { doc: unknown }).doc);
