// One document's record (the data contract).
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../../../data/catalog.ts';

export const getStaticPaths = (async () => {
  const { documents } = await catalog();
  return documents.map((doc) => {
    const [gazette, year, number, order] = doc.id.split('/');
    return { params: { gazette, year, number, order }, props: { doc } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { doc: unknown }).doc);
