// The site's routes, added by this integration according to the run's plan (plan.json in the
// run's root, written by scripts/pages.ts; src/data/plan.ts), as Starlight adds its routes: a
// site run adds the pages that cover the whole archive and the sitemap, a gazettes run adds the
// pages of its gazettes (each gazette's archive and feed, its issues and documents), `astro dev`
// and a plain `astro build` (no plan) add all. So no page needs a guard, and a shard's run
// renders no page of the site's own. The pages and the content config read the same plan as a
// module (src/data/run.ts).
import { existsSync, readFileSync } from 'node:fs';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { config } from './config.ts';
import { readIssueRecords } from './data/generated.ts';
import { partsOf, PLAN_FILE, PLAN_MODULE, type RunPlan } from './data/plan.ts';
import { href, paths } from './utils/url.ts';

type Part = 'site' | 'gazettes';

/** pattern → entrypoint under src/routes/, and the part of the site it belongs to. */
export const ROUTES: ReadonlyArray<{ pattern: string; entrypoint: string; part: Part }> = [
  { pattern: '/', entrypoint: 'index.astro', part: 'site' },
  { pattern: '/404', entrypoint: '404.astro', part: 'site' },
  { pattern: '/robots.txt', entrypoint: 'robots.txt.ts', part: 'site' },
  { pattern: '/atom.xml', entrypoint: 'atom.xml.ts', part: 'site' },
  { pattern: '/search', entrypoint: 'search/index.astro', part: 'site' },
  { pattern: '/sitemap', entrypoint: 'sitemap/index.astro', part: 'site' },
  { pattern: '/organs', entrypoint: 'organs/index.astro', part: 'site' },
  {
    pattern: '/organs/[organ]/[...page]',
    entrypoint: 'organs/[organ]/[...page].astro',
    part: 'site',
  },
  { pattern: '/types', entrypoint: 'types/index.astro', part: 'site' },
  { pattern: '/types/[type]/[...page]', entrypoint: 'types/[type]/[...page].astro', part: 'site' },
  { pattern: '/[gazette]', entrypoint: '[gazette]/index.astro', part: 'gazettes' },
  { pattern: '/[gazette]/atom.xml', entrypoint: '[gazette]/atom.xml.ts', part: 'gazettes' },
  {
    pattern: '/[gazette]/[year]/[number]',
    entrypoint: '[gazette]/[year]/[number]/index.astro',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/issue.json',
    entrypoint: '[gazette]/[year]/[number]/issue.json.ts',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/source.txt',
    entrypoint: '[gazette]/[year]/[number]/source.txt.ts',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/[printed].pdf',
    entrypoint: '[gazette]/[year]/[number]/[printed].pdf.ts',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/[order]',
    entrypoint: '[gazette]/[year]/[number]/[order]/index.astro',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/[order]/document.json',
    entrypoint: '[gazette]/[year]/[number]/[order]/document.json.ts',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/[order]/citation.ris',
    entrypoint: '[gazette]/[year]/[number]/[order]/citation.ris.ts',
    part: 'gazettes',
  },
  {
    pattern: '/[gazette]/[year]/[number]/[order]/citation.json',
    entrypoint: '[gazette]/[year]/[number]/[order]/citation.json.ts',
    part: 'gazettes',
  },
];

/** The run's plan, from its root; null when it has none. */
function readPlan(root: URL): RunPlan | null {
  const file = new URL(PLAN_FILE, root);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as RunPlan) : null;
}

/**
 * The site run writes the sitemap, and lists in it the pages the gazettes runs render: each
 * gazette's archive, its issues and its documents (those it renders itself too are listed
 * once: the sitemap integration drops repeats); a gazettes run writes none.
 */
function gazettePages(): string[] {
  const records = readIssueRecords();
  const url = (path: string) => new URL(href(path, config.BASE_PATH), config.SITE_URL).href;
  return [
    ...[...new Set(records.map((r) => r.issue.id.slice(0, r.issue.id.indexOf('/'))))].map((g) =>
      url(paths.gazette(g)),
    ),
    ...records.flatMap((r) => [
      url(paths.issue(r.issue.id)),
      ...r.documents.map((d) => url(paths.document(d.id))),
    ]),
  ];
}

export function gongbaoRoutes(): AstroIntegration {
  return {
    name: 'gongbao-routes',
    hooks: {
      'astro:config:setup': ({ config: astro, injectRoute, updateConfig }) => {
        const plan = readPlan(astro.root);
        const parts = partsOf(plan);
        for (const { pattern, entrypoint, part } of ROUTES) {
          if (parts[part])
            injectRoute({
              pattern,
              entrypoint: new URL(`./routes/${entrypoint}`, import.meta.url),
            });
        }
        const resolved = `\0${PLAN_MODULE}`;
        updateConfig({
          integrations: parts.site
            ? [sitemap(plan === null ? {} : { customPages: gazettePages() })]
            : [],
          vite: {
            plugins: [
              {
                name: 'gongbao-plan',
                resolveId: (id: string) => (id === PLAN_MODULE ? resolved : undefined),
                load: (id: string) =>
                  id === resolved ? `export default ${JSON.stringify(plan)};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
