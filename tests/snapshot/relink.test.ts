import { describe, expect, it } from 'vitest';
import { relinkPage } from '../../src/snapshot/relink.ts';

const SITE = { siteUrl: 'https://gongbao.example.gov.cn', base: '/', fileFor: (p: string) => (p === 'nanming/2020/4/2/' ? '2/index.html' : null) };

describe('a snapshot page relinked', () => {
  it('links to pages of the issue relatively and to anything else on the live site', () => {
    const html = relinkPage('<a href="/nanming/2020/4/2/">二</a><a href="/organs/%E5%B1%80/">局</a>', 'nanming/2020/4/1/', '1/index.html', SITE);
    expect(html).toContain('<a href="../2/index.html">二</a>');
    expect(html).toContain('<a href="https://gongbao.example.gov.cn/organs/%E5%B1%80/">局</a>');
  });

  it('keeps as written a link to the site with percent-escapes that are not UTF-8 (GBK %C4%CF)', () => {
    const link = '<a href="https://gongbao.example.gov.cn/%C4%CF%C3%F7/">南明</a>';
    expect(relinkPage(`<p>${link}</p>`, 'nanming/2020/4/1/', '1/index.html', SITE)).toContain(link);
  });
});
