// Which part of the site this Astro run renders, from its plan (src/data/plan.ts, served by
// the routes integration as a module). `astro dev` and a plain `astro build` have no plan and
// render all of it. `npm run build` splits it (scripts/pages.ts): one run renders the pages
// that cover the whole archive, and one run a shard renders the pages of its gazettes, so that
// no run loads more than one shard's MDX, a new issue touches its own shard's run and the site
// run, and the runs share the cores. A gazettes run can be limited to some of its issues: their
// pages are made again, the other issues' pages come from the build cache. The site run can
// make a few issues' pages too (its plan's `with`), with their gazettes' archives and feeds.
import plan from 'virtual:gongbao/plan';
import { buildDay, config } from '../config.ts';
import { partsOf } from './plan.ts';

const gazettes = plan?.part === 'gazettes' ? plan : null;
const alsoGazettes = plan?.part === 'site' ? (plan.with ?? null) : null;
const rendered = gazettes ?? alsoGazettes;

export const run = {
  ...partsOf(plan),
  /** The gazettes whose issues this run loads, or null for all. */
  only: gazettes && gazettes.gazettes,
  /** The file of every document's reference, in a gazettes run. */
  references: gazettes && gazettes.references,
  /** The build's day, which decides 失效: the plan's, or without a plan the settings' or today. */
  day: rendered?.day ?? buildDay(config),
};

const issues = rendered?.issues ? new Set(rendered.issues) : null;
const gazettePages = rendered ? new Set(rendered.gazettes) : null;

/** Whether this run renders a gazette's own pages (its archive and feed). */
export const rendersGazette = (slug: string): boolean =>
  gazettePages === null || gazettePages.has(slug);

/**
 * Whether this run renders the pages of an issue of its gazettes (its issue page, data and
 * documents); each gazette's archive and feed, which list every issue, are always rendered.
 */
export const rendersIssue = (id: string): boolean => issues === null || issues.has(id);

/** The issues whose pages this run renders, or null for every issue of its gazettes. */
export const renderedIssues = issues && [...issues];
