// One document's record (the data contract), rendered beside the document's page, with its
// 有效性 on the build's day (src/utils/validity.ts) as `validity`.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, documentRoutes } from '../../../../../data/catalog.ts';
import type { DocumentMeta } from '../../../../../schema.ts';

export const getStaticPaths = documentRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { doc } = props as { doc: DocumentMeta };
  const { validity } = await catalog();
  return Response.json({ ...doc, validity: validity(doc) });
};
