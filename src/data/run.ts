// Which part of the site this Astro run renders. `astro dev` and a plain `astro build` render
// all of it. `npm run build` splits it (scripts/pages.ts): one run renders every page
// but the documents' (GONGBAO_RUN=site), and one run a shard renders the documents of its
// gazettes (GONGBAO_RUN=documents, GONGBAO_GAZETTES=a,b, GONGBAO_REFERENCES=file), so that
// no run loads more than one shard's MDX and records, and the runs share the cores. The
// routes of each part are added by src/routes.ts.
import { config } from '../config.ts';

const mode = config.GONGBAO_RUN;

export const run = {
  site: mode !== 'documents',
  documents: mode !== 'site',
  /** The gazettes whose issues and documents this run loads and renders, or null for all. */
  gazettes: mode === 'documents' ? config.GONGBAO_GAZETTES.split(',').filter(Boolean) : null,
  /**
   * A documents run loads only its gazettes' issues; the links between documents, which
   * cross shards, come from this file of every document's reference (scripts/pages.ts).
   */
  references: mode === 'documents' ? (config.GONGBAO_REFERENCES ?? null) : null,
};
