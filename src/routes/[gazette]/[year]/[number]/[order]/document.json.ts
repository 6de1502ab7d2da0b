// One document's record (the data contract), rendered beside the document's page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { documentRoutes } from '../../../../../data/catalog.ts';

export const getStaticPaths = documentRoutes satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json((props as { doc: unknown }).doc);
