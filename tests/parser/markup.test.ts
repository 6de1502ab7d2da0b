// Links from the input: only http, https, mailto and relative addresses become links; any
// other scheme stays text exactly as typed.
import { describe, expect, it } from 'vitest';
import { isLinkable, readLines } from '../../src/parser/markup.ts';
import { splitLines } from '../../src/parser/source.ts';

describe('isLinkable', () => {
  it.each([
    ['http://www.example.gov.cn', true],
    ['https://www.example.gov.cn/a?b=1#c', true],
    ['HTTPS://WWW.EXAMPLE.GOV.CN', true],
    ['mailto:gongbao@example.gov.cn', true],
    ['/nanming/2020/4/', true],
    ['../2/index.html', true],
    ['?q=1', true],
    ['#main', true],
    ['a/b:c', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    ['vbscript:msgbox(1)', false],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', false],
    ['jav\tascript:alert(1)', false],
    ['java\u0000script:alert(1)', false],
    ['file:///etc/passwd', false],
    ['ftp://example.gov.cn/', false],
    ['', false],
  ])('%j → %s', (url, linkable) => {
    expect(isLinkable(url)).toBe(linkable);
  });
});

/** The single line of a one-line input, as the parser reads it. */
const read = (raw: string) => readLines(splitLines(raw))[0]!;

describe('links in the input', () => {
  it.each([
    '<javascript:alert(1)>',
    '<vbscript:msgbox(1)>',
    '**注意** [a](javascript:alert(1))',
    '_x_ [d](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
    '见<附件> [e](jav&#x09;ascript:alert(1))',
    '*x* [f](javascript&#58;alert(1))',
  ])('%j stays text', (raw) => {
    const line = read(raw);
    expect(line.marks.filter((m) => m.kind === 'link')).toEqual([]);
    for (const part of ['[', '](', '<', '>'].filter((p) => raw.includes(p)))
      expect(line.text).toContain(part);
  });

  it.each([
    ['<http://www.example.gov.cn>', 'http://www.example.gov.cn'],
    ['<mailto:gongbao@example.gov.cn>', 'mailto:gongbao@example.gov.cn'],
    ['**网址** [南明区](https://www.nanming.gov.cn/)', 'https://www.nanming.gov.cn/'],
  ])('%j is a link', (raw, url) => {
    expect(read(raw).marks.find((m) => m.kind === 'link')?.url).toBe(url);
  });
});

describe('a line break a converter writes as HTML', () => {
  // ningxia-2001-6: a layout-aware converter joins a title's two printed lines into one
  // heading with <br>; the break is markup, as ** is, and the title reads whole.
  it.each([
    ['## 宁夏回族自治区人民政府办公厅关于印发<br>《宁夏回族自治区人民政府公文格式规定》的通知'],
    ['关于印发<br/>《规定》的通知'],
    ['关于印发<BR />《规定》的通知'],
  ])('%s', (raw) => {
    const line = read(raw);
    expect(line.text).not.toMatch(/<br/i);
    expect(line.text).toMatch(/印发《/);
    expect(line.markup).toBe(raw.length - line.text.length);
  });

  it.each([['`<br>` 换行'], ['&lt;br&gt;'], ['<script>alert(1)</script>'], ['<b>x</b>']])(
    'any other tag, or a br that is not one, stays text as typed: %s',
    (raw) => expect(read(raw).text).toBe(raw),
  );
});

describe('an HTML paragraph a layout-aware converter places a line with', () => {
  /** The lines of an input, as text, line number and whether a blank line is before each. */
  const lines = (raw: string) =>
    readLines(splitLines(raw)).map((l) => [l.text, l.no, l.gap, l.markup] as const);

  it('drops the paragraph, and its <br> breaks the line', () => {
    expect(lines('<p align="right">江城市临河区人民政府办公室<br>2022年3月1日</p>')).toEqual([
      ['江城市临河区人民政府办公室', 1, true, '<p align="right"><br>'.length],
      ['2022年3月1日', 1, false, '</p>'.length],
    ]);
  });

  it('reads a paragraph over several lines, and a centred page number', () => {
    expect(
      lines(
        '<P ALIGN=right>江城市临河区人民政府办公室<br/>\n2022年3月1日</P>\n\n<div align="center">- 1 -</div>',
      ),
    ).toEqual([
      ['江城市临河区人民政府办公室', 1, true, '<P ALIGN=right><br/>'.length],
      ['2022年3月1日', 2, false, '</P>'.length],
      ['- 1 -', 4, true, '<div align="center"></div>'.length],
    ]);
  });

  // ningxia-2001-6 36: a page number between dashes reads as a list item to markdown.
  it('keeps the dash of a page number that markdown reads as a bullet', () => {
    expect(lines('- 1 -')).toEqual([['- 1 -', 1, true, 0]]);
  });

  it('keeps text in angle brackets that is not a tag', () => {
    expect(lines('<p>报来《关于要求审批<江城市临河区总体规划>的请示》收悉。</p>')).toEqual([
      ['报来《关于要求审批<江城市临河区总体规划>的请示》收悉。', 1, true, '<p></p>'.length],
    ]);
  });

  it.each([
    ['<p>x<script>alert(1)</script></p>'],
    ['<div><b>江城市</b></div>'],
    ['<table><tr><td>1</td></tr></table>'],
    ['<p align="right"><span>江城市</span><br>2022年3月1日</p>'],
  ])('with any other tag it stays text as typed: %s', (raw) =>
    expect(lines(raw).map(([text]) => text)).toEqual([raw]),
  );
});
