// Forms and layouts of gazettes other than the samples' (issue 15): one fixture per rule,
// table-driven where a rule has several spellings. Titles, numbers and dates below follow real
// published documents' patterns; the organs are those of the fictional 江城市临河区 of helpers.ts.
import { describe, expect, it } from 'vitest';
import { isTitleLike } from '../../src/parser/classify.ts';
import { findDate } from '../../src/parser/date.ts';
import { docNumberLine } from '../../src/parser/docNumber.ts';
import { lineKey, matchKey } from '../../src/parser/text.ts';
import { COVER, firstDocument, parseText } from './helpers.ts';

const closing = (date: string) =>
  `${COVER}江城市临河区人民政府办公室文件\n\n临府办发〔2022〕3号\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n\n江城市临河区人民政府办公室\n\n${date}\n`;

describe('document numbers', () => {
  it.each([
    ['临交复函[2017]19号B类', '临交复函〔2017〕19号'],
    ['临教字〔2020〕25号  A类  同意公开', '临教字〔2020〕25号'],
    ['临教字〔2020〕25号 不予公开', '临教字〔2020〕25号'],
  ])(
    'reads %s, the number of an answer with its category and publication mark',
    (printed, number) => {
      expect(docNumberLine(printed)).toBe(number);
    },
  );
});

describe('title comparison', () => {
  it('ignores bracket width, full-width digits, spaces and line breaks', () => {
    expect(matchKey('临河区人民政府通告\n（第９号）')).toBe(matchKey('临河区人民政府 通告(第9号)'));
  });

  it('a line’s key is its text’s, read once for the line however often it is asked for', () => {
    const line = { text: '临河区人民政府 通告（第９号）' };
    expect(lineKey(line)).toBe(matchKey(line.text));
    expect(lineKey(line)).toBe(lineKey(line));
    expect(lineKey({ text: '（第9号）' })).toBe('第9号');
  });
});

describe('damage to numbers and dates', () => {
  it('reads numbers and dates whose digits the converter spaced one by one', () => {
    expect(docNumberLine('临府办函〔 2 0 2 0 〕 4 7 号')).toBe('临府办函〔2020〕47号');
    expect(findDate('于2 0 2 1 年 1 2 月 3 日印发')?.iso).toBe('2021-12-03');
  });

  it('reads a number line whose closing bracket and 号 the converter lost', () => {
    expect(docNumberLine('临政办发〔201746')).toBe('临政办发〔2017〕46号');
    expect(docNumberLine('临政办发〔2017〕46')).toBe('临政办发〔2017〕46号');
  });

  // tests/corpus/honggu-2020-3 line 14: the page lost both brackets, a space stands for them.
  it('reads a number line whose brackets the converter lost', () => {
    expect(docNumberLine('兰政函2020 48号')).toBe('兰政函〔2020〕48号');
    expect(docNumberLine('兰州市2020年48号')).toBeNull();
  });

  // A year the converter lost is inferred, not read: the record says from where, so that the
  // review lists it for the editor (issue 23 item 4).
  it.each([
    ['年月日 lost: three numbers', '{ 2022 3 1', '2022-03-01', undefined],
    ['the year lost, the number gives it', '年3月1日', '2022-03-01', 'docNumber'],
    ['two year digits lost', '22年3月1日', '2022-03-01', 'docNumber'],
  ])('%s', (_name, printed, date, from) => {
    const { documents, diagnostics } = parseText(closing(printed));
    expect(documents[0]).toMatchObject({ date, issuers: ['江城市临河区人民政府办公室'] });
    expect(diagnostics).toEqual([]);
    const dateLineNo = closing(printed).split('\n').lastIndexOf(printed) + 1;
    expect((documents[0]!.inferred ?? []).filter((i) => i.field === 'date')).toEqual(
      from ? [{ field: 'date', from, line: dateLineNo }] : [],
    );
  });

  it('takes the issue year for a lost year only when the date is not after the issue, else no date and a warning', () => {
    // A 公告 without a number, found through the TOC.
    const issue = (published: string) =>
      `江城市临河区人民政府公报\n\n2022年第1期\n\n${published}\n\n目录\n\n江城市临河区人民政府关于甲的公告……1\n\n江城市临河区人民政府关于甲的公告\n\n现将有关事项公告如下。\n\n江城市临河区人民政府\n\n年3月1日\n`;
    expect(parseText(issue('2022年3月10日')).documents[0]!.date).toBe('2022-03-01');
    const late = parseText(issue('2022年2月10日'));
    expect(late.documents[0]!.date).toBeNull();
    expect(late.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'date-year-unknown',
        params: { date: '年3月1日' },
      }),
    ]);
  });
});

describe('table of contents', () => {
  it('reads entries printed without page numbers, and ends where the body repeats the first title', () => {
    const { issue, documents } = parseText(
      `${COVER}目 录\n\n【区政府文件】\n\n江城市临河区人民政府关于甲的通告\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n\n江城市临河区人民政府关于甲的通告\n\n为加强管理，特通告如下。\n\n江城市临河区人民政府\n\n2022年2月1日\n\n${closing('2022年3月1日').slice(COVER.length)}`,
    );
    expect(issue.sections).toEqual([
      {
        title: '区政府文件',
        entries: [
          {
            title: '江城市临河区人民政府关于甲的通告',
            docNumber: null,
            page: null,
            document: 'linhe/2022/1/1',
          },
          {
            title: '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
            docNumber: null,
            page: null,
            document: 'linhe/2022/1/2',
          },
        ],
      },
    ]);
    expect(documents.map((d) => [d.title, d.date])).toEqual([
      ['江城市临河区人民政府关于甲的通告', '2022-02-01'],
      ['江城市临河区人民政府办公室关于做好春季森林防火工作的通知', '2022-03-01'],
    ]);
  });
});

describe('令', () => {
  // The layout of a 令 in the national gazette: mark, serial, the order, signature, date, then
  // the regulation it promulgates under its own title.
  const decree = (mark: string, serial: string) =>
    `${mark}\n\n${serial}\n\n《江城市临河区养犬管理办法》已经2022年1月5日区人民政府第3次常务会议通过，现予公布，自2022年3月1日起施行。\n\n区长　　王某某\n\n2022年1月10日\n\n江城市临河区养犬管理办法\n\n第一条　为了规范养犬行为，制定本办法。\n\n第二条　本办法自2022年3月1日起施行。\n\n`;

  it.each([
    ['江城市临河区人民政府令', '第5号', '江城市临河区人民政府令第5号', '江城市临河区人民政府'],
    ['中华人民共和国国务院令', '第 707 号', '国务院令第707号', '国务院'],
    // The year kept as printed, in brackets or with 年, with its 第: how the 令 is cited.
    [
      '江城市临河区人民政府令',
      '〔2022〕第5号',
      '江城市临河区人民政府令〔2022〕第5号',
      '江城市临河区人民政府',
    ],
    [
      '江城市临河区人民政府令',
      '2022年第5号',
      '江城市临河区人民政府令2022年第5号',
      '江城市临河区人民政府',
    ],
  ])('reads %s %s as one item titled by what it promulgates', (mark, serial, docNumber, issuer) => {
    const text = `${COVER}目录\n\n区政府令\n\n${mark}（${serial}）\n江城市临河区养犬管理办法……1\n\n${decree(mark, serial)}${closing('2022年3月1日').slice(COVER.length)}`;
    const { documents, issue } = parseText(text);
    expect(
      documents.map((d) => [d.title, d.docNumber, d.docType, d.issuers, d.date, d.section]),
    ).toEqual([
      ['江城市临河区养犬管理办法', docNumber, '令', [issuer], '2022-01-10', '区政府令'],
      [
        '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
        '临府办发〔2022〕3号',
        '通知',
        ['江城市临河区人民政府办公室'],
        '2022-03-01',
        null,
      ],
    ]);
    expect(issue.sections[0]!.entries[0]!.document).toBe('linhe/2022/1/1');
  });
});

describe('a 令 in the TOC', () => {
  it('is listed by what it promulgates, numbered by its mark and serial', () => {
    const { issue } = parseText(
      `${COVER}目录\n\n国务院令\n\n中华人民共和国国务院令（第707号）\n中华人民共和国个人所得税法实施条例…………\n……………………（3）\n\n${closing('2022年3月1日').slice(COVER.length)}`,
    );
    expect(issue.sections[0]).toMatchObject({
      title: '国务院令',
      entries: [
        { title: '中华人民共和国个人所得税法实施条例', docNumber: '国务院令第707号', page: 3 },
      ],
    });
  });
});

describe('heads', () => {
  it('reads the organs of a 联合发文 printed one a line above the 文件 mark', () => {
    const { documents } = parseText(
      `${COVER}江城市临河区人民政府\n\n江城市临河区财政局\n\n江 城 市 临 河 区 审 计 局 文 件\n\n临财发〔2022〕7号\n\n关于加强专项资金管理的通知\n\n各乡镇人民政府：\n\n现将有关事项通知如下。\n`,
    );
    expect(documents.map((d) => [d.title, d.docNumber, d.issuers, d.sourceLines[0]])).toEqual([
      [
        '关于加强专项资金管理的通知',
        '临财发〔2022〕7号',
        ['江城市临河区人民政府', '江城市临河区财政局', '江城市临河区审计局'],
        7,
      ],
    ]);
  });

  it('does not take a title line ending in 文件 for a header mark', () => {
    const doc = firstDocument(
      '江城市临河区人民政府办公室关于全面推行行政规范性文件\n合法性审核机制的指导意见\n临府办发〔2022〕5号\n各乡镇人民政府：\n现提出如下意见。\n',
    );
    expect([doc.title, doc.docNumber, doc.docType]).toEqual([
      '江城市临河区人民政府办公室关于全面推行行政规范性文件合法性审核机制的指导意见',
      '临府办发〔2022〕5号',
      '意见',
    ]);
  });
});

describe('covers and TOCs of the national gazette', () => {
  it('joins a name split after the state it begins with, reads 总号 and full-width page numbers', () => {
    const { issue } = parseText(
      `中华人民共和国\n国务院公报\n2022\n第 4 号\n（总号：1726）\n目  录\n国务院文件\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知......\t３\n${closing('2022年3月1日').slice(COVER.length)}`,
      'content/gwygb/2022-4.txt',
    );
    expect(issue).toMatchObject({
      gazette: '中华人民共和国国务院公报',
      year: 2022,
      number: 4,
      totalNumber: 1726,
    });
    expect(issue.sections).toEqual([
      {
        title: '国务院文件',
        entries: [
          {
            title: '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
            docNumber: null,
            page: 3,
            document: 'gwygb/2022/4/1',
          },
        ],
      },
    ]);
  });
});

describe('issuers', () => {
  it('reads no period as an organ in a 大事记 title', () => {
    const { documents } = parseText(
      `${COVER}目录\n\n2022年1-3月区政府大事记……1\n\n2022年1-3月区政府大事记\n\n1月\n\n5日 区政府召开常务会议。\n`,
    );
    expect(documents.map((d) => [d.kind, d.issuers])).toEqual([
      ['chronicle', ['江城市临河区政府']],
    ]);
  });
});

describe('a 发文字号 only the TOC prints', () => {
  // rugao-2018-10's form: a 决定 copied from a web page without its number, which the gazette's
  // TOC entry prints. The number is the TOC's, marked as inferred so that review asks to check it.
  const TOC =
    '目录\n\n江城市临河区人民政府关于表彰2021年度先进集体的决定\n（临政发〔2022〕3号）……1\n\n';
  const BODY =
    '江城市临河区人民政府关于表彰2021年度先进集体的决定\n\n各乡镇人民政府：\n\n现决定如下。\n\n江城市临河区人民政府\n\n2022年3月1日\n';

  it('is the document’s, inferred from the TOC', () => {
    const { documents, issue } = parseText(`${COVER}${TOC}${BODY}`);
    expect(documents.map((d) => [d.docNumber, d.inferred])).toEqual([
      ['临政发〔2022〕3号', [{ field: 'docNumber', from: 'toc', line: 9 }]],
    ]);
    expect(issue.sections[0]!.entries[0]!.document).toBe(documents[0]!.id);
  });

  it('never over the number the document prints', () => {
    const printed = BODY.replace('\n\n各乡镇', '\n\n临政发〔2022〕4号\n\n各乡镇');
    const { documents } = parseText(`${COVER}${TOC}${printed}`);
    expect(documents.map((d) => [d.docNumber, d.inferred])).toEqual([
      ['临政发〔2022〕4号', undefined],
    ]);
  });
});

describe('more heads and closings', () => {
  const NOTE =
    '区政府：\n\n按照工作要求，现请示如下。\n\n附件:\n\n1、江城市临河区人民政府关于报送甲方案的函;\n\n2、江城市临河区人民政府关于报送乙方案的函。\n\n临河区住房保障和房屋管理局\n\n2020年5月8日\n';

  it('reads a number glued before the title, the organ above it as the mark, and the mark’s full name over the signature’s short one', () => {
    const doc = firstDocument(
      `江城市临河区住房保障和房屋管理局\n\n临房管〔2020〕59号关于将甲方案函报市住建委的请示\n\n${NOTE}`,
    );
    expect([
      doc.title,
      doc.docNumber,
      doc.docType,
      doc.issuers,
      doc.date,
      doc.sourceLines[0],
    ]).toEqual([
      '关于将甲方案函报市住建委的请示',
      '临房管〔2020〕59号',
      '请示',
      ['江城市临河区住房保障和房屋管理局'],
      '2020-05-08',
      7,
    ]);
    expect(doc.attachments).toEqual([
      '江城市临河区人民政府关于报送甲方案的函',
      '江城市临河区人民政府关于报送乙方案的函',
    ]);
  });

  it('reads addressees a hard wrap cut', () => {
    const doc = firstDocument(
      '江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n临府办发〔2022〕3号\n各乡镇人民政府，区直各\n部门：\n现将有关事项通知如下。\n江城市临河区人民政府办公室\n2022年3月1日\n',
    );
    expect(doc.addressees).toEqual(['各乡镇人民政府', '区直各部门']);
  });

  it('reads 复函 as the 文种 函 and a date with 0 for 〇', () => {
    const doc = firstDocument(
      '江城市临河区人民政府办公室关于同意设立甲的复函\n\n临府办函〔2019〕1号\n\n区民政局：\n\n同意。\n\n江城市临河区人民政府办公室\n\n二0一九年一月八日\n',
    );
    expect([doc.docType, doc.date]).toEqual(['函', '2019-01-08']);
  });
});

describe('more TOC layouts', () => {
  it.each([
    [
      'a page in brackets right after the title',
      '江城市临河区人民政府办公室关于做好春季森林防火工作的通知（１）',
      1,
    ],
    [
      'a bare section label ending in 文件 over an entry with a tab page',
      '江城市临河区人民政府办公室关于做好春季森林防火工作的通知\t3',
      3,
    ],
    ['dashes for leaders', '江城市临河区人民政府办公室关于做好春季森林防火工作的通知——————5', 5],
    [
      'a run of spaces for leaders',
      '江城市临河区人民政府办公室关于做好春季森林防火工作的通知      12',
      12,
    ],
  ])('%s', (_name, entry, page) => {
    const { issue, documents } = parseText(
      `${COVER}目录\n\n区政府办公室文件\n\n${entry}\n\n${closing('2022年3月1日').slice(COVER.length)}`,
    );
    expect(issue.sections).toEqual([
      {
        title: '区政府办公室文件',
        entries: [expect.objectContaining({ page, document: 'linhe/2022/1/1' })],
      },
    ]);
    expect(documents).toHaveLength(1);
  });

  it('ends an entry without a page at the number printed under its title', () => {
    const { issue } = parseText(
      `${COVER}目录\n\n江城市临河区人民政府关于甲的复函\n（临府函〔2022〕1号）\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知\n\n${closing('2022年3月1日').slice(COVER.length)}`,
    );
    expect(issue.sections[0]!.entries.map((e) => [e.title, e.docNumber])).toEqual([
      ['江城市临河区人民政府关于甲的复函', '临府函〔2022〕1号'],
      ['江城市临河区人民政府办公室关于做好春季森林防火工作的通知', null],
    ]);
  });
});

describe('numbered series', () => {
  const ORDER =
    '江城市临河区人民政府令\n第5号\n《江城市临河区养犬管理办法》已经区人民政府常务会议通过，现予公布。\n区长　王某某\n2022年1月10日\n江城市临河区养犬管理办法\n第一条　为了规范养犬行为，制定本办法。\n';
  const notice = (title: string, serialLine: string) =>
    `${title}\n${serialLine}\n为做好森林防火工作，现通告如下：\n一、禁止野外用火。\n特此通告。\n江城市临河区人民政府\n2022年2月1日\n`;

  it.each([
    ['（第9号）', '江城市临河区人民政府通告', '江城市临河区人民政府通告第9号'],
    ['第 9 号', '江城市临河区人民政府通告', '江城市临河区人民政府通告第9号'],
    ['【9号令】', '江城市临河区人民政府关于森林防火的通告', '江城市临河区人民政府令第9号'],
  ])('a 通告 numbered %s after a 令 is an item of its own', (serialLine, title, docNumber) => {
    const { documents } = parseText(`${COVER}${ORDER}${notice(title, serialLine)}`);
    expect(documents.map((d) => [d.title, d.docNumber, d.docType, d.date])).toEqual([
      ['江城市临河区养犬管理办法', '江城市临河区人民政府令第5号', '令', '2022-01-10'],
      [title, docNumber, '通告', '2022-02-01'],
    ]);
  });
});

describe('the back matter', () => {
  it('begins where the gazette is named after the last item, not at a running header inside a document', () => {
    const body = closing('2022年3月1日')
      .slice(COVER.length)
      .replace('现将有关事项通知如下。', '现将有关事项\n江城市临河区人民政府公报\n通知如下。');
    const { documents, issue } = parseText(
      `${COVER}${body}\n${closing('2022年3月2日').slice(COVER.length).replace('〔2022〕3号', '〔2022〕4号')}\n江城市临河区人民政府公报\n\n主办：江城市临河区人民政府办公室\n`,
    );
    expect(documents.map((d) => d.docNumber)).toEqual([
      '临府办发〔2022〕3号',
      '临府办发〔2022〕4号',
    ]);
    expect(issue.matter.at(-1)).toMatchObject({
      role: 'back',
      text: '江城市临河区人民政府公报\n主办：江城市临河区人民政府办公室',
    });
  });
});

describe('kinds', () => {
  it('reads a 发文目录 printed as a tab table as a listing, its rows as no items', () => {
    const rows = [
      '序号\t文号\t标题\t成文日期',
      '1\t临府发〔2022〕1号\t江城市临河区人民政府关于甲的通知\t2022年1月5日',
      '2\t临府发〔2022〕2号\t江城市临河区人民政府关于乙的通知\t2022年1月9日',
      '3\t临府办发〔2022〕3号\t江城市临河区人民政府办公室关于做好春季森林防火工作的通知\t2022年3月1日',
    ];
    const { documents } = parseText(
      `${COVER}目录\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知……1\n\n2022年第一季度区政府发文目录表……3\n\n${closing('2022年3月1日').slice(COVER.length)}\n2022年第一季度区政府发文目录表\n\n${rows.join('\n')}\n`,
    );
    expect(documents.map((d) => [d.kind, d.title])).toEqual([
      ['document', '江城市临河区人民政府办公室关于做好春季森林防火工作的通知'],
      ['listing', '2022年第一季度区政府发文目录表'],
    ]);
  });

  it('starts no item at a row of a 发文目录 that repeats a title the TOC lists', () => {
    const { documents, diagnostics } = parseText(
      `${COVER}目录\n\n江城市临河区人民政府关于甲的通知……1\n\n区政府发文目录……3\n\n区政府发文目录\n\n江城市临河区人民政府关于乙的通知（临府发〔2022〕2号）\n\n江城市临河区人民政府关于丙的通知（临府发〔2022〕3号）\n\n江城市临河区人民政府关于甲的通知\n\n江城市临河区人民政府关于丁的通知（临府发〔2022〕4号）\n`,
    );
    expect(documents.map((d) => d.kind)).toEqual(['listing']);
    expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
      ['toc-entry-without-document', { title: '江城市临河区人民政府关于甲的通知' }],
    ]);
  });

  it.each([['《江城市临河区养犬管理办法》政策解读'], ['江城市临河区人民政府人事任免']])(
    'reads %s as an item of kind other',
    (title) => {
      const { documents } = parseText(
        `${COVER}目录\n\n${title}……1\n\n${closing('2022年3月1日').slice(COVER.length)}\n${title}\n\n一、制定背景\n\n为规范养犬行为，制定本办法。\n`,
      );
      expect(documents.map((d) => [d.kind, d.title, d.docType])).toEqual([
        ['document', '江城市临河区人民政府办公室关于做好春季森林防火工作的通知', '通知'],
        ['other', title, null],
      ]);
    },
  );
});

describe('imprint', () => {
  it('does not run a line of its own into a complete organ name, but joins a name broken after 人民政府', () => {
    const { issue } = parseText(
      `${COVER}${closing('2022年3月1日').slice(COVER.length)}\n江城市临河区人民政府公报\n\n主办：江城市临河区人民政府办公室\n内部资料免费赠阅\n编辑：江城市临河区人民政府\n办公室\n`,
    );
    expect(issue.masthead).toEqual([{ label: '编辑', value: '江城市临河区人民政府办公室' }]);
    expect(issue.publisher).toBe('江城市临河区人民政府办公室');
  });
});

describe('closings and running lines', () => {
  it.each([
    ['2022301', '2022-03-01'],
    ['2022111', null],
  ])(
    'reads a date whose 年月日 and spaces were lost, %s, only when it splits one way',
    (printed, date) => {
      const { documents, diagnostics } = parseText(closing(printed));
      expect(documents[0]!.date).toBe(date);
      if (date === null)
        expect(diagnostics.map((d) => [d.code, d.params])).toEqual([
          ['date-unreadable', { text: '2022111' }],
        ]);
    },
  );

  it('joins a signature broken over two lines, but not the closing formula above it', () => {
    const doc = firstDocument(
      '江城市临河区森林防火指挥部通告\n（第1号）\n现将有关事项通告如下。\n特此通告\n江城市临河区新型冠状病毒感染的肺炎\n防控工作指挥部\n2022年1月23日\n',
    );
    expect([doc.docNumber, doc.issuers, doc.date]).toEqual([
      '江城市临河区森林防火指挥部通告第1号',
      ['江城市临河区新型冠状病毒感染的肺炎防控工作指挥部'],
      '2022-01-23',
    ]);
  });

  it('does not read a running header or a page footer above a title as part of it', () => {
    const { documents } = parseText(
      `${COVER}${closing('2022年3月1日').slice(COVER.length)}— 3 —\n江城市临河区人民政府公报　2022年第1期\n江城市临河区人民政府关于甲的批复\n临府函〔2022〕9号\n区民政局：\n同意。\n江城市临河区人民政府\n2022年3月5日\n`,
    );
    expect(documents.map((d) => d.title)).toEqual([
      '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
      '江城市临河区人民政府关于甲的批复',
    ]);
  });
});

describe('titles the TOC prints a little differently', () => {
  it('finds a first item without a number whose TOC title drops a few characters', () => {
    const { documents } = parseText(
      `${COVER}目录\n\n临河区人民政府关于春节期间禁止燃放烟花爆竹的公告……1\n\n江城市临河区人民政府关于春节期间禁止燃放烟花爆竹的公告\n\n为保障人民群众生命财产安全，特公告如下。\n\n江城市临河区人民政府\n\n2022年1月20日\n\n${closing('2022年3月1日').slice(COVER.length)}`,
    );
    expect(documents.map((d) => [d.title, d.date, d.section === null])).toEqual([
      ['江城市临河区人民政府关于春节期间禁止燃放烟花爆竹的公告', '2022-01-20', true],
      ['江城市临河区人民政府办公室关于做好春季森林防火工作的通知', '2022-03-01', true],
    ]);
  });
});

describe('a 版记 printing line', () => {
  // tests/corpus/ningyang-2019-1 line 28: the reprinted 鲁政字〔2019〕4号 ends with its printing
  // line, and the next document's title follows on the next line with no blank line between.
  it('is never the first line of the title that follows it', () => {
    expect(isTitleLike('山东省人民政府办公厅2019年1月3日印发')).toBe(false);
    expect(isTitleLike('宁阳县人民政府办公室关于印发《宁阳县粮食应急预案》的通知')).toBe(true);
  });
});

describe('政策解读 and the titles under a notice (issue 23, items)', () => {
  const interpretation = (title: string, under: string) =>
    parseText(
      `${COVER}目录\n\n${title.replace('\n', '')}……1\n\n${closing('2022年3月1日').slice(COVER.length)}\n${title}\n\n${under}一、制定背景\n\n为规范养犬行为，制定本办法。\n`,
    ).documents[1]!;

  it.each([
    ['《江城市临河区养犬管理办法》政策解读'],
    ['关于《江城市临河区养犬管理办法》的\n政策解读'],
    ['《江城市临河区养犬管理办法》\n政策解读'],
  ])('%j is signed by its 解读机关 line, not by a 《 line, and titled whole', (title) => {
    const doc = interpretation(title, '解读机关：江城市临河区公安分局\n\n');
    expect([doc.kind, doc.title, doc.issuers, doc.inferred]).toEqual([
      'other',
      title.replace('\n', ''),
      ['江城市临河区公安分局'],
      undefined,
    ]);
  });

  it.each([['临 河 区 植 树 造 林 工 作 方 案'], ['临　河　区　植　树　造　林　工　作　方　案']])(
    'an instrument’s title set with a space between its characters, %j, is the embedded title',
    (printed) => {
      const doc = firstDocument(
        `江城市临河区人民政府办公室关于印发临河区植树造林工作方案的通知\n\n临府办函〔2022〕7号\n\n各乡镇：\n\n现将《临河区植树造林工作方案》印发给你们，请认真执行。\n\n江城市临河区人民政府办公室\n\n2022年3月2日\n\n${printed}\n\n一、工作目标\n\n完成植树。\n`,
      );
      expect(doc.embedded).toEqual(['临河区植树造林工作方案']);
    },
  );
});
