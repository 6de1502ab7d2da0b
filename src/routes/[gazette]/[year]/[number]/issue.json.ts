// The issue's data: the issue record and its documents' records (the data contract).
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../../data/catalog.ts';
import { routeParams } from '../../../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { issuePages } = await catalog();
  return issuePages.map((issue) => ({ params: routeParams(issue.id), props: { id: issue.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { issueById, documentsOf } = await catalog();
  const id = (props as { id: string }).id;
  return Response.json({ issue: issueById.get(id), documents: documentsOf(id) });
};
