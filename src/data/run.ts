// Which part of the site this Astro run renders. `astro dev` and a plain `astro build` render
// all of it. `npm run build` splits it (scripts/pages.ts): one run renders the pages that cover
// the whole archive — home, search, issuing bodies, 文种, the site's feed (GONGBAO_RUN=site) —
// and one run a shard renders the pages of its gazettes — each gazette's archive and feed, its
// issues and its documents (GONGBAO_RUN=gazettes, GONGBAO_GAZETTES=a,b,
// GONGBAO_REFERENCES=file) —, so that no run loads more than one shard's MDX, a new issue
// touches its own shard's run and the site run, and the runs share the cores. The routes of
// each part are added by src/routes.ts.
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
