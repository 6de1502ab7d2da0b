// Links in a snapshot page: inside the archive, relative; the site's home, the snapshot's
// issue page; anything else, the live site, marked as leaving the archive.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { relinkPage } from '../../src/snapshot/relink.ts';

const html = `<a class="site-name" href="/gongbao/">政府公报</a><a href="/gongbao/organs/">发文机关</a>
<a href="/gongbao/qingxin/">清远市清新区人民政府公报</a><a href="/gongbao/qingxin/2018/3/">2018年第3期</a>
<a href="/gongbao/qingxin/2018/3/2/">下一篇</a><a href="#top">回到顶部</a>`;
const files = new Map([['qingxin/2018/3/', 'index.html'], ['qingxin/2018/3/2/', '2/index.html']]);
const relinked = load(relinkPage(html, 'qingxin/2018/3/1/', '1/index.html', {
  siteUrl: 'https://gongbao.example.gov.cn', base: '/gongbao/', fileFor: (p) => files.get(p) ?? null, home: 'index.html',
}));
const links = relinked('a').map((_, a) => [[relinked(a).attr('href'), a.attribs['data-live'] !== undefined]]).get();

describe('relinkPage', () => {
  it('keeps navigation inside the archive: the home is the issue page', () => {
    expect(links.slice(0, 1)).toEqual([['../index.html', false]]);
    expect(links.slice(3)).toEqual([['../index.html', false], ['../2/index.html', false], ['#top', false]]);
  });

  it('marks a link to the live site as leaving the archive', () => {
    expect(links.slice(1, 3)).toEqual([
      ['https://gongbao.example.gov.cn/gongbao/organs/', true],
      ['https://gongbao.example.gov.cn/gongbao/qingxin/', true],
    ]);
    expect(relinked('a[data-live]').first().attr('title')).toBe('在线网站（离开本存档）');
  });
});
