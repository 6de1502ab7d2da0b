// Which part of the site this Astro run renders. `astro dev` and a plain `astro build` render
// all of it. `npm run build` splits it (scripts/pages.ts): one run renders the pages that cover
// the whole archive — home, search, issuing bodies, 文种, the site's feed (GONGBAO_RUN=site) —
// and one run a shard renders the pages of its gazettes — each gazette's archive and feed, its
// issues and its documents (GONGBAO_RUN=gazettes, GONGBAO_GAZETTES=a,b,
// GONGBAO_REFERENCES=file) —, so that no run loads more than one shard's MDX, a new issue
// touches its own shard's run and the site run, and the runs share the cores. A gazettes run
// can be limited to some of its issues (GONGBAO_ISSUES=file, a JSON list of issue ids, which
// can be empty): their pages are made again, the other issues' pages come from the build cache. The routes
// of each part are added by src/routes.ts.
import { readFileSync } from 'node:fs';
import { config } from '../config.ts';

const mode = config.GONGBAO_RUN;

export const run = {
  site: mode !== 'gazettes',
  gazettes: mode !== 'site',
  /** The gazettes whose issues and documents this run loads and renders, or null for all. */
  only: mode === 'gazettes' ? config.GONGBAO_GAZETTES.split(',').filter(Boolean) : null,
  /**
   * A gazettes run loads only its gazettes' issues; the links between documents, which
   * cross shards, come from this file of every document's reference (scripts/pages.ts).
   */
  references: mode === 'gazettes' ? (config.GONGBAO_REFERENCES ?? null) : null,
};

const issues =
  mode === 'gazettes' && config.GONGBAO_ISSUES !== undefined
    ? new Set(JSON.parse(readFileSync(config.GONGBAO_ISSUES, 'utf8')) as string[])
    : null;

/**
 * Whether this run renders the pages of an issue of its gazettes (its issue page, data and
 * documents); each gazette's archive and feed, which list every issue, are always rendered.
 */
export const rendersIssue = (id: string): boolean => issues === null || issues.has(id);

/** The issues whose pages this run renders, or null for every issue of its gazettes. */
export const renderedIssues = issues && [...issues];
