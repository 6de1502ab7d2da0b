// The usual static stack on the same documents, for the bench to compare with (npm run bench):
// a minimal Hugo site made from a project's converted content — one page a document, with its
// text, and a taxonomy page a issuing body — indexed by Pagefind's own command line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssueRecord, DocumentText } from '../../src/data/generated.ts';

/** Whether `hugo` is on the PATH (Debian: apt-get install hugo). */
export const hugoInstalled = (): boolean =>
  spawnSync('hugo', ['version'], { stdio: 'ignore' }).status === 0;

const CONFIG = `baseURL = "https://gongbao.example.gov.cn/"
languageCode = "zh-cn"
title = "公报"
[taxonomies]
  organ = "organs"
`;

const LIST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></body></html>
`;

const SINGLE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</main>
<ul>{{ range .GetTerms "organs" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></body></html>
`;

/** Writes a Hugo site of the documents converted in `project` into a new temporary folder; returns it. */
export function hugoSite(project: string): { dir: string; documents: number } {
  const dir = mkdtempSync(join(tmpdir(), 'gongbao-hugo-'));
  const generated = join(project, 'src', 'content', 'generated');
  writeFileSync(join(dir, 'hugo.toml'), CONFIG);
  mkdirSync(join(dir, 'layouts', '_default'), { recursive: true });
  writeFileSync(join(dir, 'layouts', '_default', 'list.html'), LIST);
  writeFileSync(join(dir, 'layouts', '_default', 'single.html'), SINGLE);
  let documents = 0;
  for (const file of readdirSync(join(generated, 'issues'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const { issue, documents: docs } = JSON.parse(
      readFileSync(join(generated, 'issues', file), 'utf8'),
    ) as IssueRecord;
    const texts = new Map(
      (
        JSON.parse(
          readFileSync(join(generated, 'text', `${issue.id}.json`), 'utf8'),
        ) as DocumentText[]
      ).map((t) => [t.id, t.text]),
    );
    const folder = join(dir, 'content', issue.id);
    mkdirSync(folder, { recursive: true });
    for (const doc of docs) {
      // JSON front matter; the text as paragraphs of plain Markdown (Hugo escapes any HTML in it).
      const body = (texts.get(doc.id) ?? '')
        .split('\n')
        .filter((l) => l.trim())
        .join('\n\n');
      writeFileSync(
        join(folder, `${doc.order}.md`),
        `${JSON.stringify({ title: doc.title, organs: doc.issuers })}\n\n${body}\n`,
      );
      documents++;
    }
  }
  return { dir, documents };
}
