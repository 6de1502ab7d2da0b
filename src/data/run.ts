// Which part of the site this Astro run renders, from its plan (src/data/plan.ts, served by
// the routes integration as a module). `astro dev` and a plain `astro build` have no plan and
// render all of it. `npm run build` splits it (scripts/pages.ts): one run renders the pages
// that cover the whole archive, and one run a shard renders the pages of its gazettes, so that
// no run loads more than one shard's MDX, a new issue touches its own shard's run and the site
// run, and the runs share the cores. A gazettes run can be limited to some of its issues: their
// pages are made again, the other issues' pages come from the build cache.
import plan from 'virtual:gongbao/plan';
import { buildDay, config } from '../config.ts';
import { partsOf } from './plan.ts';

const gazettes = plan?.part === 'gazettes' ? plan : null;

export const run = {
  ...partsOf(plan),
  /** The gazettes whose issues and documents this run loads and renders, or null for all. */
  only: gazettes && gazettes.gazettes,
  /** The file of every document's reference, in a gazettes run. */
  references: gazettes && gazettes.references,
  /** The build's day, which decides 失效: the plan's, or without a plan the settings' or today. */
  day: gazettes?.day ?? buildDay(config),
};

const issues = gazettes?.issues ? new Set(gazettes.issues) : null;

/**
 * Whether this run renders the pages of an issue of its gazettes (its issue page, data and
 * documents); each gazette's archive and feed, which list every issue, are always rendered.
 */
export const rendersIssue = (id: string): boolean => issues === null || issues.has(id);

/** The issues whose pages this run renders, or null for every issue of its gazettes. */
export const renderedIssues = issues && [...issues];
