// One document's record (the data contract).
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../../../data/catalog.ts';
import { routeParams } from '../../../../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { documents } = await catalog();
  return documents.map((doc) => ({ params: routeParams(doc.id), props: { doc } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { doc: unknown }).doc);
