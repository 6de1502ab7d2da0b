// Real text in forms the corpus does not have (issue 23): each a rule about gazettes, read from
// the composed issues in tests/fixtures/unseen/ (sources in SOURCES.md there).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isOrganLine } from '../../src/parser/classify.ts';
import { findDocNumbers } from '../../src/parser/docNumber.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { accountFor } from '../../src/quality/accounting.ts';

function parse(file: string) {
  const bytes = readFileSync(`tests/fixtures/unseen/${file}`);
  const result = parseIssue(`content/${file.replace('-', '/')}`, bytes);
  expect(accountFor(bytes, result).missing).toEqual([]);
  return result;
}

const fields = (d: ReturnType<typeof parse>['documents'][number]) => ({
  title: d.title,
  docNumber: d.docNumber,
  docType: d.docType,
  issuers: d.issuers,
  date: d.date,
});

describe('dates', () => {
  it('in Chinese numerals with ○ for 〇 (二○一○年十二月二十五日)', () => {
    expect(parse('hebei-2011-1.txt').documents[0]!.date).toBe('2010-12-25');
  });

  it('a 决定 dated by the adoption note under its title, which is not the cover’s date', () => {
    const { issue, documents } = parse('gwygb-2024-2.txt');
    expect(issue.published).toBeNull();
    expect(documents.map(fields)).toEqual([
      {
        title: '全国人民代表大会常务委员会关于完善和加强备案审查制度的决定',
        docNumber: null,
        docType: '决定',
        issuers: ['全国人民代表大会常务委员会'],
        date: '2023-12-29',
      },
    ]);
    // The first sentence ends in a colon (…作如下决定:): text, not 主送机关.
    expect(documents[0]!.addressees).toEqual([]);
  });
});

describe('a 令 of a 指挥部, its serial glued to its mark (…指挥部6号令)', () => {
  it('is one item numbered as printed and cited (…6号令), signed by the 指挥部, its lost year inferred from the issue', () => {
    const { documents } = parse('luotian-2020-2.txt');
    expect(documents.map(fields)).toEqual([
      {
        title: '罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令',
        docNumber: '罗田县新型冠状病毒感染的肺炎防控工作指挥部6号令',
        docType: '令',
        issuers: ['罗田县新型冠状病毒感染的肺炎防控工作指挥部'],
        date: '2020-02-09',
      },
    ]);
    // The first sentence ends 现发布如下命令: — text, not 主送机关.
    expect(documents[0]!.addressees).toEqual([]);
    expect(documents[0]!.inferred).toEqual([{ field: 'date', from: 'issue', line: 10 }]);
  });
});

describe('signatures', () => {
  it('a 领导小组 is an organ that signs, as a 指挥部 is', () => {
    // Both named in the real text of tests/fixtures/unseen/luotian-2020-2.txt.
    expect(isOrganLine('中央应对新型冠状病毒感染肺炎疫情工作领导小组')).toBe(true);
    expect(isOrganLine('罗田县新型冠状病毒感染的肺炎防控工作指挥部')).toBe(true);
  });
});

describe('numbers', () => {
  it('a 令 numbered 政府令〔2010〕第15号 keeps its 第, and is one item with the 规章 it promulgates', () => {
    const { issue, documents } = parse('hebei-2011-1.txt');
    expect(documents.map(fields)).toEqual([
      {
        title: '河北省人工影响天气管理规定',
        docNumber: '政府令〔2010〕第15号',
        docType: '令',
        issuers: ['河北省人民政府'],
        date: '2010-12-25',
      },
    ]);
    expect(issue.sections[0]!.entries[0]!.document).toBe(documents[0]!.id);
  });

  it('a 通告 with its serial glued to the title, signed by a 指挥部办公室 over two lines', () => {
    const { documents, diagnostics } = parse('heqing-2020-3.txt');
    expect(documents.map(fields)).toEqual([
      {
        title: '鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告',
        docNumber: '鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室通告第1号',
        docType: '通告',
        issuers: ['鹤庆县新型冠状病毒感染的肺炎疫情防控工作指挥部办公室'],
        // Printed 2020126 on the page: 1月26日 or 12月6日.
        date: null,
      },
    ]);
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['date-unreadable', { text: '2020126' }],
    ]);
  });

  it('the number printed in brackets under the title is the document’s own, not a citation', () => {
    const [doc] = parse('hainan-2000-2.txt').documents;
    expect(doc).toMatchObject({
      docNumber: '琼府〔2000〕3号',
      cites: [],
      addressees: ['各市、县、自治县人民政府', '省政府直属各单位'],
    });
  });

  it('an organ’s name glued before a cited number is not part of its 机关代字', () => {
    // Real organs and numbers (content/nanming/2020-4.txt lines 37–39 and 101), glued as a
    // converter glues the cells of a listing row when it drops their separator.
    expect(
      findDocNumbers(
        '贵阳市南明区人民政府南府发〔2020〕25号；市人民政府办公厅筑府办函〔2020〕39号',
      ),
    ).toEqual(['南府发〔2020〕25号', '筑府办函〔2020〕39号']);
    // A code that holds 办 abbreviates its organ: kept whole (numbers cited in the corpus).
    expect(findDocNumbers('国办发〔2018〕109号、内政办发〔2016〕211号')).toEqual([
      '国办发〔2018〕109号',
      '内政办发〔2016〕211号',
    ]);
  });
});

describe('sections', () => {
  // The real TOC of tests/corpus/gwygb-2019-1 (lines 9, 13, 22 are its section labels), with
  // the labels set off as other gazettes print them.
  const CORPUS = 'tests/corpus/gwygb-2019-1/2019-1.txt';
  const text = readFileSync(CORPUS, 'utf8');
  const sections = (t: string) =>
    parseIssue('content/gwygb/2019-1.txt', Buffer.from(t)).issue.sections.map((s) => [
      s.title,
      s.entries.length,
    ]);
  const plain = sections(text);

  it.each([
    ['［', '］'],
    ['[', ']'],
    ['【', '】'],
    ['★', ''],
    ['◆ ', ' ◆'],
    ['■', ''],
    ['〖', '〗'],
    ['▲', ''],
    ['▍', ''],
    ['▶', ''],
    ['●', ''],
    ['◇', '◇'],
    ['〔', '〕'],
    ['※ ', ''],
    ['☆', '☆'],
  ])('labels decorated %s…%s lose their decoration', (before, after) => {
    const lines = text.split('\n');
    for (const at of [8, 12, 21]) lines[at] = `${before}${lines[at]}${after}`;
    expect(sections(lines.join('\n'))).toEqual(plain);
    expect(plain.map(([title]) => title)).toEqual(['国务院令', '国务院文件', '国务院办公厅文件']);
  });
});

describe('listings', () => {
  const FILE = 'kundulun-2017-1-cells.txt';

  it('rows laid out one cell a line are rows, not documents; their numbers are the cites', () => {
    const { documents } = parse(FILE);
    expect(documents.map((d) => [d.kind, d.title])).toEqual([
      ['document', '昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知'],
      ['listing', '文件目录'],
    ]);
    expect(documents[1]!.cites).toEqual([
      '昆政发〔2017〕25号',
      '昆政发〔2017〕26号',
      '昆政办发〔2017〕115号',
      '昆政办发〔2017〕116号',
      '昆政办发〔2017〕120号',
      '昆政办发〔2017〕123号',
    ]);
  });

  it('takes no issuer from its heading: the organ it names is the rows’, not the listing’s', () => {
    // Without the TOC and the heading 文件目录, the listing is titled by its first heading, which
    // names the organ of the rows under it. A listing is never a source of an issuer (issue 23).
    const lines = readFileSync(`tests/fixtures/unseen/${FILE}`, 'utf8').split('\n');
    const text = [...lines.slice(0, 6), ...lines.slice(16)]
      .join('\n')
      .replace('文件目录\n\n(2017年11-12月)\n\n', '');
    const listing = parseIssue('content/kundulun/2017-1.txt', Buffer.from(text)).documents[1]!;
    expect(listing).toMatchObject({ kind: 'listing', title: '昆区政府下发文件目录', issuers: [] });
    expect(listing.inferred).toBeUndefined();
  });
});

describe('cover', () => {
  // Real covers of the corpus, the name set with a space between each character as some
  // covers print it.
  it.each([
    ['tests/corpus/pingjiang-2020-4/2020-4.txt', 0, '平江县人民政府公报'],
    ['tests/corpus/gwygb-2019-1/2019-1.txt', 1, '中华人民共和国国务院公报'],
  ])('a gazette name printed with spaces between its characters (%s)', (file, at, gazette) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const plain = parseIssue('content/x/2020-1.txt', Buffer.from(lines.join('\n')));
    lines[at] = [...lines[at]!].join(' ');
    const spaced = parseIssue('content/x/2020-1.txt', Buffer.from(lines.join('\n')));
    expect(spaced.issue.gazette).toBe(gazette);
    expect(spaced.documents.map((d) => d.title)).toEqual(plain.documents.map((d) => d.title));
  });

  // tests/corpus/gwygb-2019-1's real cover lines 3–7 (year, number, 总号, 主办, date), joined
  // into one line as a converter joins a cover's lines, with and without spaces.
  it.each([' ', ''])(
    'year, number, 总号, publisher and date glued into one line (joined by %j)',
    (glue) => {
      const lines = readFileSync('tests/corpus/gwygb-2019-1/2019-1.txt', 'utf8').split('\n');
      const text = [...lines.slice(0, 2), lines.slice(2, 7).join(glue), ...lines.slice(7)].join(
        '\n',
      );
      expect(parseIssue('content/gwygb/2019-1.txt', Buffer.from(text)).issue).toMatchObject({
        year: 2019,
        number: 1,
        totalNumber: 1651,
        published: '2019-01-10',
        publisher: '国务院办公厅',
      });
    },
  );
});
