// The site's routes, added by this integration according to the run (src/data/run.ts), as
// Starlight adds its routes: a site run adds the pages that cover the whole archive, a gazettes
// run adds the pages of its gazettes (each gazette's archive and feed, its issues and
// documents), `astro dev` and a plain `astro build` add all. So no page needs a guard, and a
// shard's run renders no page of the site's own.
import type { AstroIntegration } from 'astro';
import { run } from './data/run.ts';

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

export function gongbaoRoutes(): AstroIntegration {
  return {
    name: 'gongbao-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const { pattern, entrypoint, part } of ROUTES) {
          if (run[part])
            injectRoute({
              pattern,
              entrypoint: new URL(`./routes/${entrypoint}`, import.meta.url),
            });
        }
      },
    },
  };
}
