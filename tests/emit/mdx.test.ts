// The MDX emitter: escaping is the serializer's, tables get rowspans, headings never skip a level.
import type { ListItem, PhrasingContent, Root } from 'mdast';
import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { editIssue } from '../../src/corrections/apply.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { bodyToMdx, documentToMdx, listedNumbers, MDX_SYNTAX } from '../../src/emit/mdx.ts';
import { parseSettings } from '../../src/settings/index.ts';
import { firstDocument } from '../parser/helpers.ts';
import { HOSTILE } from '../support/hostile.ts';

const text = (value: string) => ({ type: 'text' as const, value });

describe('bodyToMdx', () => {
  it('escapes what MDX would read as code or markup', () => {
    const mdx = bodyToMdx({
      type: 'root',
      children: [{ type: 'paragraph', children: [text('见{附件}和<表1>，1. 不是列表')] }],
    });
    expect(mdx).toBe('见\\{附件}和\\<表1>，1. 不是列表\n');
  });

  it('writes a GB/T 9704 element on one line so that its content stays phrasing', () => {
    const mdx = bodyToMdx({
      type: 'root',
      children: [{ type: 'gbtElement', name: 'title', children: [text('关于{甲}的通知')] }],
    });
    expect(mdx).toBe('<Gbt el="title">关于\\{甲}的通知</Gbt>\n');
  });

  it('turns merged leading cells into a rowspan and names the scrolling region', () => {
    const cell = (v: string, merged = false) => ({
      type: 'tableCell' as const,
      children: v ? [text(v)] : [],
      ...(merged ? { data: { merged: true } } : {}),
    });
    const root: Root = {
      type: 'root',
      children: [
        {
          type: 'table',
          children: [
            { type: 'tableRow', children: [cell('镇'), cell('村')] },
            { type: 'tableRow', children: [cell('星海镇'), cell('祥河村')] },
            { type: 'tableRow', children: [cell('', true), cell('星光村')] },
          ],
        },
      ],
    };
    const mdx = bodyToMdx(root).replace(/\s+/g, ' ');
    expect(mdx).toContain(
      '<div class="table-scroll" role="region" aria-label="表格1（可左右滑动）" tabindex="0">',
    );
    expect(mdx).toContain('<td rowspan="2"> 星海镇 </td>');
    expect(mdx.match(/<td/g)).toHaveLength(3);
  });

  it('lifts headings that would skip a level under the <h1>', () => {
    const h = (depth: 3 | 4 | 5, v: string) => ({
      type: 'heading' as const,
      depth,
      children: [text(v)],
    });
    expect(
      bodyToMdx({ type: 'root', children: [h(4, '（一）甲'), h(5, '1.乙'), h(3, '二、丙')] }),
    ).toBe('## （一）甲\n\n### 1.乙\n\n### 二、丙\n');
  });
});

describe('cited numbers in the text', () => {
  // jinfeng/2018-2.txt: 银金党办发〔2018〕47号 cites 银金党办发〔2018〕9号 in its text.
  it('makes each 发文字号 the document cites a <DocRef>, as printed, in paragraphs and tables', () => {
    const root: Root = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            text('根据《实施意见》（银金党办发[2018]9 号）要求，'),
            { type: 'strong', children: [text('按照银金党办发〔2018〕9号')] },
          ],
        },
        { type: 'gbtElement', name: 'docNumber', children: [text('银金党办发〔2018〕47号')] },
      ],
    };
    const mdx = bodyToMdx(root, ['银金党办发〔2018〕9号']);
    expect(mdx).toContain(
      '（<DocRef number="银金党办发〔2018〕9号">银金党办发\\[2018]9 号</DocRef>）要求，',
    );
    expect(mdx).toContain(
      '**按照<DocRef number="银金党办发〔2018〕9号">银金党办发〔2018〕9号</DocRef>**',
    );
    expect(mdx).toContain('<Gbt el="docNumber">银金党办发〔2018〕47号</Gbt>');
  });

  // kundulun/2017-1.txt, 文件目录 (line 797): each entry is a link to its document, and the
  // number it prints was a link inside it (an <a> in an <a>, which HTML forbids).
  it('makes a 发文目录 entry one <DocRef>, with no <DocRef> inside it', () => {
    const entry = (children: PhrasingContent[]): ListItem => ({
      type: 'listItem',
      data: { docNumber: '昆政发〔2017〕25号' },
      children: [{ type: 'paragraph', children }],
    });
    const root: Root = {
      type: 'root',
      children: [
        {
          type: 'list',
          children: [
            entry([text('▲关于印发昆都仑区土壤污染防治行动方案的通知(昆政发〔2017〕25号)')]),
            entry([
              text('见 '),
              { type: 'link', url: 'https://www.gov.cn/', children: [text('www.gov.cn')] },
              text(' (昆政发〔2017〕25号)'),
            ]),
          ],
        },
      ],
    };
    const mdx = bodyToMdx(root, ['昆政发〔2017〕25号']);
    expect(mdx).toContain(
      '<DocRef number="昆政发〔2017〕25号">▲关于印发昆都仑区土壤污染防治行动方案的通知(昆政发〔2017〕25号)</DocRef>',
    );
    // An entry that holds a link of its own is not made a link: its number is.
    expect(mdx).toContain(
      '见 [www.gov.cn](https://www.gov.cn/) (<DocRef number="昆政发〔2017〕25号">昆政发〔2017〕25号</DocRef>)',
    );
    expect(mdx.match(/<DocRef/g)).toHaveLength(2);
    // What the pages link, recorded by convert (links/<issue>.json): the first entry only.
    expect(listedNumbers(root)).toEqual(['昆政发〔2017〕25号']);
  });

  it('leaves a number the document does not cite as text', () => {
    expect(
      bodyToMdx(
        {
          type: 'root',
          children: [{ type: 'paragraph', children: [text('见国发〔2016〕176号。')] }],
        },
        [],
      ),
    ).toBe('见国发〔2016〕176号。\n');
  });
});

describe('documentToMdx', () => {
  it('writes the contract’s fields as frontmatter', () => {
    const doc = firstDocument(
      '江城市临河区人民政府关于甲的通知\n\n临府发〔2022〕1号\n\n各乡镇：\n\n通知如下。\n\n2022年3月1日\n',
    );
    const mdx = documentToMdx(doc);
    expect(mdx.startsWith('---\nid: linhe/2022/1/1\n')).toBe(true);
    expect(mdx).toContain('docNumber: 临府发〔2022〕1号\n');
    expect(mdx).toContain("date: '2022-03-01'\n");
    expect(mdx).not.toContain('body:');
  });
});

describe('frontmatter as Astro reads it', () => {
  it('gives back every sample document’s record, dates as strings and provenance included', () => {
    const editorial = {
      settings: parseSettings(
        'content/kundulun/gazette.yaml',
        readFileSync('content/kundulun/gazette.yaml', 'utf8'),
      ),
      corrections: parseCorrections(
        'content/kundulun/2017-1.fix.yaml',
        readFileSync('content/kundulun/2017-1.fix.yaml', 'utf8'),
      ),
    };
    const { documents } = editIssue(
      'content/kundulun/2017-1.txt',
      readFileSync('content/kundulun/2017-1.txt'),
      editorial,
    );
    expect(documents[0]!.provenance).toHaveLength(2);
    // The corrected title heads the page; the printed one stays in the body.
    expect(documentToMdx(documents[0]!)).toContain(
      '<Gbt el="title" corrected="昆都仑区人民政府关于印发昆都仑区土壤污染防治行动方案的通知">昆都仑区人民政府办公室关于印发昆都仑区土壤污染防治行动方案的通知</Gbt>',
    );
    for (const { body: _, ...meta } of documents) {
      expect(
        parseFrontmatter(documentToMdx({ ...meta, body: { type: 'root', children: [] } }))
          .frontmatter,
      ).toEqual(meta);
    }
  });
});

describe('text from the input in the MDX', () => {
  // Read back as the site reads it: @astrojs/mdx's compiler (Sätteri) with the site's syntax.
  const readBack = (mdx: string) =>
    mdxToMdast(mdx, {
      features: { gfm: MDX_SYNTAX.gfm, smartPunctuation: MDX_SYNTAX.smartypants },
      position: false,
    });

  it.each(HOSTILE)('%j is one paragraph of that text, nothing else', (line) => {
    const mdx = bodyToMdx({
      type: 'root',
      children: [{ type: 'paragraph', children: [text(line)] }],
    });
    expect(readBack(mdx)).toEqual({
      type: 'root',
      children: [{ type: 'paragraph', children: [text(line)] }],
    });
  });

  it.each(HOSTILE)('%j in a title stays the text of the <Gbt> element', (line) => {
    const mdx = bodyToMdx({
      type: 'root',
      children: [{ type: 'gbtElement', name: 'title', children: [text(line)] }],
    });
    expect(readBack(mdx)).toMatchObject({ children: [{ name: 'Gbt', children: [text(line)] }] });
  });

  it('keeps quotes, dashes and <!-- as typed (smart punctuation is off)', () => {
    expect(MDX_SYNTAX.smartypants).toBe(false);
    const line = '"通知" it\'s -- --- ... <!--';
    expect(
      readBack(
        bodyToMdx({ type: 'root', children: [{ type: 'paragraph', children: [text(line)] }] }),
      ),
    ).toMatchObject({ children: [{ children: [text(line)] }] });
  });
});
