// The real-text corpus as a web team would put it into content/: tests/corpus/<gazette>-<year>-
// <number>[-<converter>]/<year>-<number>.txt → content/<gazette>/<year>-<number>.txt. The issues of
// one gazette (the three of the 国务院公报) are one gazette folder, as two folders of one gazette
// name are refused; an issue also kept as other converters write it (hebei-2010-36-md …) is put
// in once, its first spelling.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../../scripts/lib/corpus.ts';

export interface CorpusContent {
  from: string;
  gazette: string;
  file: string;
}

export function corpusContent(): CorpusContent[] {
  const issues = new Map<string, CorpusContent>();
  for (const dir of readdirSync(CORPUS, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort())
    for (const file of readdirSync(join(CORPUS, dir)).filter((f) => /^\d{4}-\d+\.txt$/.test(f))) {
      const gazette = dir.replace(/-\d{4}-\d+(?:-[a-z]+)?$/, '');
      if (!issues.has(`${gazette}/${file}`))
        issues.set(`${gazette}/${file}`, { from: join(CORPUS, dir, file), gazette, file });
    }
  return [...issues.values()];
}

/** Copies the corpus into a project's content/. */
export function writeCorpusContent(project: string): CorpusContent[] {
  const issues = corpusContent();
  for (const issue of issues) {
    mkdirSync(join(project, 'content', issue.gazette), { recursive: true });
    cpSync(issue.from, join(project, 'content', issue.gazette, issue.file));
  }
  return issues;
}
