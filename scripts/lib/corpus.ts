// The real-text corpus (tests/corpus/<slug>/<year>-<number>.txt + key.json), parsed and scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { accountFor, type Account } from '../../src/quality/accounting.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { keySchema, type Score, scoreIssue } from '../../src/quality/score.ts';

export const CORPUS = 'tests/corpus';

export interface CorpusIssue {
  slug: string;
  path: string;
  score: Score;
  account: Account;
}

/** Every corpus issue that has its text and its key, scored. A key that does not validate throws, naming the file. */
export function scoreCorpus(root = CORPUS): CorpusIssue[] {
  if (!existsSync(root)) return [];
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
        const result = parseIssue(path, bytes);
        return {
          slug,
          path,
          score: scoreIssue(parsed.data, result),
          account: accountFor(bytes, result),
        };
      });
    });
}
