// What a snapshot holds, from a real sample issue's records and stand-in pages (the built
// pages themselves are checked in tests/snapshot/snapshot.test.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';
import { snapshotContents } from '../../src/snapshot/contents.ts';

const path = 'content/nanming/2020-4.txt';
const { issue, documents } = parseIssue(path, readFileSync(path));
const page = (links: string) =>
  `<html><head><link rel="stylesheet" href="/gongbao/_astro/a.css"></head><body>${links}</body></html>`;
const read = (sitePath: string) =>
  new TextEncoder().encode(
    sitePath.endsWith('index.html')
      ? page('<a href="/gongbao/nanming/2020/4/2/">二</a><a href="/gongbao/organs/x/">机关</a>')
      : `file ${sitePath}`,
  );
const files = snapshotContents(
  issue,
  documents,
  read,
  new Map(documents.map((d) => [d.id, d.title])),
  {
    siteUrl: 'https://gongbao.example.gov.cn',
    base: '/gongbao/',
    generator: 'Gongbao 0.1.0',
    bagging: null,
  },
);
const text = (name: string) => new TextDecoder().decode(files.get(name)!);

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
    expect(text('bag-info.txt')).not.toContain('Bagging-Date');
  });
});
