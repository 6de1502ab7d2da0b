// What a snapshot holds, from a real sample issue's records and stand-in pages (the built
// pages themselves are checked in tests/snapshot/snapshot.test.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';
import { type SnapshotSettings, snapshotContents } from '../../src/snapshot/contents.ts';
import { verifyBag } from '../support/bag.ts';

const path = 'content/nanming/2020-4.txt';
const { issue, documents } = parseIssue(path, readFileSync(path));
const page = (links: string) =>
  `<html><head><link rel="stylesheet" href="/gongbao/_astro/a.css"></head><body><main>${links}</main></body></html>`;
const read = (sitePath: string) =>
  new TextEncoder().encode(
    sitePath.endsWith('index.html')
      ? page('<a href="/gongbao/nanming/2020/4/2/">二</a><a href="/gongbao/organs/x/">机关</a>')
      : `file ${sitePath}`,
  );
const SETTINGS: SnapshotSettings = {
  siteUrl: 'https://gongbao.example.gov.cn',
  base: '/gongbao/',
  generator: 'Gongbao 0.1.0',
  epoch: undefined,
  organization: '贵阳市南明区人民政府办公室',
  contactName: '南明区人民政府办公室信息科',
  contactEmail: 'gongbao@example.gov.cn',
};
const snapshot = (settings: Partial<SnapshotSettings> = {}) =>
  snapshotContents(issue, documents, read, new Map(documents.map((d) => [d.id, d.title])), {
    ...SETTINGS,
    ...settings,
  });
const files = snapshot();
const textOf = (bag: Map<string, Uint8Array>, name: string) =>
  new TextDecoder().decode(bag.get(name)!);
const text = (name: string) => textOf(files, name);

describe('a snapshot’s contents', () => {
  it('hold the issue page, every document page and its data, the source, the stylesheet and the offline search', () => {
    const names = [...files.keys()].filter((n) => n.startsWith('data/')).sort();
    expect(names).toEqual(
      [
        'data/_astro/a.css',
        'data/favicon.svg',
        'data/index.html',
        'data/issue.json',
        'data/search.html',
        'data/source.txt',
        ...documents.flatMap((d) => [
          `data/${d.order}/document.json`,
          `data/${d.order}/index.html`,
        ]),
      ].sort(),
    );
  });

  it('link the issue’s pages relatively and everything else to the live site', () => {
    expect(text('data/1/index.html')).toContain('href="../2/index.html"');
    expect(text('data/1/index.html')).toContain('https://gongbao.example.gov.cn/gongbao/organs/x/');
  });

  it('name the issue, its source’s SHA-256 and where it is online in bag-info', () => {
    expect(text('bag-info.txt')).toContain(`Source-SHA256: ${issue.source.sha256}`);
    expect(text('bag-info.txt')).toContain(
      'Online-URL: https://gongbao.example.gov.cn/gongbao/nanming/2020/4/',
    );
  });

  // Issue 24: bag-info had no Source-Organization or contact, and a Bagging-Date only with
  // SOURCE_DATE_EPOCH.
  it('say who holds and answers for the archive, in the fields RFC 8493 gives them, first', () => {
    expect(text('bag-info.txt')).toMatch(
      /^Source-Organization: 贵阳市南明区人民政府办公室\nContact-Name: 南明区人民政府办公室信息科\nContact-Email: gongbao@example.gov.cn\n/,
    );
    const unset = textOf(
      snapshot({ organization: '', contactName: '', contactEmail: '' }),
      'bag-info.txt',
    );
    expect(unset).not.toMatch(/Source-Organization|Contact-/);
  });

  it('date the bag by SOURCE_DATE_EPOCH, or else by the issue’s 出版日期', () => {
    expect(text('bag-info.txt')).toContain('Bagging-Date: 2020-08-25\n');
    // 2026-12-07T00:00:00Z
    const stamped = snapshot({ epoch: 1796601600 });
    expect(textOf(stamped, 'bag-info.txt')).toContain('Bagging-Date: 2026-12-07\n');
    expect(textOf(stamped, 'data/2/index.html')).toContain(
      '存档副本（2020年8月25日出版，2026年12月7日存档）。',
    );
    const undated = snapshotContents(
      { ...issue, published: null },
      documents,
      read,
      new Map(),
      SETTINGS,
    );
    expect(textOf(undated, 'bag-info.txt')).not.toContain('Bagging-Date');
  });

  it('say on every page that it is an archived copy, with the live page’s URL', () => {
    const html = text('data/2/index.html');
    expect(html).toContain(
      '<p class="archive-banner" role="note">存档副本（2020年8月25日出版）。<a href="https://gongbao.example.gov.cn/gongbao/nanming/2020/4/2/" data-live rel="external" title="https://gongbao.example.gov.cn/gongbao/nanming/2020/4/2/">在线版本</a></p>',
    );
  });

  it('tell whoever unpacks the bag to open data/index.html, in a README.txt the tag manifest covers', () => {
    expect(text('README.txt')).toContain('用浏览器打开 data/index.html');
    expect(text('README.txt')).toContain(
      '在线版本：https://gongbao.example.gov.cn/gongbao/nanming/2020/4/',
    );
    expect(text('tagmanifest-sha256.txt')).toMatch(/ {2}README\.txt\n/);
    // Only the stand-in source.txt of this test is off; README.txt is a tag file like the others.
    expect(verifyBag(files)).toEqual(['bag-info.txt: Source-SHA256 与 data/source.txt 不符']);
  });
});

describe('a snapshot’s 有效性', () => {
  // The row as DocumentValidity.astro writes it, one stated by an editor.
  const row = (word: string, editor: boolean) =>
    `<table><tr><th scope="row">有效性</th><td class="doc-validity" data-validity="${word}">${word}${editor ? '<span class="doc-validity-source">（编辑注明）</span>' : ''}</td></tr></table>`;
  const snapshot = (word: string, editor = false) =>
    new TextDecoder().decode(
      snapshotContents(
        issue,
        documents,
        (sitePath) =>
          new TextEncoder().encode(
            sitePath.endsWith('index.html') ? page(row(word, editor)) : `file ${sitePath}`,
          ),
        new Map(),
        SETTINGS,
      ).get('data/1/index.html')!,
    );

  it('says it is the word of the day it was archived, whatever the build’s day', () => {
    expect(snapshot('失效')).toContain(
      '<td class="doc-validity" data-validity="失效">存档时：失效</td>',
    );
    expect(snapshot('已废止', true)).toContain(
      '存档时：已废止<span class="doc-validity-source">（编辑注明）</span></td>',
    );
  });
});

describe('a snapshot of an issue with a printed PDF', () => {
  const pdf = readFileSync('tests/fixtures/printed/nanming-2020-4.pdf');
  const withPdf = snapshotContents(
    issue,
    documents,
    (sitePath) =>
      sitePath === 'nanming/2020/4/nanming-2020-4.pdf'
        ? pdf
        : sitePath === 'nanming/2020/4/source.txt'
          ? readFileSync(path)
          : sitePath.endsWith('index.html')
            ? new TextEncoder().encode(
                page('<a href="/gongbao/nanming/2020/4/nanming-2020-4.pdf#page=7">印刷版 PDF</a>'),
              )
            : read(sitePath),
    new Map(),
    { ...SETTINGS, printed: true },
  );
  const tag = (name: string) => new TextDecoder().decode(withPdf.get(name)!);

  it('holds it, byte for byte, with its SHA-256 in the manifest, named in bag-info and the README', () => {
    expect(withPdf.get('data/nanming-2020-4.pdf')).toEqual(pdf);
    expect(tag('manifest-sha256.txt')).toContain(
      `${createHash('sha256').update(pdf).digest('hex')}  data/nanming-2020-4.pdf\n`,
    );
    expect(tag('bag-info.txt')).toContain('Printed-File: data/nanming-2020-4.pdf\n');
    expect(tag('README.txt')).toContain('印刷版：data/nanming-2020-4.pdf');
    expect(verifyBag(withPdf)).toEqual([]);
  });

  it('links the page in it from the pages, relatively', () => {
    expect(tag('data/3/index.html')).toContain('href="../nanming-2020-4.pdf#page=7"');
    expect(tag('data/index.html')).toContain('href="nanming-2020-4.pdf#page=7"');
  });

  it('is not there without one', () => {
    expect([...files.keys()].filter((n) => n.endsWith('.pdf'))).toEqual([]);
    expect(text('bag-info.txt')).not.toContain('Printed-File');
  });
});
