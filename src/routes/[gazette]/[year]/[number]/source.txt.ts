// The issue's source text, byte for byte as it was put into content/.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../../data/catalog.ts';
import { routeParams } from '../../../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { issuePages } = await catalog();
  return issuePages.map((issue) => ({
    params: routeParams(issue.id),
    props: { path: issue.source.path },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
