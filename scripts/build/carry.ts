// Carrying unchanged output over from the published site. Publishing an issue into a large
// archive changes a few of its tens of thousands of files; the output online holds the rest
// already, as hard links to the build cache's files. An output (an issue's pages and its
// snapshot, a shard's search bundle) that the published site holds exactly as the cache would
// restore it (`holds`, scripts/build/cache.ts) is left where it is and moved into the new site
// when that replaces the old one: a rename a unit, instead of a link a file into the staging
// folder and the removal of every file of the old site.
//
// Those moves are the only change a build makes to the published site before replacing it.
// They are written down first (scratch.carried); a build stopped or killed while making them
// puts them back, or the next build does before anything else (putBack).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { holds, type Kind } from './cache.ts';
import { scratch } from './scratch.ts';

/** A cached output as it would be restored under the site: its entry, and the file or folder it is. */
export interface Output {
  kind: Kind;
  key: string;
  /** Its inputs' hash, worked out only once the outputs before it are held. */
  inputs: () => string;
  /** The file or folder under the site that holds the output. */
  unit: string;
  /** The folder under the site that the entry's paths are relative to ('' for the site). */
  root?: string;
}

/** What this build keeps of the published site, found output by output. */
export class CarryOver {
  /** Files and folders under the published site, moved into the new one when it is published. */
  readonly units = new Set<string>();

  /** The site online (OUT_DIR). */
  private readonly published: string;

  constructor(published: string) {
    this.published = published;
  }

  /**
   * Keeps `outputs` of the published site, all or none: each must be there exactly as the
   * cache holds it (an issue's pages are kept only with its snapshot, which is made from them).
   */
  take(outputs: Output[]): boolean {
    const site = this.published;
    if (!existsSync(site)) return false;
    const held = outputs.every(({ kind, key, inputs, unit, root = '' }) =>
      holds(kind, key, inputs(), join(site, root), relative(root, unit)),
    );
    if (held) for (const { unit } of outputs) this.units.add(unit);
    return held;
  }

  /** Whether `unit` of the published site is carried over. */
  has(unit: string): boolean {
    return this.units.has(unit);
  }
}

interface Journal {
  published: string;
  ready: string;
  units: string[];
}

/**
 * Moves the carried units of the published site into `ready`, the new site, once they are
 * written down. What either already holds is a fault of the build: it stops before moving.
 */
export function moveCarried(carried: Set<string>, published: string, ready: string): void {
  if (carried.size === 0) return;
  const units = [...carried];
  for (const unit of units)
    if (!existsSync(join(published, unit)) || existsSync(join(ready, unit)))
      throw new Error(`${unit}: cannot be carried from ${published} into ${ready}`);
  mkdirSync(dirname(scratch.carried), { recursive: true });
  const journal: Journal = { published, ready, units };
  writeFileSync(`${scratch.carried}.tmp`, JSON.stringify(journal));
  renameSync(`${scratch.carried}.tmp`, scratch.carried);
  for (const unit of units) {
    mkdirSync(dirname(join(ready, unit)), { recursive: true });
    renameSync(join(published, unit), join(ready, unit));
  }
}

/** The new site is online (or nothing was moved): the record of the moves goes. */
export function carriedPublished(): void {
  rmSync(scratch.carried, { force: true });
}

/**
 * Puts back into the published site what a publish stopped midway moved out of it (called
 * before the staging folder is removed). The new site's folder, if it still exists, is where
 * the units went; once it has replaced the old site, there is nothing to put back.
 */
export function putBack(): void {
  let journal: Journal;
  try {
    journal = JSON.parse(readFileSync(scratch.carried, 'utf8')) as Journal;
  } catch {
    return;
  }
  // The old site is put back in place first (scripts/build.ts): without it, the record stays.
  if (!existsSync(journal.published)) return;
  for (const unit of journal.units) {
    const [from, to] = [join(journal.ready, unit), join(journal.published, unit)];
    if (!existsSync(from) || existsSync(to)) continue;
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  carriedPublished();
}
