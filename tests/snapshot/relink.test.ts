import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { relative, relinkPage } from '../../src/snapshot/relink.ts';

describe('relative', () => {
  it.each([
    ['index.html', '1/index.html', '1/index.html'],
    ['1/index.html', 'index.html', '../index.html'],
    ['1/index.html', '2/index.html', '../2/index.html'],
    ['1/index.html', '_astro/a.css', '../_astro/a.css'],
    ['index.html', 'index.html', 'index.html'],
  ])('from %s to %s is %s', (from, to, expected) => expect(relative(from, to)).toBe(expected));
});

describe('relinkPage', () => {
  const files: Record<string, string> = {
    'nanming/2020/4/': 'index.html',
    'nanming/2020/4/2/': '2/index.html',
    '_astro/a.css': '_astro/a.css',
  };
  const options = {
    siteUrl: 'https://gongbao.example.gov.cn',
    base: '/gongbao/',
    fileFor: (p: string) => files[p] ?? null,
  };
  const page = (body: string) =>
    `<html><head><link rel="stylesheet" href="/gongbao/_astro/a.css"><link rel="canonical" href="https://gongbao.example.gov.cn/gongbao/nanming/2020/4/1/"></head><body>${body}</body></html>`;

  it('writes a page whose links all stay as they are back byte for byte', () => {
    // As Astro writes pages: boolean attributes bare, Chinese as characters, escapes where HTML needs them.
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body><input type="radio" name="text-size" checked><p title="&quot;南明区&quot;">关于印发&lt;script&gt;的通知 &amp; 附件</p><a href="https://www.gov.cn/?a=1&amp;b=2">中国政府网</a><script type="application/ld+json">{"name":"\\u003c/script>"}</script></body></html>`;
    expect(relinkPage(html, 'nanming/2020/4/1/', '1/index.html', options)).toBe(html);
  });

  it('points links to pages of the snapshot at their files, relatively, keeping the fragment', () => {
    const html = relinkPage(
      page('<a href="/gongbao/nanming/2020/4/2/#fujian-1">2</a><a href="../">issue</a>'),
      'nanming/2020/4/1/',
      '1/index.html',
      options,
    );
    expect(html).toContain('href="../2/index.html#fujian-1"');
    expect(html).toContain('href="../index.html"');
    expect(html).toContain('href="../_astro/a.css"');
  });

  it('points everything else, and the canonical link, at the live site', () => {
    const html = relinkPage(
      page('<a href="/gongbao/organs/%E5%8D%97/">organ</a><a href="#top">top</a>'),
      'nanming/2020/4/1/',
      '1/index.html',
      options,
    );
    expect(html).toContain('href="https://gongbao.example.gov.cn/gongbao/organs/%E5%8D%97/"');
    expect(html).toContain('href="https://gongbao.example.gov.cn/gongbao/nanming/2020/4/1/"');
    expect(html).toContain('href="#top"');
  });

  it('leaves links to other sites as they are', () => {
    const html = relinkPage(
      page('<a href="https://www.gov.cn/zhengce/">gov.cn</a>'),
      'nanming/2020/4/1/',
      '1/index.html',
      options,
    );
    expect(html).toContain('href="https://www.gov.cn/zhengce/"');
  });

  it('keeps as written a link to the site with percent-escapes that are not UTF-8 (GBK %C4%CF)', () => {
    const link = '<a href="https://gongbao.example.gov.cn/gongbao/%C4%CF%C3%F7/">南明</a>';
    // Kept as written, and marked as a link to the live site (no page of the snapshot has that path).
    expect(relinkPage(page(link), 'nanming/2020/4/1/', '1/index.html', options)).toContain(
      '<a href="https://gongbao.example.gov.cn/gongbao/%C4%CF%C3%F7/" data-live rel="external"',
    );
  });
});

// The site's home is the snapshot's issue page; a link to the live site is marked as leaving the archive.
describe('relinkPage, navigation of the archive', () => {
  const html = `<a class="site-name" href="/gongbao/">政府公报</a><a href="/gongbao/organs/">发文机关</a>
<a href="/gongbao/qingxin/">清远市清新区人民政府公报</a><a href="/gongbao/qingxin/2018/3/">2018年第3期</a>
<a href="/gongbao/qingxin/2018/3/2/">下一篇</a><a href="#top">回到顶部</a>`;
  const files = new Map([
    ['qingxin/2018/3/', 'index.html'],
    ['qingxin/2018/3/2/', '2/index.html'],
  ]);
  const relinked = load(
    relinkPage(html, 'qingxin/2018/3/1/', '1/index.html', {
      siteUrl: 'https://gongbao.example.gov.cn',
      base: '/gongbao/',
      fileFor: (p) => files.get(p) ?? null,
      home: 'index.html',
    }),
  );
  const links = relinked('a')
    .map((_, a) => [[relinked(a).attr('href'), a.attribs['data-live'] !== undefined]])
    .get();

  it('keeps navigation inside the archive: the home is the issue page', () => {
    expect(links.slice(0, 1)).toEqual([['../index.html', false]]);
    expect(links.slice(3)).toEqual([
      ['../index.html', false],
      ['../2/index.html', false],
      ['#top', false],
    ]);
  });

  it('marks a link to the live site as leaving the archive', () => {
    expect(links.slice(1, 3)).toEqual([
      ['https://gongbao.example.gov.cn/gongbao/organs/', true],
      ['https://gongbao.example.gov.cn/gongbao/qingxin/', true],
    ]);
    expect(relinked('a[data-live]').first().attr('title')).toBe('在线网站（离开本存档）');
  });
});
