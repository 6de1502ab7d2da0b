// The whole real-text corpus (tests/corpus/) built as one site, as a web team would publish
// those issues: what the parser is scored on must also go through every stage — pages, the
// number lookup, snapshots, feeds — whatever shape its 发文字号 take (国务院令第707号, a serial
// 通告's 第N号, a number with a year, without brackets…).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentMeta, Issue } from '../../src/schema.ts';
import { numberFile, numberKey } from '../../src/search/docNumberQuery.ts';
import { projectCopy } from '../../scripts/bench/archive.ts';
import { cleanEnv } from '../support/build-sites.ts';
import { corpusContent, writeCorpusContent } from '../support/corpus-content.ts';
import { run } from '../support/dist.ts';

const issues = corpusContent();

let dir: string;
let out: string;
const json = <T>(path: string): T => JSON.parse(readFileSync(join(out, path), 'utf8')) as T;

beforeAll(() => {
  dir = projectCopy('gongbao-corpus-');
  writeCorpusContent(dir);
  // Exits non-zero, failing the test, if any issue is skipped.
  run(dir, ['scripts/build.ts'], { OUT_DIR: 'dist' });
  out = join(dir, 'dist');
}, 600_000);

describe('the corpus built as one site', () => {
  const ids = issues.map((i) => `${i.gazette}/${i.file.replace('.txt', '').replace('-', '/')}`);

  it('has an issue page and a page per document for every corpus issue', () => {
    expect(issues.length).toBeGreaterThanOrEqual(24);
    let count = 0;
    for (const id of ids) {
      const { documents } = json<{ issue: Issue; documents: DocumentMeta[] }>(`${id}/issue.json`);
      count += documents.length;
      expect(existsSync(join(out, id, 'index.html')), id).toBe(true);
      for (const doc of documents)
        expect(existsSync(join(out, doc.id, 'index.html')), doc.id).toBe(true);
    }
    expect(count).toBeGreaterThan(60);
  });

  it('opens every 发文字号 of every shape from the number lookup', () => {
    const documents = ids.flatMap(
      (id) => json<{ documents: DocumentMeta[] }>(`${id}/issue.json`).documents,
    );
    const numbered = documents.filter((d) => d.docNumber);
    // A 令 numbered in its own series, without a year (国务院公报 2019年第1号).
    expect(numbered.map((d) => d.docNumber)).toContain('国务院令第707号');
    // Every number the lookup can key (what the parser read as a number; a misread is the
    // scorer's business) leads to its document.
    for (const doc of numbered) {
      const key = numberKey(doc.docNumber!);
      if (key === null) continue;
      const entry = json<Record<string, Array<{ url: string }>>>(`search/${numberFile(key!)}`)[
        key!
      ];
      // A number printed by several documents lists them all.
      const holders = numbered
        .filter((d) => numberKey(d.docNumber!) === key)
        .map((d) => `/${d.id}/`);
      expect(entry?.map((e) => e.url).sort(), doc.docNumber!).toEqual(holders.sort());
    }
  });

  it('packs every issue into a snapshot that verifies', () => {
    const zips = ids.map((id) => join(out, 'snapshots', `${id.replaceAll('/', '-')}.zip`));
    for (const zip of zips) expect(existsSync(zip), zip).toBe(true);
    // Exits 1 on any problem.
    execFileSync(process.execPath, ['scripts/verify.ts', ...zips], {
      cwd: dir,
      env: cleanEnv(),
      stdio: 'pipe',
    });
  });

  it('writes feeds that are well-formed XML, for the site and each gazette', () => {
    const feeds = ['atom.xml', ...new Set(issues.map((i) => `${i.gazette}/atom.xml`))];
    for (const feed of feeds) {
      const xml = readFileSync(join(out, feed), 'utf8');
      expect(XMLValidator.validate(xml), feed).toBe(true);
    }
    expect(readFileSync(join(out, 'atom.xml'), 'utf8')).toContain('<entry>');
  });
});
