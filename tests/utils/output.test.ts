// Text from the input in the site's own outputs: JSON inside <script>, JSON-LD, the Atom feed.
import { load } from 'cheerio';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { DocumentMeta, Issue } from '../../src/schema.ts';
import { atomFeed } from '../../src/utils/feed.ts';
import { jsonForScript } from '../../src/utils/inlineJson.ts';
import { legislation } from '../../src/utils/jsonld.ts';
import { HOSTILE } from '../support/hostile.ts';
import { parseText } from '../parser/helpers.ts';

const { issue, documents } = parseText(
  '江城市临河区人民政府公报\n\n2022\n\n第1期\n\n江城市临河区人民政府关于甲的通知\n\n临府发〔2022〕1号\n\n各乡镇：\n\n通知如下。\n\n2022年3月1日\n',
);
const withTitle = (title: string): DocumentMeta => ({ ...documents[0]!, title, issuers: [title] });

describe('jsonForScript', () => {
  it.each(HOSTILE)('%j stays inside its <script> and parses back', (line) => {
    const html = `<script type="application/ld+json">${jsonForScript({ name: line })}</script><p id="after">after</p>`;
    const $ = load(html);
    expect($('script')).toHaveLength(1);
    expect($('p#after').text()).toBe('after');
    expect(JSON.parse($('script').text())).toEqual({ name: line });
    expect($('script').text()).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('writes the document page’s JSON-LD with a title that closes the block as data', () => {
    const title = '</title></script><script>alert(1)</script>';
    const json = jsonForScript(
      legislation(withTitle(title), issue as Issue, 'https://a/1/', 'https://a/'),
    );
    expect(json).not.toContain('</');
    expect(JSON.parse(json).name).toBe(title);
  });
});

describe('atomFeed', () => {
  const feedOf = (title: string) =>
    atomFeed({
      title: '江城市临河区人民政府公报',
      pageUrl: 'https://gongbao.example.gov.cn/',
      feedUrl: 'https://gongbao.example.gov.cn/atom.xml',
      documents: [withTitle(title)],
      issueById: new Map([[issue.id, issue as Issue]]),
      documentUrl: (d) => `https://gongbao.example.gov.cn/${d.id}/`,
    });
  const xml = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    trimValues: false,
  });

  it.each(HOSTILE)('%j is a text title, as typed, in valid XML', (line) => {
    const atom = feedOf(line);
    expect(XMLValidator.validate(atom)).toBe(true);
    expect(atom).not.toContain('CDATA');
    const entry = xml.parse(atom).feed.entry;
    expect(entry.title).toEqual({ '@type': 'text', '#text': line });
    expect(entry.summary['@type']).toBe('text');
    expect(entry.author.name).toBe(line);
  });
});
