// The real-text corpus (tests/corpus/<slug>/<year>-<number>.txt + key.json), parsed and scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountFor, type Account } from '../../src/quality/accounting.ts';
import { GazetteError } from '../../src/parser/diagnostics.ts';
import { parseIssue } from '../../src/parser/index.ts';
import {
  ISSUE_FIELDS,
  type Key,
  keySchema,
  type Score,
  scoreIssue,
} from '../../src/quality/score.ts';

export const CORPUS = 'tests/corpus';

export interface CorpusIssue {
  slug: string;
  path: string;
  score: Score;
  account: Account;
  /** Why the parser refused the whole file, when it did. */
  refused?: string;
  /** Kept out of sight while the parser is changed, scored apart (tests/corpus/SET-ASIDE.md);
   * `seen` once its misses have been looked at, so that it no longer measures unseen text. */
  setAside: SetAside | null;
}

export type SetAside = 'seen' | 'unseen';

/** The issues SET-ASIDE.md names (each slug in backquotes at the start of a list item or row),
 * seen when listed under a `## Seen…` heading. */
export function setAsideIssues(root = CORPUS): Map<string, SetAside> {
  const file = join(root, 'SET-ASIDE.md');
  const issues = new Map<string, SetAside>();
  if (!existsSync(file)) return issues;
  let state: SetAside = 'unseen';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('## ')) state = /^## Seen\b/i.test(line) ? 'seen' : 'unseen';
    const slug = /^(?:- |\| )`([a-z0-9-]+)`/.exec(line)?.[1];
    if (slug) issues.set(slug, state);
  }
  return issues;
}

// A refused file is scored as a read that found nothing: every key item missed, every issue field
// wrong, every character lost, so that the run goes on and the totals count it.
function refusal(key: Key, bytes: Uint8Array, error: GazetteError) {
  const score: Score = {
    keyItems: key.documents.length,
    predicted: 0,
    matched: 0,
    merges: 0,
    missed: key.documents.map((d) => d.titleLine),
    spurious: [],
    fieldsChecked: ISSUE_FIELDS.length,
    fieldsRight: 0,
    misses: ISSUE_FIELDS.map((field) => ({
      line: 0,
      field,
      expected: key.issue[field],
      actual: null,
    })),
  };
  const total = [...new TextDecoder().decode(bytes).replace(/\s/gu, '')].length;
  const account: Account = { total, accounted: 0, percent: 0, missing: [] };
  return { score, account, refused: error.message };
}

/** Every corpus issue that has its text and its key, scored. A key that does not validate throws,
 * naming the file; a text the parser refuses is scored as read empty and marked `refused`. */
export function scoreCorpus(root = CORPUS): CorpusIssue[] {
  if (!existsSync(root)) return [];
  const aside = setAsideIssues(root);
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'key.json')))
    .map((e) => e.name)
    .sort()
    .flatMap((slug) => {
      const text = readdirSync(join(root, slug)).filter((f) => /^\d{4}-\d{1,4}\.txt$/i.test(f));
      return text.map((file) => {
        const path = join(root, slug, file);
        const keyPath = join(root, slug, 'key.json');
        const parsed = keySchema.safeParse(JSON.parse(readFileSync(keyPath, 'utf8')));
        if (!parsed.success)
          throw new Error(
            `${keyPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
        const bytes = readFileSync(path);
        let result: ReturnType<typeof parseIssue>;
        try {
          result = parseIssue(path, bytes);
        } catch (error) {
          if (!(error instanceof GazetteError)) throw error;
          return {
            slug,
            path,
            setAside: aside.get(slug) ?? null,
            ...refusal(parsed.data, bytes, error),
          };
        }
        return {
          slug,
          path,
          setAside: aside.get(slug) ?? null,
          score: scoreIssue(parsed.data, result),
          account: accountFor(bytes, result),
        };
      });
    });
}
