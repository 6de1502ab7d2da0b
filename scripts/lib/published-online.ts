// 发布日期: the day an issue was first published online. An editor may set it per issue in
// gazette.yaml (`publishedOnline`); otherwise the build keeps it: the first build that
// publishes an issue gives it the build's day, and every later build gives it the day it was
// given then, read back from the build cache (.cache/published-online.json, written when a
// build has replaced the output) or else from the previous output (OUT_DIR/<issue>/issue.json).
// Nothing else is written: content/ stays the editor's. When both are lost (a fresh clone, an
// emptied output), the day is the setting, or the build's day again.
//
// The day chosen is part of the issue's convert input (scripts/convert.ts), so an issue whose
// kept day is unchanged is not converted again, and its pages come from the build cache; and
// a build that is given the same days (kept, or set) makes the same output, byte for byte,
// whether it starts from nothing or not.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { config } from '../../src/config.ts';
import type { IssueRecord } from '../../src/data/generated.ts';
import { scratch } from '../build/scratch.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A file read as untrusted: its JSON, or undefined when it is missing or not JSON. */
function readJson(file: string): unknown {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The kept 发布日期 of each issue (by id), from the cache, else from the output. */
export function keptDays(
  out = config.OUT_DIR,
  ledgerFile = scratch.publishedOnline,
): (id: string) => string | undefined {
  const ledger = readJson(ledgerFile);
  const recorded = new Map(
    ledger && typeof ledger === 'object'
      ? Object.entries(ledger).filter(
          (e): e is [string, string] => typeof e[1] === 'string' && DAY.test(e[1]),
        )
      : [],
  );
  return (id) => {
    if (recorded.has(id)) return recorded.get(id);
    const published = (readJson(join(out, id, 'issue.json')) as Partial<IssueRecord> | undefined)
      ?.issue?.publishedOnline;
    return typeof published === 'string' && DAY.test(published) ? published : undefined;
  };
}

/** The ledger of what is online now: every published issue's 发布日期. */
export function ledgerOf(records: IssueRecord[]): string {
  const days = Object.fromEntries(
    records
      .filter((r) => r.issue.publishedOnline)
      .map((r) => [r.issue.id, r.issue.publishedOnline])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );
  return JSON.stringify(days, null, 2) + '\n';
}
