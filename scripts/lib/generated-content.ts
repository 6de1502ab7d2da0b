// What convert keeps between runs (.cache/convert.json) and what it leaves in the generated
// content. The cache only saves work: it is read as untrusted data (a file cut short, edited
// or from another version is ignored, an entry whose paths leave the generated content is
// dropped), and the generated content is made to match content/ whatever the cache says —
// after `rm -rf .cache`, a removed issue's files would otherwise stay published.
import { readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { generatedPaths } from '../../src/data/generated.ts';
import { pathInside } from './safe-paths.ts';
import { phrase } from '../../src/diagnostics/phrases.ts';

export interface ConvertCacheEntry {
  hash: string;
  /** The gazette name the issue carries (for the clash check without reading its record). */
  gazette?: string;
  /** Each output, relative to the project, and the SHA-256 of what was written to it. */
  outputs: Record<string, string>;
}

const entrySchema = z.object({
  hash: z.string(),
  gazette: z.string().optional(),
  outputs: z.record(z.string(), z.string()),
});

/** The folders convert fills with one issue's files; nothing else writes there. */
const ISSUE_FOLDERS = [
  generatedPaths.issues,
  generatedPaths.documents,
  generatedPaths.texts,
  generatedPaths.reviews,
  generatedPaths.printedRecords,
];

/**
 * The entries of the cache `file` that can be trusted, by input path: each of whose outputs is
 * inside the generated content. A cache that cannot be read as one is ignored with a note.
 */
export function readConvertCache(
  file: string,
  note: (message: string) => void = console.error,
): Record<string, ConvertCacheEntry> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    note(phrase('convert-cache-damaged', { file, reason: (error as Error).message }));
    return {};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    note(phrase('convert-cache-foreign', { file }));
    return {};
  }
  const entries: Record<string, ConvertCacheEntry> = {};
  let dropped = 0;
  for (const [input, value] of Object.entries(parsed)) {
    const entry = entrySchema.safeParse(value);
    if (
      entry.success &&
      Object.keys(entry.data.outputs).every((p) => pathInside(generatedPaths.root, p, '.'))
    )
      entries[input] = entry.data;
    else dropped++;
  }
  if (dropped) note(phrase('convert-cache-untrusted', { file, count: dropped }));
  return entries;
}

/**
 * Deletes every file of the issue folders of the generated content that no converted issue
 * owns (`owned`: absolute paths): those of removed, refused or failed inputs, of documents an
 * issue no longer has, and of a write that was cut off; then the folders left empty.
 */
export function reconcileGenerated(owned: ReadonlySet<string>): void {
  for (const folder of ISSUE_FOLDERS) prune(folder, owned);
}

/** Removes what `owned` lacks under `dir`; says whether `dir` is left empty. */
function prune(dir: string, owned: ReadonlySet<string>): boolean {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  let left = entries.length;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (prune(path, owned)) {
        rmdirSync(path);
        left--;
      }
    } else if (!owned.has(path)) {
      rmSync(path, { force: true });
      left--;
    }
  }
  return left === 0;
}
