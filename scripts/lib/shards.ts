// The build divides an archive into shards of whole gazettes, at most SHARD_DOCUMENTS documents
// each (default 1250; a larger gazette is a shard of its own). A shard's pages are
// rendered by an Astro run of its own and its search index is written by a Pagefind process
// of its own, so that memory follows the shard, not the archive; the search page merges the
// shards' indexes. The same plan can place shards on separate machines (README, "Scaling").
import { config } from '../../src/config.ts';
import { phrase } from '../../src/diagnostics/phrases.ts';
import type { IssueRecord } from '../../src/data/generated.ts';

export interface Shard {
  gazettes: string[];
  records: IssueRecord[];
  documents: number;
}

const gazetteOf = (r: IssueRecord) => r.issue.id.split('/')[0]!;

export function planShards(records: IssueRecord[], limit = config.SHARD_DOCUMENTS): Shard[] {
  const byGazette = new Map<string, IssueRecord[]>();
  for (const r of records) byGazette.set(gazetteOf(r), [...(byGazette.get(gazetteOf(r)) ?? []), r]);
  const shards: Shard[] = [];
  for (const gazette of [...byGazette.keys()].sort()) {
    const issues = byGazette.get(gazette)!;
    const documents = issues.reduce((n, r) => n + r.documents.length, 0);
    const last = shards.at(-1);
    if (last && last.documents + documents <= limit) {
      last.gazettes.push(gazette);
      last.records.push(...issues);
      last.documents += documents;
    } else shards.push({ gazettes: [gazette], records: [...issues], documents });
  }
  return shards;
}

/** Where shard i's Pagefind bundle goes: the first is the primary bundle the search page loads. */
export const bundleDir = (i: number) => (i === 0 ? 'pagefind' : `pagefind-${i}`);

/** The shard a `--shard <i>` flag names (its value, or undefined when not given), checked against the plan. */
export function shardArgument(shards: Shard[], value: string | undefined): number | null {
  if (value === undefined) return null;
  const i = Number(value);
  if (!/^\d+$/.test(value) || !shards[i]) {
    console.error(phrase('shard-unknown', { given: value, count: shards.length }));
    process.exit(2);
  }
  return i;
}
