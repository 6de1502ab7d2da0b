// The issue's printed PDF, byte for byte as it was put into content/, when it has one.
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog } from '../../../../data/catalog.ts';
import { printedOf } from '../../../../data/printed.ts';
import { fileStem, routeParams } from '../../../../utils/url.ts';

export const getStaticPaths = (async () => {
  const { issuePages } = await catalog();
  const paths = [];
  for (const issue of issuePages) {
    const printed = await printedOf(issue.id);
    if (printed)
      paths.push({
        params: { ...routeParams(issue.id), printed: fileStem(issue.id) },
        props: { path: printed.file },
      });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync((props as { path: string }).path), {
    headers: { 'Content-Type': 'application/pdf' },
  });
