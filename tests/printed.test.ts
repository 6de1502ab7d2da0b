// The printed PDF (印刷版) in a real build: content/<gazette>/<year>-<number>.pdf beside an
// issue's text is published in the issue's folder, linked from the issue page with its size and
// from each document page at the document's page, and archived in the issue's snapshot with its
// checksum. It is an input of that issue alone: adding, replacing or removing it makes that
// issue's pages and snapshot again and nothing else, as publish.test.ts checks of issues; a file
// that is not a PDF is a warning naming it, and the issue is published without one.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { projectCopy } from '../scripts/bench/archive.ts';
import { verifySnapshot } from '../scripts/verify.ts';
import { bytesSource } from '../src/snapshot/zip.ts';
import { cleanEnv } from './support/build-sites.ts';
import { expectSame, madeBy, page, tree } from './support/dist.ts';

// Shards of at most 12 documents: [dawukou] [jinfeng] [kundulun nanming] [qingxin].
const ENV = { OUT_DIR: 'dist', SHARD_DOCUMENTS: '12' };
const FIXTURE = readFileSync('tests/fixtures/printed/nanming-2020-4.pdf');
const ISSUE = 'nanming/2020/4';
const SNAPSHOT = 'snapshots/nanming-2020-4.zip';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** npm run build in the project copy: its exit status, output and messages. */
function build(dir: string) {
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...cleanEnv(), ...ENV },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
/** The snapshots written, by the shards that wrote any: (written, reused) each. */
const snapshotsWritten = (log: string) =>
  [...log.matchAll(/新写出 (\d+) 个，(\d+) 个取自构建缓存/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
/** The files of `after` that are new or differ from `before`'s, and those gone. */
const changes = (before: Map<string, Buffer>, after: Map<string, Buffer>) => [
  ...[...after].filter(([f, b]) => !before.get(f)?.equals(b)).map(([f]) => f),
  ...[...before.keys()].filter((f) => !after.has(f)).map((f) => `-${f}`),
];
/** Every change is in the issue's own folder or its snapshot. */
const onlyTheIssue = (files: string[]) =>
  files.filter((f) => !f.startsWith(`${ISSUE}/`) && f !== SNAPSHOT);

describe('the printed PDF', () => {
  it('is published, linked at each document’s page and archived; adding, replacing or removing it makes that issue again and nothing else', async () => {
    const dir = projectCopy('gongbao-printed-', { withContent: true });
    const content = (file: string) => join(dir, 'content', 'nanming', file);
    const dist = () => tree(join(dir, 'dist'));
    // Printed page 1 is the PDF's page 3 (cover and TOC before it); set before any PDF is there.
    writeFileSync(
      content('gazette.yaml'),
      `${readFileSync(content('gazette.yaml'), 'utf8')}pdfStart:\n  2020-4: 3\n`,
    );
    expect(build(dir).status).toBe(0);
    const before = dist();
    // No PDF, no link.
    expect([...before.keys()].filter((f) => f.endsWith('.pdf'))).toEqual([]);
    expect(before.get(`${ISSUE}/index.html`)!.toString()).not.toContain('印刷版');

    // Added.
    copyFileSync('tests/fixtures/printed/nanming-2020-4.pdf', content('2020-4.pdf'));
    let result = build(dir);
    expect(result.status).toBe(0);
    expect(madeBy(result.stdout)).toEqual([1, 1, 0, 4, 0, 4]);
    expect(snapshotsWritten(result.stdout)).toEqual([[1, 1]]);
    const added = dist();
    expect(onlyTheIssue(changes(before, added))).toEqual([]);
    // Beside the issue's pages, under a name none of them takes.
    const inIssue = (files: Map<string, Buffer>) =>
      [...files.keys()].filter((f) => f.startsWith(`${ISSUE}/`));
    expect(inIssue(added)).toEqual([...inIssue(before), `${ISSUE}/nanming-2020-4.pdf`].sort());
    expect(added.get(`${ISSUE}/nanming-2020-4.pdf`)).toEqual(FIXTURE);
    const issuePage = page(join(dir, 'dist'), `${ISSUE}/`);
    const download = issuePage('a[href$=".pdf"]');
    expect(download.attr('href')).toBe('/nanming/2020/4/nanming-2020-4.pdf');
    expect(download.text()).toBe('下载本期印刷版 PDF（158 KB）');
    // The TOC prints pages 1, 5, 11, 25, 37: two pages later in the PDF.
    const links = [1, 2, 3, 4, 5].map((order) => {
      const link = page(join(dir, 'dist'), `${ISSUE}/${order}/`)('.doc-panel a[href*=".pdf"]');
      expect(link.parent().text()).toContain('印刷版 PDF，158 KB');
      return link.attr('href');
    });
    expect(links).toEqual(
      [3, 7, 13, 27, 39].map((n) => `/nanming/2020/4/nanming-2020-4.pdf#page=${n}`),
    );
    const bag = unzipSync(added.get(SNAPSHOT)!);
    expect(bag['nanming-2020-4/data/nanming-2020-4.pdf']).toEqual(new Uint8Array(FIXTURE));
    expect(new TextDecoder().decode(bag['nanming-2020-4/manifest-sha256.txt'])).toContain(
      `${sha256(FIXTURE)}  data/nanming-2020-4.pdf\n`,
    );
    expect(new TextDecoder().decode(bag['nanming-2020-4/data/3/index.html'])).toContain(
      'href="../nanming-2020-4.pdf#page=13"',
    );
    expect((await verifySnapshot(bytesSource(added.get(SNAPSHOT)!))).problems).toEqual([]);

    // Replaced by a revision of it (a PDF with more bytes after its first %%EOF).
    const revised = Buffer.concat([FIXTURE, Buffer.from(`%${'修订'.repeat(4000)}\n`)]);
    writeFileSync(content('2020-4.pdf'), revised);
    result = build(dir);
    expect(madeBy(result.stdout)).toEqual([1, 1, 0, 4, 0, 4]);
    expect(snapshotsWritten(result.stdout)).toEqual([[1, 1]]);
    const replaced = dist();
    expect(onlyTheIssue(changes(added, replaced))).toEqual([]);
    expect(replaced.get(`${ISSUE}/nanming-2020-4.pdf`)).toEqual(revised);
    expect(replaced.get(`${ISSUE}/index.html`)!.toString()).toContain(
      '下载本期印刷版 PDF（182 KB）',
    );

    // Removed: the site is again what it was before, byte for byte.
    rmSync(content('2020-4.pdf'));
    result = build(dir);
    expect(madeBy(result.stdout)).toEqual([1, 1, 0, 4, 0, 4]);
    expectSame(before, dist());

    // Not a PDF (the issue's text saved under its name): a warning naming it, the issue
    // published as without a PDF, and nothing made again.
    copyFileSync(content('2020-4.txt'), content('2020-4.pdf'));
    result = build(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(
      /^content\/nanming\/2020-4\.pdf:1: 警告: 这个文件不是 PDF.*本期照常发布，但不提供印刷版 PDF.* \[printed-not-pdf\]$/m,
    );
    expect(madeBy(result.stdout)).toEqual([0, 0, 0, 5, 0, 4]);
    expectSame(before, dist());

    // The added PDF built from nothing gives the same site as the incremental build.
    const clean = projectCopy('gongbao-printed-clean-', { withContent: true });
    copyFileSync(content('gazette.yaml'), join(clean, 'content', 'nanming', 'gazette.yaml'));
    copyFileSync(
      'tests/fixtures/printed/nanming-2020-4.pdf',
      join(clean, 'content', 'nanming', '2020-4.pdf'),
    );
    expect(build(clean).status).toBe(0);
    expectSame(added, tree(join(clean, 'dist')));
    for (const d of [dir, clean]) rmSync(d, { recursive: true, force: true });
  }, 1_800_000);
});
