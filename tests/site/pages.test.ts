// The built sample site, page by page, against what the parser reads from the sample issues.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { editorialFiles, readEditorial } from '../../scripts/lib/editorial.ts';
import { editIssue } from '../../src/corrections/apply.ts';
import type { ParsedDocument } from '../../src/parser/index.ts';
import { documentSchema, issueSchema } from '../../src/schema.ts';
import { byDocType, newestFirst } from '../../src/utils/catalog.ts';
import { formatDate } from '../../src/utils/format.ts';
import { paths } from '../../src/utils/url.ts';
import { fileFor, htmlFiles, page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';

const dir = SITES.root.dir;
const samples = readdirSync('content', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.txt'))
  .map((f) => join('content', f));
// The issues as published: the gazettes' settings and the issues' corrections applied.
const parsed = samples.map((path) =>
  editIssue(path, readFileSync(path), readEditorial(editorialFiles(path))),
);
const documents: ParsedDocument[] = parsed.flatMap((r) => r.documents);
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('document pages', () => {
  it.each(documents.map((d) => [d.id, d] as const))(
    '%s shows its title, number, date and issuers',
    (id, doc) => {
      const $ = page(dir, `${id}/`);
      expect($('h1')).toHaveLength(1);
      expect(text($('h1').text())).toBe(doc.title);
      const meta = (label: string) =>
        text($(`.meta-table th:contains("${label}")`).next('td').text());
      expect(meta('发文字号')).toBe(doc.docNumber ?? '');
      expect(meta('成文日期')).toBe(formatDate(doc.date));
      expect(
        $('.meta-table th:contains("发文机关") + td a')
          .map((_, a) => $(a).text())
          .get(),
      ).toEqual(doc.issuers);
      expect($(`link[rel=canonical]`).attr('href')).toBe(`https://gongbao.example.gov.cn/${id}/`);
    },
  );

  it('carry schema.org Legislation JSON-LD that parses', () => {
    for (const doc of documents) {
      const ld = JSON.parse(page(dir, `${doc.id}/`)('script[type="application/ld+json"]').text());
      expect(ld).toMatchObject({
        '@type': 'Legislation',
        name: doc.title,
        isPartOf: { '@type': 'PublicationIssue' },
      });
      if (doc.docNumber) expect(ld.legislationIdentifier).toBe(doc.docNumber);
      if (doc.date) expect(ld.legislationDate).toBe(doc.date);
      expect(ld.legislationPassedBy?.map((o: { name: string }) => o.name) ?? []).toEqual(
        doc.issuers,
      );
    }
  });

  // Issue 24 item 3: the rows a government site's metadata block gives every document.
  it('give 主题分类 and 发布日期 in the metadata block, document.json and the JSON-LD; no 索引号 without a pattern', () => {
    const classed = documents.filter((d) => d.subject);
    expect(classed.length).toBeGreaterThan(20);
    for (const doc of documents) {
      const $ = page(dir, `${doc.id}/`);
      const row = (label: string) => $(`.meta-table th`).filter((_, th) => $(th).text() === label);
      const json = JSON.parse(readFileSync(fileFor(dir, `${doc.id}/document.json`)!, 'utf8'));
      const issue = JSON.parse(
        readFileSync(fileFor(dir, `${doc.issue}/issue.json`)!, 'utf8'),
      ).issue;
      const ld = JSON.parse($('script[type="application/ld+json"]').text());
      // The day the issue was first published online: kept by the build, the same for each document.
      expect(issue.publishedOnline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(json.publishedOnline).toBe(issue.publishedOnline);
      expect(text(row('发布日期').next('td').text())).toBe(formatDate(issue.publishedOnline));
      expect(row('发布日期').next('td').find('time').attr('datetime')).toBe(issue.publishedOnline);
      expect(ld.datePublished).toBe(issue.publishedOnline);
      // 主题分类 as the title's words give it, or no row.
      expect(json.subject).toBe(doc.subject);
      expect(text(row('主题分类').next('td').text())).toBe(doc.subject ?? '');
      expect(ld.about?.name).toBe(doc.subject ?? undefined);
      expect(row('索引号')).toHaveLength(0);
      expect(json.indexNumber).toBeNull();
    }
    // A guess is never a 勘误: nothing was misprinted.
    expect(page(dir, 'kundulun/2017/1/1/')('.doc-corrections').text()).not.toContain('主题分类');
  });

  it('lay out the GB/T 9704 elements in print order: header mark, number, title, addressees, …, date', () => {
    const $ = page(dir, 'nanming/2020/4/1/');
    expect(
      $('article .gbt')
        .map((_, e) => $(e).attr('class')!.replace('gbt gbt-', ''))
        .get(),
    ).toEqual([
      'headerMark',
      'docNumber',
      'title',
      'addressees',
      'date',
      'printing',
      'printing',
      'printing',
    ]);
  });

  it('make tables real tables, merged cells as rowspan', () => {
    const $ = page(dir, 'dawukou/2021/3/1/');
    const table = $('.table-scroll table').first();
    expect(table.find('thead th').first().text()).toBe('镇（街道）');
    expect(table.find('tbody tr').first().find('td').first().attr('rowspan')).toBe('8');
  });

  it('link what a document cites when the cited document is in the site, and list who cites it', () => {
    // 银金党办发〔2018〕47号 cites 银金党办发〔2018〕9号, which is document 1 of the same issue.
    const citing = page(dir, 'jinfeng/2018/2/4/');
    expect(citing('.doc-panel a[href="/jinfeng/2018/2/1/"]').text()).toContain(
      '银金党办发〔2018〕9号',
    );
    const cited = page(dir, 'jinfeng/2018/2/1/');
    expect(cited('.doc-panel h2:contains("被以下文件引用") + ul a').attr('href')).toBe(
      '/jinfeng/2018/2/4/',
    );
  });

  it('keep bold the converter wrote next to CJK punctuation, and roster entries apart (issue 12)', () => {
    const $ = page(dir, 'dawukou/2021/3/5/');
    expect(
      $('article strong')
        .map((_, e) => $(e).text())
        .get(),
    ).toContain('细化措施，压实责任。');
    const roster = page(
      dir,
      'dawukou/2021/3/6/',
    )('article p')
      .map((_, p) => text(page(dir, 'dawukou/2021/3/6/')(p).text()))
      .get();
    expect(roster).toContain('召集人、副组长：秦新春 区教育体育局局长');
  });

  it('link the cited numbers in the text, the attachments to their sections, and list the parts of a long document', () => {
    const cited = page(dir, 'jinfeng/2018/2/4/');
    expect(cited('article a[href="/jinfeng/2018/2/1/"]').first().text()).toMatch(
      /银金党办发.2018.9\s*号/,
    );
    const $ = page(dir, 'qingxin/2018/3/4/');
    const anchors = $('.doc-panel h2:contains("附件") + ol a')
      .map((_, a) => $(a).attr('href')!)
      .get();
    expect(anchors.length).toBe(3);
    for (const anchor of anchors)
      expect($(`article h2[id="${decodeURIComponent(anchor.slice(1))}"]`)).toHaveLength(1);
    const contents = page(
      dir,
      'dawukou/2021/3/2/',
    )('details.doc-contents a')
      .map((_, a) => text(page(dir, 'dawukou/2021/3/2/')(a).text()))
      .get();
    expect(contents).toContain('二、建立健全长效帮扶机制,巩固拓展脱贫攻坚成果');
  });

  // Issue 24: the 目录 of /dawukou/2021/3/3/ had 5 entries for a 38,000 px page.
  it('list a long document’s parts down to （一）, its attachment labelled 附件', () => {
    const $ = page(dir, 'dawukou/2021/3/3/');
    const entries = $('details.doc-contents li')
      .map((_, li) => text($(li).text()))
      .get();
    expect(entries).toContain('（一）指导思想');
    expect(entries).toContain('（七）实施科研兴教提质增效工程');
    expect(entries.filter((e) => e.startsWith('附件'))).toEqual([
      '附件大武口区创建和打造“学在大武口”教育品牌 2021年工作任务计划表',
    ]);
  });

  it('offer their citation as RIS and CSL-JSON records beside the page', () => {
    for (const doc of documents) {
      const ris = readFileSync(fileFor(dir, `${doc.id}/citation.ris`)!, 'utf8');
      expect(ris).toMatch(/^TY {2}- GOVDOC\r\n/);
      expect(ris).toContain(`TI  - ${doc.title}\r\n`);
      const [csl] = JSON.parse(readFileSync(fileFor(dir, `${doc.id}/citation.json`)!, 'utf8'));
      expect([csl.title, csl.number ?? null]).toEqual([doc.title, doc.docNumber]);
    }
    expect(
      page(
        dir,
        'nanming/2020/4/2/',
      )('.doc-panel a[download]')
        .map((_, a) => page(dir, 'nanming/2020/4/2/')(a).attr('href'))
        .get(),
    ).toEqual(['/nanming/2020/4/2/citation.ris', '/nanming/2020/4/2/citation.json']);
  });

  it('say on a printout where it comes from, and copy a full citation', () => {
    const $ = page(dir, 'dawukou/2021/3/3/');
    const url = 'https://gongbao.example.gov.cn/dawukou/2021/3/3/';
    const citation =
      '中共大武口区委办公室、大武口区人民政府办公室：中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知（石大党办发〔2021〕14号），2021年4月19日。载《大武口区人民政府公报》2021年第3期第17页。' +
      url;
    expect($('.doc-actions').attr('data-citation')).toBe(citation);
    expect(text($('article .print-source').text())).toBe(`来源：${citation}`);
  });

  it('link the previous and next document of the issue', () => {
    const $ = page(dir, 'qingxin/2018/3/2/');
    expect($('a[rel=prev]').attr('href')).toBe('/qingxin/2018/3/1/');
    expect($('a[rel=next]').attr('href')).toBe('/qingxin/2018/3/3/');
  });

  it('render 大事记 as a dated list', () => {
    const items = page(dir, 'kundulun/2017/1/4/')('article li');
    expect(items).toHaveLength(12);
    expect(items.first().text()).toMatch(/^11月3日，/);
  });
});

describe('issue pages', () => {
  it.each(parsed.map((r) => [r.issue.id, r] as const))(
    '%s has its cover data, TOC linked to the documents, downloads',
    (id, r) => {
      const $ = page(dir, `${id}/`);
      expect(text($('h1').text())).toContain(r.issue.gazette);
      const tocLinks = $('#toc-heading')
        .parent()
        .find('a')
        .map((_, a) => $(a).attr('href'))
        .get();
      expect(tocLinks).toEqual(
        r.issue.sections.flatMap((s) => s.entries.map((e) => `/${e.document}/`)),
      );
      expect($('a[href$="source.txt"]')).toHaveLength(1);
      const json = JSON.parse(readFileSync(fileFor(dir, `${id}/issue.json`)!, 'utf8'));
      expect(issueSchema.parse(json.issue).id).toBe(id);
      expect(json.documents.map((d: unknown) => documentSchema.parse(d).id)).toEqual(
        r.documents.map((d) => d.id),
      );
      expect(readFileSync(fileFor(dir, `${id}/source.txt`)!)).toEqual(
        readFileSync(r.issue.source.path),
      );
    },
  );

  it('show each document’s 发文字号 in the TOC, also where the printed TOC has none (nanming)', () => {
    const $ = page(dir, 'nanming/2020/4/');
    const numbers = $('.toc-entry .doc-meta')
      .map((_, e) => $(e).text())
      .get();
    const expected = parsed
      .find((r) => r.issue.id === 'nanming/2020/4')!
      .documents.flatMap((d) => (d.docNumber ? [d.docNumber] : []));
    expect(expected.length).toBeGreaterThan(0);
    expect(numbers).toEqual(expected);
  });
});

describe('issuing-body pages', () => {
  const issuers = [...new Set(documents.flatMap((d) => d.issuers))];

  it('exist for every issuing body, each listing exactly its documents', () => {
    const index = page(dir, 'organs/');
    expect(
      index('.plain-list a')
        .map((_, a) => index(a).text())
        .get()
        .sort(),
    ).toEqual([...issuers].sort());
    for (const name of issuers) {
      const $ = page(dir, `organs/${encodeURIComponent(name)}/`);
      expect(text($('h1').text())).toBe(name);
      const listed = $('.doc-list a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort();
      expect(listed).toEqual(
        documents
          .filter((d) => d.issuers.includes(name))
          .map((d) => `/${d.id}/`)
          .sort(),
      );
    }
  });

  it('list documents newest first with counts by year and 文种', () => {
    const $ = page(dir, `organs/${encodeURIComponent('银川市金凤区人民政府办公室')}/`);
    const dates = $('.doc-list .doc-meta')
      .map((_, e) => /(\d{4})年(\d+)月(\d+)日/.exec($(e).text())!.slice(1).map(Number))
      .get();
    expect(dates.length).toBe(10 * 3);
    expect(
      $('.counts li')
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(['2018年：10篇', '通知：10篇']);
    // Each count opens the search filtered to exactly those documents.
    expect(
      $('.counts a')
        .map((_, a) => decodeURIComponent($(a).attr('href')!))
        .get(),
    ).toEqual([
      '/search/?issuer=银川市金凤区人民政府办公室&year=2018',
      '/search/?issuer=银川市金凤区人民政府办公室&docType=通知',
    ]);
  });

  it('give the 金凤 office one page: both names the text uses lead to it (content/jinfeng/gazette.yaml)', () => {
    const $ = page(dir, `organs/${encodeURIComponent('银川市金凤区人民政府办公室')}/`);
    expect(
      $('.doc-list a')
        .map((_, a) => $(a).attr('href'))
        .get()
        .sort(),
    ).toEqual(Array.from({ length: 10 }, (_, i) => `/jinfeng/2018/2/${i + 1}/`).sort());
    expect(fileFor(dir, `organs/${encodeURIComponent('银川市金凤区政府办公室')}/`)).toBeNull();
    const search = page(dir, 'search/');
    const filter = search('select[name=issuer] option')
      .map((_, o) => search(o).attr('value'))
      .get();
    expect(filter).toContain('银川市金凤区人民政府办公室');
    expect(filter).not.toContain('银川市金凤区政府办公室');
  });
});

describe('long lists over pages (the sub-path site, LIST_PAGE_SIZE 4)', () => {
  const { dir, base, listPageSize } = SITES.sub;
  const issueById = new Map(parsed.map((r) => [r.issue.id, r.issue]));
  const lists = [
    ...[...byDocType(documents)].map(([type, docs]) => ({
      name: type,
      path: paths.docType(type),
      docs,
    })),
    ...[...new Set(documents.flatMap((d) => d.issuers))].map((name) => ({
      name,
      path: paths.organ(name),
      docs: documents.filter((d) => d.issuers.includes(name)),
    })),
  ];

  it('has lists long enough to need pages', () => {
    expect(lists.some((l) => l.docs.length > 2 * listPageSize)).toBe(true);
  });

  it.each(lists.map((l) => [l.path, l] as const))(
    '%s: its pages, followed by 下一页, list exactly its documents newest first',
    (_, { name, path, docs }) => {
      const last = Math.ceil(docs.length / listPageSize);
      const listed: string[] = [];
      let at: string | undefined = path;
      for (let n = 1; at !== undefined; n++) {
        const $ = page(dir, at);
        const links = $('.doc-list a')
          .map((_, a) => $(a).attr('href'))
          .get();
        expect(links.length).toBeLessThanOrEqual(listPageSize);
        listed.push(...links);
        if (n === 1) expect($('title').text()).not.toContain('（第');
        else expect($('title').text()).toContain(`（第${n}页）`);
        if (last > 1) expect(text($('.list-pages p').text())).toBe(`第${n}页，共${last}页`);
        else expect($('.list-pages')).toHaveLength(0);
        const prev = $('.list-pages a[rel=prev]').attr('href');
        expect(prev).toBe(n > 1 ? base + (n === 2 ? path : `${path}${n - 1}/`) : undefined);
        const next = $('.list-pages a[rel=next]').attr('href');
        expect(next).toBe(n < last ? `${base}${path}${n + 1}/` : undefined);
        at = next?.slice(base.length);
        expect(text($('h1').text())).toBe(name);
      }
      expect(listed).toEqual(newestFirst(docs, issueById).map((d) => `${base}${d.id}/`));
      expect(fileFor(dir, `${path}${last + 1}/`)).toBeNull();
    },
  );
});

describe('site-wide files', () => {
  it('feeds and sitemaps are well-formed XML listing the documents', () => {
    const xml = new XMLParser({ ignoreAttributes: false });
    for (const file of ['atom.xml', 'nanming/atom.xml', 'sitemap-index.xml', 'sitemap-0.xml']) {
      const body = readFileSync(join(dir, file), 'utf8');
      expect(XMLValidator.validate(body), file).toBe(true);
    }
    const feed = xml.parse(readFileSync(join(dir, 'atom.xml'), 'utf8')).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.entry).toHaveLength(documents.length);
    const sitemap = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
    for (const d of documents) expect(sitemap).toContain(`https://gongbao.example.gov.cn/${d.id}/`);
  });

  it('a 网站地图 for readers lists the sections and every gazette, linked from every page’s footer', () => {
    const $ = page(dir, 'sitemap/');
    expect(
      $('#sitemap-gazettes + ul li')
        .map((_, li) => text($(li).text()))
        .get(),
    ).toEqual([
      '大武口区人民政府公报（2021年，共1期）',
      '贵阳市南明区人民政府公报（2020年，共1期）',
      '昆都仑区人民政府公报（2017年，共1期）',
      '清远市清新区人民政府公报（2018年，共1期）',
      '银川市金凤区人民政府公报（2018年，共1期）',
    ]);
    expect(page(dir, 'nanming/2020/4/1/')('.site-footer a:contains("网站地图")').attr('href')).toBe(
      '/sitemap/',
    );
  });

  it('robots.txt points at the sitemap and a 404 page exists', () => {
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(
      'Sitemap: https://gongbao.example.gov.cn/sitemap-index.xml',
    );
    expect(page(dir, '404.html')('h1').text()).toBe('页面不存在');
  });

  it('reading pages load no script, only inline enhancements of a few lines, and say they are Chinese', () => {
    for (const file of htmlFiles(dir).filter((f) => !f.startsWith('search/'))) {
      const $ = page(dir, file);
      expect($('html').attr('lang'), file).toBe('zh-CN');
      const scripts = $('script:not([type="application/ld+json"])');
      expect(scripts.filter('[src]'), file).toHaveLength(0);
      expect(
        scripts
          .map((_, s) => $(s).attr('data-enhancement'))
          .get()
          .sort(),
        file,
      ).toEqual(file.split('/').length === 5 ? ['document-actions', 'text-size'] : ['text-size']);
      for (const s of scripts) expect($(s).text().length, file).toBeLessThan(1000);
    }
  });

  it('no page shows converter markup: no **, __, [](…), <http…> or markdown escapes in its text', () => {
    for (const file of htmlFiles(dir)) {
      const $ = page(dir, file);
      $('script, style, noscript').remove();
      expect(
        $('body')
          .text()
          .match(/\*\*|__|\]\(|<https?:|\\[*_[\]<>`#]/g),
        file,
      ).toBeNull();
    }
  });

  it('a typical document page weighs at most 40 KB compressed, HTML and CSS', () => {
    const weights = documents
      .map((d) => {
        const file = fileFor(dir, `${d.id}/`)!;
        const html = readFileSync(file, 'utf8');
        const css = page(
          dir,
          `${d.id}/`,
        )('link[rel=stylesheet]')
          .map((_, l) => readFileSync(join(dir, l.attribs.href!), 'utf8'))
          .get()
          .join('');
        return gzipSync(html).length + gzipSync(css).length;
      })
      .sort((a, b) => a - b);
    const median = weights[weights.length >> 1]!;
    expect(median).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('发文目录 pages', () => {
  it('link the listed documents that are in the site and leave the others as printed', () => {
    const $ = page(dir, 'kundulun/2017/1/5/');
    const items = $('article li')
      .map((_, li) => [
        [$(li).find('a').attr('href') ?? null, /〔2017〕(\d+)号/.exec($(li).text())![1]],
      ])
      .get();
    expect(items).toEqual([
      ['/kundulun/2017/1/1/', '25'],
      [null, '26'],
      ['/kundulun/2017/1/2/', '115'],
      [null, '116'],
      [null, '119'],
      [null, '120'],
      [null, '121'],
      [null, '122'],
      [null, '123'],
      ['/kundulun/2017/1/3/', '125'],
      [null, '128'],
    ]);
  });
});

describe('what the editor set', () => {
  it('a gazette’s archive page shows the description of its gazette.yaml', () => {
    expect(text(page(dir, 'kundulun/')('.page-intro').first().text())).toBe(
      '《昆都仑区人民政府公报》是昆都仑区人民政府办公室创办，由区政府办公室信息督查室负责编辑出版的面向社会公开发行的政府出版物。',
    );
  });

  it('a corrected document says which fields the editor corrected, and its data records the parser’s values', () => {
    const $ = page(dir, 'kundulun/2017/1/1/');
    expect(
      $('.doc-corrections li')
        .map((_, li) => text($(li).text()))
        .get(),
    ).toEqual([
      '发文机关：刊印为“昆都仑区人民政府办公室”，更正为“昆都仑区人民政府”。',
      expect.stringMatching(/^标题：刊印为“.+”，更正为“.+”。$/),
    ]);
    expect(page(dir, 'kundulun/2017/1/2/')('.doc-corrections')).toHaveLength(0);
    const json = JSON.parse(readFileSync(fileFor(dir, 'kundulun/2017/1/1/document.json')!, 'utf8'));
    expect(json.provenance).toEqual([
      {
        field: 'issuers',
        parsed: ['昆都仑区人民政府办公室'],
        file: 'content/kundulun/2017-1.fix.yaml',
        line: 9,
      },
      {
        field: 'title',
        parsed: '昆都仑区人民政府办公室关于印发昆都仑区土壤污染防治行动方案的通知',
        file: 'content/kundulun/2017-1.fix.yaml',
        line: 10,
      },
    ]);
  });
});
