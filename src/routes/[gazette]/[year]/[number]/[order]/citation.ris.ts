// The document as a reference manager imports it (RIS), beside its page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalog, documentRoutes } from '../../../../../data/catalog.ts';
import type { DocumentMeta } from '../../../../../schema.ts';
import { risOf } from '../../../../../utils/citation.ts';
import { absolute, paths } from '../../../../../utils/url.ts';

export const getStaticPaths = documentRoutes satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const doc = (props as { doc: DocumentMeta }).doc;
  const { issueById } = await catalog();
  return new Response(
    risOf(doc, issueById.get(doc.issue)!, absolute(paths.document(doc.id), site)),
    {
      headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
    },
  );
};
