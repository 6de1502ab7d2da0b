import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/schema.ts';
import {
  byIssuer,
  citationOf,
  citedBy,
  countBy,
  documentDate,
  documentDescription,
  newestFirst,
} from '../../src/utils/catalog.ts';
import { corrections, formatDate, issueLabel, kindLabel } from '../../src/utils/format.ts';
import { attachmentAnchors, contentsOf } from '../../src/utils/outline.ts';
import { basePath, href, nameSegment, paths } from '../../src/utils/url.ts';

describe('url', () => {
  it('puts every path under the base, with or without its trailing slash', () => {
    expect(href('nanming/2020/4/', '/')).toBe('/nanming/2020/4/');
    expect(href('/nanming/2020/4/', '/gongbao')).toBe('/gongbao/nanming/2020/4/');
    expect(href('', '/gongbao/')).toBe('/gongbao/');
    expect(basePath('/a/b')).toBe('/a/b/');
  });

  it('percent-encodes the Chinese segments of issuing-body and 文种 paths', () => {
    expect(paths.organ('大武口区人民政府')).toBe(
      'organs/%E5%A4%A7%E6%AD%A6%E5%8F%A3%E5%8C%BA%E4%BA%BA%E6%B0%91%E6%94%BF%E5%BA%9C/',
    );
    expect(paths.search('南府办函〔2020〕47号')).toMatch(/^search\/\?q=%E5%8D%97/);
  });

  it('gives any name from the text one safe path segment of its own (a signature line “../../../escape局”)', () => {
    const hostile = [
      '../../../escape局',
      '..',
      '.',
      'a/b',
      'a%2Fb',
      '局?x#y',
      ' 局 ',
      '局\0',
      'C:\\局',
      '%',
      '',
    ];
    const segments = hostile.map(nameSegment);
    for (const segment of segments) {
      expect(segment).toMatch(/^[\p{L}\p{N}\p{M}（）()〔〕、·・_-]+$/u);
      expect(segment).not.toMatch(/^\.+$/);
      expect(paths.organ(hostile[segments.indexOf(segment)]!)).toBe(
        `organs/${encodeURIComponent(segment)}/`,
      );
    }
    expect(new Set(segments).size).toBe(hostile.length);
    expect(nameSegment('../../../escape局')).toMatch(/^escape局-[0-9a-f]{8}$/);
    for (const name of [
      '贵阳市南明区人民政府办公室',
      '中共大武口区委员会',
      '银川市金凤区党委办公室',
      '通知',
    ])
      expect(nameSegment(name)).toBe(name);
  });

  // A file name holds at most 255 bytes: 85 Han characters in UTF-8.
  it('gives a name too long for a file name a shortened segment with its hash', () => {
    const body = '关于进一步加强和改进全区机关事务管理工作的实施意见'.repeat(4); // 100 characters
    const names = [
      `${body}办公室`,
      `${body}委员会`,
      `../${body}/局`,
      '局'.repeat(85),
      '局'.repeat(86),
    ];
    const segments = names.map(nameSegment);
    expect(new Set(segments).size).toBe(names.length);
    expect(segments[3]).toBe(names[3]); // 255 bytes: still a file name
    const dir = mkdtempSync(join(tmpdir(), 'gongbao-segment-'));
    for (const [i, segment] of segments.entries()) {
      expect(Buffer.byteLength(segment)).toBeLessThanOrEqual(255);
      if (i !== 3) expect(segment).toMatch(/^[关局][^-]*-[0-9a-f]{8}$/u);
      // What the site run does for /organs/<segment>/ and /types/<segment>/.
      mkdirSync(join(dir, 'organs', segment), { recursive: true });
      writeFileSync(join(dir, 'organs', segment, 'index.html'), '');
    }
    rmSync(dir, { recursive: true });
  });
});

describe('format', () => {
  it('says what a corrections file changed, printed and corrected, not what the organ table made canonical', () => {
    const fix = 'content/kundulun/2017-1.fix.yaml';
    const record = {
      sourceLines: [791, 799],
      issuers: ['昆都仑区人民政府'],
      title: '昆区政府下发文件目录',
      date: '2017-12-08',
      provenance: [
        { field: 'sourceLines', parsed: [791, 823], file: fix },
        { field: 'issuers', parsed: ['昆区政府'], file: 'content/kundulun/gazette.yaml' },
        { field: 'title', parsed: '昆都仑区人民政府下发文件目录', file: fix },
        { field: 'date', parsed: null, file: fix },
      ],
    };
    expect(corrections(record)).toEqual([
      { label: '起止位置', printed: '原文第791至823行', corrected: '原文第791至799行' },
      { label: '标题', printed: '昆都仑区人民政府下发文件目录', corrected: '昆区政府下发文件目录' },
      { label: '成文日期', printed: '未注明', corrected: '2017年12月8日' },
    ]);
    expect(corrections({})).toEqual([]);
  });

  it('writes dates and issues the Chinese way', () => {
    expect(formatDate('2020-08-06')).toBe('2020年8月6日');
    expect(formatDate(null)).toBe('');
    expect(issueLabel({ year: 2020, number: 4, totalNumber: 64 })).toBe('2020年第4期（总第64期）');
    expect(issueLabel({ year: 2018, number: 3, totalNumber: null })).toBe('2018年第3期');
    expect(kindLabel('chronicle', null)).toBe('大事记');
    expect(kindLabel('document', '决定')).toBe('决定');
  });
});

describe('catalog', () => {
  const doc = (id: string, date: string | null, issuers: string[], extra: object = {}) => ({
    id,
    issue: id.split('/').slice(0, 3).join('/'),
    order: Number(id.split('/')[3]),
    date,
    issuers,
    docType: '通知',
    cites: [] as string[],
    ...extra,
  });

  const issue = (id: string, published: string | null) =>
    ({
      id,
      gazette: '某区人民政府公报',
      year: Number(id.split('/')[1]),
      number: Number(id.split('/')[2]),
      totalNumber: null,
      published,
    }) as Issue;

  it('dates a document by its 成文日期, else its issue: published, else 1 January of its year', () => {
    expect(documentDate({ date: '2020-01-05' }, issue('a/2020/1', '2020-02-01'))).toBe(
      '2020-01-05',
    );
    expect(documentDate({ date: null }, issue('a/2020/1', '2020-02-01'))).toBe('2020-02-01');
    expect(documentDate({ date: null }, issue('a/2020/1', null))).toBe('2020-01-01');
  });

  it('describes a document by its number, issuers and issue, leaving out what it lacks', () => {
    expect(
      documentDescription(
        { docNumber: '南府发〔2020〕25号', issuers: ['甲', '乙'] },
        issue('a/2020/4', null),
      ),
    ).toBe('南府发〔2020〕25号，甲、乙，某区人民政府公报2020年第4期');
    expect(documentDescription({ docNumber: null, issuers: [] }, issue('a/2020/4', null))).toBe(
      '某区人民政府公报2020年第4期',
    );
  });

  it('orders newest first, undated documents by their issue', () => {
    const docs = [
      doc('a/2020/1/1', '2020-01-05', []),
      doc('a/2020/1/2', null, []),
      doc('a/2021/1/1', '2021-03-01', []),
      doc('a/2019/1/1', null, []),
    ];
    const issues = new Map(
      [
        issue('a/2020/1', '2020-02-01'),
        issue('a/2021/1', '2021-04-01'),
        issue('a/2019/1', null),
      ].map((i) => [i.id, i]),
    );
    expect(newestFirst(docs, issues).map((d) => d.id)).toEqual([
      'a/2021/1/1',
      'a/2020/1/2',
      'a/2020/1/1',
      'a/2019/1/1',
    ]);
  });

  it('groups by every issuer of a joint document, in pinyin order, and counts', () => {
    const docs = [doc('a/2020/1/1', null, ['甲', '乙']), doc('a/2020/1/2', null, ['乙'])];
    expect([...byIssuer(docs)].map(([k, v]) => [k, v.map((d) => d.id)])).toEqual([
      ['甲', ['a/2020/1/1']],
      ['乙', ['a/2020/1/1', 'a/2020/1/2']],
    ]);
    expect(countBy(docs, (d) => d.docType)).toEqual([['通知', 2]]);
  });

  it('knows who cites a number', () => {
    const docs = [
      doc('a/2020/1/1', null, [], { cites: ['国发〔2006〕7号'] }),
      doc('a/2020/1/2', null, [], { cites: ['国发〔2006〕7号'] }),
    ];
    expect(
      citedBy(docs)
        .get('国发〔2006〕7号')
        ?.map((d) => d.id),
    ).toEqual(['a/2020/1/1', 'a/2020/1/2']);
  });
});

describe('citation', () => {
  const issue = { gazette: '大武口区人民政府公报', year: 2021, number: 3 };
  const doc = {
    title:
      '中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知',
    docNumber: '石大党办发〔2021〕14号',
    issuers: ['中共大武口区委办公室', '大武口区人民政府办公室'],
    date: '2021-04-19',
    tocPage: 17,
  };
  const url = 'https://gongbao.example.gov.cn/dawukou/2021/3/3/';

  it('gives issuer, title, number, date, the issue and page it is printed in, and the URL', () =>
    expect(citationOf(doc, issue, url)).toBe(
      `中共大武口区委办公室、大武口区人民政府办公室：${doc.title}（石大党办发〔2021〕14号），2021年4月19日。载《大武口区人民政府公报》2021年第3期第17页。${url}`,
    ));

  it('leaves out what the document does not state', () =>
    expect(
      citationOf({ ...doc, docNumber: null, issuers: [], date: null, tocPage: null }, issue, url),
    ).toBe(`${doc.title}。载《大武口区人民政府公报》2021年第3期。${url}`));
});

describe('outline', () => {
  // The headings of qingxin/2018/3/4: its attachments' titles, as the panel and the body print them.
  const headings = [
    { depth: 2, slug: 'a', text: '清远市清新区2018年“厕所革命”工程建设方案' },
    { depth: 3, slug: 'b', text: '一、指导思想' },
    { depth: 4, slug: 'c', text: '（一）工作目标' },
    { depth: 2, slug: 'd', text: '清远市清新区中心城区公厕改建（造）计划' },
  ];

  it('lists the headings down to （一）, the attachments labelled, and none for a short document', () => {
    expect(contentsOf(headings, ['d']).map((h) => [h.slug, h.label])).toEqual([
      ['a', null],
      ['b', null],
      ['c', null],
      ['d', '附件'],
    ]);
    expect(contentsOf(headings, [null, 'd']).at(-1)!.label).toBe('附件2');
    expect(contentsOf(headings.slice(3))).toEqual([]);
  });

  it('finds the section of each attachment by its title, whatever its punctuation', () => {
    expect(
      attachmentAnchors(['清远市清新区中心城区公厕改建(造)计划', '镇级公厕计划'], headings),
    ).toEqual(['d', null]);
  });
});
