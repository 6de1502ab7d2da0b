// The plan of one Astro run of the build, typed: which part of the site it renders. The build
// writes it as plan.json in the run's root (scripts/pages.ts); the routes integration reads it
// there (src/routes.ts) and hands it to the pages as a module (src/data/run.ts). No plan (astro
// dev, a plain astro build): the whole site.

/** The pages that cover the whole archive: home, search, issuing bodies, 文种, the site's feed, sitemap. */
export interface SitePlan {
  part: 'site';
  /**
   * Some gazettes' pages made in the same run, limited to some of their issues: a publish's
   * few new pages, which a run of their own would cost its fixed seconds (scripts/pages.ts).
   */
  with?: { gazettes: string[]; issues: string[]; day: string };
}

/** The pages of some gazettes: each one's archive and feed, its issues and its documents. */
export interface GazettesPlan {
  part: 'gazettes';
  gazettes: string[];
  /**
   * A gazettes run loads only its gazettes' issues; the links between documents, which cross
   * shards, come from this file of every document's reference (scripts/pages.ts); null: from
   * the run's own documents.
   */
  references: string | null;
  /** The issues whose pages it makes again (the others' come from the build cache), or null for all. */
  issues: string[] | null;
  /**
   * The build's day (YYYY-MM-DD), which decides 失效 (src/utils/validity.ts): one for every
   * run of a build, and the one its pages' cache keys were worked out with.
   */
  day: string;
}

export type RunPlan = SitePlan | GazettesPlan;

/** The name of the plan file in an Astro run's root. */
export const PLAN_FILE = 'plan.json';

/** The module the routes integration serves the plan as, to the pages and the content config. */
export const PLAN_MODULE = 'virtual:gongbao/plan';

/** The parts of the site a run renders: both without a plan. */
export const partsOf = (plan: RunPlan | null) => ({
  site: plan === null || plan.part === 'site',
  gazettes: plan === null || plan.part === 'gazettes' || plan.with !== undefined,
});
