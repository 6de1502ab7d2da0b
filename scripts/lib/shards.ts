// The build divides an archive into shards of whole gazettes, at most SHARD_DOCUMENTS documents
// each (default 1250; a larger gazette is a shard of its own). A shard's document pages are
// rendered by an Astro run of its own and its search index is written by a Pagefind process
// of its own, so that memory follows the shard, not the archive; the search page merges the
// shards' indexes. The same plan can place shards on separate machines (README, "Scaling").
import type { IssueRecord } from '../../src/data/generated.ts';

export interface Shard {
  gazettes: string[];
  records: IssueRecord[];
  documents: number;
}

export const SHARD_DOCUMENTS = Number(process.env.SHARD_DOCUMENTS ?? 1250);

const gazetteOf = (r: IssueRecord) => r.issue.id.split('/')[0]!;

export function planShards(records: IssueRecord[], limit = SHARD_DOCUMENTS): Shard[] {
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

/** The shard `--shard <i>` names on the command line, or null when it names none. */
export function shardArgument(shards: Shard[], argv = process.argv): number | null {
  const at = argv.indexOf('--shard');
  if (at < 0) return null;
  const i = Number(argv[at + 1]);
  if (!shards[i]) throw new Error(`--shard ${argv[at + 1]}: the archive has shards 0 to ${shards.length - 1}`);
  return i;
}
