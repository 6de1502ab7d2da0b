// One fixture for every quirk of converter output the parser survives, each a few lines of
// real-looking gazette text.
import { describe, expect, it } from 'vitest';
import { findDate } from '../../src/parser/date.ts';
import { docNumberLine, findDocNumbers } from '../../src/parser/docNumber.ts';
import { COVER, firstDocument, outline, parseText } from './helpers.ts';

const NOTICE = `江城市临河区人民政府办公室文件

临府办发〔2022〕3号

江城市临河区人民政府办公室关于做好春季森林防火工作的通知

各乡镇人民政府，区直各部门：

现将有关事项通知如下。

江城市临河区人民政府办公室

2022年3月1日
`;

describe('cover and imprint', () => {
  it('joins a gazette name the converter split over two lines', () => {
    const { issue } = parseText(`临河区人\n\n民政府公报\n\n2022年第03期\n\n${NOTICE}`);
    expect(issue).toMatchObject({
      gazette: '临河区人民政府公报',
      region: '临河区',
      year: 2022,
      number: 3,
    });
  });

  it('drops a stray space inside the gazette name', () => {
    const { issue } = parseText(`江城市临河区 人民政府公报\n\n2022\n\n第1期\n\n${NOTICE}`);
    expect(issue).toMatchObject({ gazette: '江城市临河区人民政府公报', region: '江城市临河区' });
  });

  it('reads 期次, 总期次 and the date from one imprint line', () => {
    const { issue } = parseText(
      `江城市临河区人民政府公报\n\n江城市临河区人民政府办公室主管主办 2020年8月25日 第4期(总64期)\n\n${NOTICE}`,
    );
    expect(issue).toMatchObject({
      year: 2020,
      number: 4,
      totalNumber: 64,
      published: '2020-08-25',
      publisher: '江城市临河区人民政府办公室',
    });
  });

  it('reads 总第N期 in brackets and a date printed with 出版', () => {
    const { issue } = parseText(
      `江城市临河区人民政府公报\n\n2018年第2期\n\n(总第12期)\n\n2018年12月20日出版\n\n${NOTICE}`,
    );
    expect(issue).toMatchObject({ number: 2, totalNumber: 12, published: '2018-12-20' });
  });

  it('finds the frequency wherever it is printed, also in the back matter', () => {
    expect(parseText(`${COVER}(季刊)\n\n${NOTICE}`).issue.frequency).toBe('季刊');
    expect(
      parseText(
        `${COVER}${NOTICE}\n江城市临河区人民政府公报\n\n《江城市临河区人民政府公报》为A4开本,不定期发行。\n`,
      ).issue.frequency,
    ).toBe('不定期');
  });

  it('keeps imprint fields, with values continued on the next lines, as the masthead', () => {
    const { issue } = parseText(
      `${COVER}主办单位：江城市临河区人民政府办公室\n\n编 委：王 静 杨泽中\n\n李宁娟 杨 亮\n\n地 址：江城市临河区朝阳西街99\n\n号区政府办公楼\n\n电 话：0951-5036291\n\n${NOTICE}`,
    );
    expect(issue.publisher).toBe('江城市临河区人民政府办公室');
    expect(issue.masthead).toEqual([
      { label: '编委', value: '王 静 杨泽中 李宁娟 杨 亮' },
      { label: '地址', value: '江城市临河区朝阳西街99号区政府办公楼' },
      { label: '电话', value: '0951-5036291' },
    ]);
  });
});

describe('table of contents', () => {
  const tocOf = (toc: string) => parseText(`${COVER}${toc}\n\n${NOTICE}`).issue.sections;

  it('reads several 目录 blocks, sections with and without 【】', () => {
    const sections = tocOf(
      '目 录\n\n【区政府文件】\n\n江城市临河区人民政府关于甲的通知……………1\n\n发布政令 服务社会\n\n目录\n\n区政府办公室文件\n\n江城市临河区人民政府办公室关于做好春季森林防火工作的通知……3',
    );
    expect(sections.map((s) => [s.title, s.entries.map((e) => [e.title, e.page])])).toEqual([
      ['区政府文件', [['江城市临河区人民政府关于甲的通知', 1]]],
      ['区政府办公室文件', [['江城市临河区人民政府办公室关于做好春季森林防火工作的通知', 3]]],
    ]);
  });

  it('reads entries split over lines, numbered 1、, with the doc number and the page on lines of their own', () => {
    const sections = tocOf(
      '目录\n\n【区政府办公室文件】\n\n1、江城市临河区人民政府办公室关于做好春季森林\n防火工作的通知\n\n临府办发〔2022〕3号.....\n\n3',
    );
    expect(sections[0]!.entries).toEqual([
      {
        title: '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
        docNumber: '临府办发〔2022〕3号',
        page: 3,
        document: 'linhe/2022/1/1',
      },
    ]);
  });

  it.each([
    ['……', '关于甲的通知…………… (5)'],
    ['.....', '关于甲的通知 临府发〔2022〕1号.....\t5'],
    ['…', '关于甲的通知…5'],
    ['tab', '关于甲的通知 (临府发〔2022〕1号)\t5'],
    ['（）', '关于甲的通知（临府发〔2022〕1号）……………5'],
  ])('reads leaders %s and page numbers', (_name, line) => {
    const entry = tocOf(`目录\n\n${line}`)[0]!.entries[0]!;
    expect(entry.title).toBe('关于甲的通知');
    expect(entry.page).toBe(5);
    expect([null, '临府发〔2022〕1号']).toContain(entry.docNumber);
  });

  it('warns about a TOC entry that has no document in the body', () => {
    const result = parseText(`${COVER}目录\n\n关于乙的通知……9\n\n${NOTICE}`);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 9,
        code: 'toc-entry-without-document',
        params: { title: '关于乙的通知' },
      }),
    ]);
  });
});

describe('items of the body', () => {
  it('reads a GB/T 9704 head: header mark, number, title, addressees, signature, date', () => {
    const doc = firstDocument(NOTICE);
    expect(doc).toMatchObject({
      docNumber: '临府办发〔2022〕3号',
      title: '江城市临河区人民政府办公室关于做好春季森林防火工作的通知',
      docType: '通知',
      addressees: ['各乡镇人民政府', '区直各部门'],
      issuers: ['江城市临河区人民政府办公室'],
      date: '2022-03-01',
    });
    expect(outline(doc.body).map(([t]) => t)).toEqual([
      'headerMark',
      'docNumber',
      'title',
      'addressees',
      'paragraph',
      'signature',
      'date',
    ]);
  });

  it('reads a title split over two lines, with stray spaces, above its number', () => {
    const doc = firstDocument(
      '江城市临河区人民政府办公室\n\n关于规范区本级公共服务 事项监管工作的通知\n\n临府办发〔2022〕15号\n\n各相关部门：\n\n现通知如下。\n',
    );
    expect(doc.title).toBe('江城市临河区人民政府办公室关于规范区本级公共服务事项监管工作的通知');
    expect(doc.docNumber).toBe('临府办发〔2022〕15号');
  });

  it('keeps the printed space between joint issuers in a title and reads both signature lines', () => {
    const doc = firstDocument(
      '中共江城市临河区委员会 江城市临河区人民政府 关于印发《春耕方案》的通知\n\n临党发〔2022〕2号\n\n各乡镇：\n\n《春耕方案》已经研究同意，现印发给你们。\n\n中共江城市临河区委员会\n\n江城市临河区人民政府\n\n2022年4月1日\n\n春耕方案\n\n一、目标\n\n确保春耕。\n',
    );
    expect(doc.title).toBe('中共江城市临河区委员会 江城市临河区人民政府关于印发《春耕方案》的通知');
    expect(doc.issuers).toEqual(['中共江城市临河区委员会', '江城市临河区人民政府']);
    expect(doc.embedded).toEqual(['春耕方案']);
  });

  it('keeps a 印发 notice and the instrument it carries as one item', () => {
    const result = parseText(
      `${COVER}江城市临河区人民政府办公室关于印发临河区植树造林工作方案的通知\n\n临府办函〔2022〕7号\n\n各乡镇：\n\n现将《临河区植树造林工作方案》印发给你们，请认真执行。\n\n2022年3月2日\n\n（此件公开发布）\n\n临河区植树造林工作方案\n\n一、工作目标\n\n完成植树。\n`,
    );
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc.embedded).toEqual(['临河区植树造林工作方案']);
    // Only a date under the notice: the issuer comes from the organ opening the title.
    expect(doc.issuers).toEqual(['江城市临河区人民政府办公室']);
    expect(outline(doc.body).slice(3)).toEqual([
      ['paragraph', '现将《临河区植树造林工作方案》印发给你们，请认真执行。'],
      ['date', '2022年3月2日'],
      ['note', '（此件公开发布）'],
      ['h2', '临河区植树造林工作方案'],
      ['h3', '一、工作目标'],
      ['paragraph', '完成植树。'],
    ]);
  });

  it('reads the number under the title and 【】 brackets with stray spaces', () => {
    const doc = firstDocument(
      '江城市临河区人民政府关于表彰先进的决定\n\n临府发 【2022】 9 号\n\n各乡镇：\n\n决定如下。\n\n江城市临河区人民政府\n\n2022 年 04 月 02 日\n',
    );
    expect(doc).toMatchObject({
      docNumber: '临府发〔2022〕9号',
      docType: '决定',
      date: '2022-04-02',
    });
  });

  it.each([['（临府发〔2022〕9号 2022年4月2日）'], ['(临府发 〔2022〕 9 号　2022 年 4 月 2 日)']])(
    'finds a title over its number and date in brackets, %s, with no TOC to announce it',
    (printed) => {
      const doc = firstDocument(
        `江城市临河区人民政府关于表彰先进的决定\n\n${printed}\n\n各乡镇：\n\n决定如下。\n`,
      );
      expect([doc.title, doc.docNumber, doc.date]).toEqual([
        '江城市临河区人民政府关于表彰先进的决定',
        '临府发〔2022〕9号',
        '2022-04-02',
      ]);
    },
  );

  it('reads attachments: the 附件说明 list and the attachment sections', () => {
    const doc = firstDocument(
      `${NOTICE.replace('现将有关事项通知如下。', '现将有关事项通知如下。\n\n附件：1. 防火责任表\n\n2. 值班安排')}\n附件1\n\n防火责任表\n\n序号\t乡镇\t责任人\n\n1\t城关镇\t张三\n\n附件 2\n\n值班安排\n\n每日值班。\n`,
    );
    expect(doc.attachments).toEqual(['防火责任表', '值班安排']);
    expect(
      outline(doc.body)
        .slice(5)
        .map(([t]) => t),
    ).toEqual([
      'attachmentNote',
      'signature',
      'date',
      'attachmentLabel',
      'h2',
      'table',
      'attachmentLabel',
      'h2',
      'paragraph',
    ]);
  });

  it('reads a single 附件 without a list, titled on the line after its label', () => {
    const doc = firstDocument(
      `${NOTICE.replace('现将有关事项通知如下。', '现将有关事项通知如下。\n\n附件：先进个人名单')}\n（此件公开发布）\n\n附件\n\n先进个人名单\n\n张三\n`,
    );
    expect(doc.attachments).toEqual(['先进个人名单']);
  });

  it('reads the 版记: 抄送, the printing organ and 印发 date, the print run', () => {
    const doc = firstDocument(
      `${NOTICE}\n抄送：区委办公室，区人大办公室。\n\n江城市临河区人民政府办公室\n\n2022年3月2日印发\n\n（共印30份）\n`,
    );
    expect(doc.printedDate).toBe('2022-03-02');
    expect(
      outline(doc.body)
        .slice(-4)
        .map(([t]) => t),
    ).toEqual(['printing', 'printing', 'printing', 'printing']);
  });

  it('reads a 大事记 as a chronicle whose entries are dated list items', () => {
    const result = parseText(
      `${COVER}${NOTICE}\n临河区人民政府大事记\n\n(2022年3月)\n\n3月1日，召开区政府常务会议。\n\n同日，区长调研春耕\n\n生产。\n\n3月5日，开展植树活动。\n`,
    );
    const chronicle = result.documents[1]!;
    expect(chronicle).toMatchObject({
      kind: 'chronicle',
      title: '临河区人民政府大事记',
      docType: null,
      issuers: ['江城市临河区人民政府'],
    });
    const list = chronicle.body.children.find((n) => n.type === 'list');
    expect(list?.type === 'list' && list.children.map((i) => i.data?.date)).toEqual([
      '3月1日',
      '同日',
      '3月5日',
    ]);
  });

  // Bullets as gazettes set them: a shape of any kind, the row's number cut onto the next line
  // (〔2022〕7号) no bullet.
  it.each([['▲'], ['▍'], ['➤ '], ['◇'], ['※'], ['⭐']])(
    'reads a 发文目录 as a listing whose entries, bulleted %s, carry their numbers',
    (bullet) => {
      const result = parseText(
        `${COVER}${NOTICE}\n文件目录\n\n区政府办公室下发文件目录\n\n${bullet}关于做好春季森林防火工作的通知(临府办发〔2022〕3号)\n\n${bullet}关于印发《临河区植树造林工作方案》的通知(临府办函\n〔2022〕7号)\n`,
      );
      const listing = result.documents[1]!;
      expect(listing.kind).toBe('listing');
      const list = listing.body.children.find((n) => n.type === 'list');
      expect(list?.type === 'list' && list.children.map((i) => i.data?.docNumber)).toEqual([
        '临府办发〔2022〕3号',
        '临府办函〔2022〕7号',
      ]);
    },
  );
});

describe('document numbers', () => {
  it.each([
    '临府办函〔2020〕47号',
    '临府办函[2020]47号',
    '临府办函［2020］47号',
    '临府办函（2020）47号',
    '临府办函(2020)47号',
    '临府办函【2020】47号',
    ' 临府办函 〔 2020 〕 47 号 ',
    '临府办函〔２０２０〕４７号',
  ])('normalises %s', (printed) => {
    expect(docNumberLine(printed)).toBe('临府办函〔2020〕47号');
  });

  it('finds cited numbers, but not standards, building numbers or years in brackets', () => {
    const text =
      '根据《国务院关于印发纲要的通知》（国发〔2006〕7号）和粤府办[2016]64号，按照GB/T 18973-2016标准，在1号楼（2018—2020年）办理。依据国发〔2006〕7号。';
    expect(findDocNumbers(text)).toEqual(['国发〔2006〕7号', '粤府办〔2016〕64号']);
  });

  it('does not list a document’s own number among what it cites', () => {
    const doc = firstDocument(
      NOTICE.replace('现将有关事项通知如下。', '根据临府发〔2021〕8号精神，现将有关事项通知如下。'),
    );
    expect(doc.cites).toEqual(['临府发〔2021〕8号']);
  });
});

describe('dates', () => {
  it.each([
    ['2021 年 04 月 02 日', '2021-04-02'],
    ['2020年8月6日', '2020-08-06'],
    ['二〇一七年十一月二十八日', '2017-11-28'],
    ['２０２２年３月１日', '2022-03-01'],
  ])('reads %s', (printed, iso) => {
    expect(findDate(printed)?.iso).toBe(iso);
  });

  it('reports a date that does not exist as a warning and keeps parsing', () => {
    const result = parseText(
      `${COVER}${NOTICE.replace('现将有关事项通知如下。', '请于2022年4月31日前完成。')}`,
    );
    expect(result.documents).toHaveLength(1);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        code: 'date-does-not-exist',
        params: { date: '2022年4月31日' },
      }),
    ]);
  });
});

describe('issuers', () => {
  it('resolves a short form in the signature with the gazette’s region', () => {
    const doc = firstDocument(
      NOTICE.replace('江城市临河区人民政府办公室\n\n2022', '区人民政府办公室\n\n2022'),
    );
    expect(doc.issuers).toEqual(['江城市临河区人民政府办公室']);
  });

  it('adds the upper level to a name that starts with the region’s own name', () => {
    const doc = firstDocument(
      NOTICE.replace('江城市临河区人民政府办公室\n\n2022', '临河区人民政府\n\n2022'),
    );
    expect(doc.issuers).toEqual(['江城市临河区人民政府']);
  });

  it('falls back to the header mark when only a date closes the document', () => {
    const doc = firstDocument(
      NOTICE.replace('江城市临河区人民政府办公室\n\n2022', '2022').replace(
        '江城市临河区人民政府办公室关于',
        '关于',
      ),
    );
    expect(doc.issuers).toEqual(['江城市临河区人民政府办公室']);
  });
});

describe('body text', () => {
  const body = (text: string) =>
    outline(firstDocument(NOTICE.replace('现将有关事项通知如下。\n', text)).body).slice(4, -2);

  it('re-joins a paragraph the PDF broke mid-sentence, across a blank line or not', () => {
    expect(
      body(
        '为做好防火工作，各乡镇要落实责任，加强巡查，确保\n\n不发生重大火灾。各部门要\n密切配合。\n\n其他工作不变。\n',
      ),
    ).toEqual([
      [
        'paragraph',
        '为做好防火工作，各乡镇要落实责任，加强巡查，确保不发生重大火灾。各部门要密切配合。',
      ],
      ['paragraph', '其他工作不变。'],
    ]);
  });

  // huanggang-2020-1 24–28: a page ends inside a word (身体健 / 康), its number and the next
  // page's running header between the halves.
  it('re-joins a paragraph across a page break, and sets the page number and running header after it', () => {
    expect(
      body(
        '更好保障人民群众生命安全和身体健\n-1-\n江城市临河区人民政府公报 2022年第1期\n康,现将具体安排通知如下。\n\n一、延长假期至2月2日\n— 2 —\n\n2022年第1期　江城市临河区人民政府公报\n\n二、其他工作不变。\n',
      ),
    ).toEqual([
      ['paragraph', '更好保障人民群众生命安全和身体健康,现将具体安排通知如下。'],
      ['folio', '-1-'],
      ['folio', '江城市临河区人民政府公报 2022年第1期'],
      ['h3', '一、延长假期至2月2日'],
      ['folio', '— 2 —'],
      ['folio', '2022年第1期　江城市临河区人民政府公报'],
      ['h3', '二、其他工作不变。'],
    ]);
  });

  it('keeps a number that is a cell of a flattened table, and a sentence that names an issue, as text', () => {
    expect(
      body(
        '序号\n文号\n1\n临府办发〔2022〕3号\n\n本办法在江城市临河区人民政府公报2022年第1期上公布。\n',
      ),
    ).toEqual([
      ['paragraph', '序号'],
      ['paragraph', '文号'],
      ['paragraph', '1'],
      ['paragraph', '临府办发〔2022〕3号'],
      ['paragraph', '本办法在江城市临河区人民政府公报2022年第1期上公布。'],
    ]);
  });

  it('does not join the lines of a name list', () => {
    expect(
      body(
        '黄成虹——张红梅\n\n杨吉华——刘盛薇\n\n刘冬 二戈寨街道办党工委副书记\n\n汪雅琪 太慈桥街道办党支部书记\n',
      ),
    ).toHaveLength(4);
  });

  it('makes headings of the outline levels 一、（一）1.（1）and keeps run-in headings in their paragraph', () => {
    expect(
      body(
        '一、总体要求\n\n（一）指导思想\n\n1.目标任务。\n\n(1) 推进全民行动\n\n全民参与。\n\n（二）基本原则。坚持统筹兼顾，协同推进。\n',
      ).map(([t]) => t),
    ).toEqual(['h3', 'h4', 'h5', 'h6', 'paragraph', 'paragraph']);
  });

  it('keeps short outline items of a list as items, not headings', () => {
    expect(
      body('（三）年评价。\n\n1. 设立奖励基金。\n\n2. 其他。\n\n（四）考核。\n').map(([t]) => t),
    ).toEqual(['h4', 'paragraph', 'paragraph', 'h4']);
  });

  it('joins a long run-in heading the PDF broke before its first full stop', () => {
    expect(
      body('(2) 加强各类人群科技教育培训的教材\n\n建设。结合不同人群特点和需求，不断更新。\n'),
    ).toEqual([
      ['paragraph', '(2) 加强各类人群科技教育培训的教材建设。结合不同人群特点和需求，不断更新。'],
    ]);
  });

  it('makes a table of tab-separated rows and marks empty leading cells as merged', () => {
    const doc = firstDocument(
      NOTICE.replace(
        '现将有关事项通知如下。\n',
        '镇（街道）\t行政村\t包抓领导\n\n星海镇\t祥河村\t苏焕喜\n\t星光村\t周学斌\n',
      ),
    );
    const table = doc.body.children.find((n) => n.type === 'table');
    expect(
      table?.type === 'table' &&
        table.children.map((r) => r.children.map((c) => (c.data?.merged ? '^' : toText(c)))),
    ).toEqual([
      ['镇（街道）', '行政村', '包抓领导'],
      ['星海镇', '祥河村', '苏焕喜'],
      ['^', '星光村', '周学斌'],
    ]);
  });

  it('turns markdown artefacts into marks and drops a converter bullet', () => {
    const doc = firstDocument(
      NOTICE.replace(
        '现将有关事项通知如下。\n',
        '1. **“三百三千”科技服务行动**：组织专家服务。\n\n网址：<http://www.example.gov.cn>\n\n- 附件：防火责任表\n',
      ),
    );
    const [first, second] = doc.body.children.slice(4);
    expect(first).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: '1. ' },
        { type: 'strong', children: [{ value: '“三百三千”科技服务行动' }] },
        { type: 'text', value: '：组织专家服务。' },
      ],
    });
    expect(second).toMatchObject({
      type: 'paragraph',
      children: [
        { type: 'text', value: '网址：' },
        { type: 'link', url: 'http://www.example.gov.cn' },
      ],
    });
    expect(doc.attachments).toEqual(['防火责任表']);
  });

  // A layout-aware converter places a line with HTML: the signature over its date in one
  // right-aligned paragraph, the page number centred.
  it('reads the lines of an HTML paragraph a converter placed, its <br> a line break', () => {
    const doc = firstDocument(
      NOTICE.replace(
        '江城市临河区人民政府办公室\n\n2022年3月1日\n',
        '<p align="right">江城市临河区人民政府办公室<br>2022年3月1日</p>\n\n<div align="center">1</div>\n',
      ),
    );
    expect(doc.date).toBe('2022-03-01');
    expect(doc.body.children.slice(-3)).toMatchObject([
      {
        type: 'gbtElement',
        name: 'signature',
        children: [{ value: '江城市临河区人民政府办公室' }],
      },
      { type: 'gbtElement', name: 'date', children: [{ value: '2022年3月1日' }] },
      { type: 'gbtElement', name: 'folio', children: [{ value: '1' }] },
    ]);
  });

  // Lines of dawukou/2021-3.txt (385-387) and kundulun/2017-1.txt (131-135).
  it('makes a heading of an outline line of two clauses, its items below it', () => {
    expect(
      body(
        '二、建立健全长效帮扶机制,巩固拓展脱贫攻坚成果\n\n(一) 保持主要帮扶政策总体稳定。按照工作要求,认真落实。\n',
      ).map(([t]) => t),
    ).toEqual(['h3', 'paragraph']);
    expect(
      body(
        '（一）开展土壤污染调查，掌握土壤环境质量状况\n\n1.深入开展土壤环境质量调查\n\n在现有相关调查基础上，开展土壤污染状况详查。\n',
      ).map(([t]) => t),
    ).toEqual(['h4', 'h5', 'paragraph']);
  });

  // Lines of qingxin/2018-3.txt (201-203, 99-101).
  it('keeps an item of clauses that the PDF wrapped, or that a sibling follows, in a paragraph', () => {
    expect(
      body(
        '(2) 围绕建设创新型清新发展需求，以专业技术人才、高技\n\n能人才、进城务工人员及失业人员的培养培训为重点。\n',
      ),
    ).toEqual([
      [
        'paragraph',
        '(2) 围绕建设创新型清新发展需求，以专业技术人才、高技能人才、进城务工人员及失业人员的培养培训为重点。',
      ],
    ]);
    expect(
      body(
        '(2) 将健康教育纳入国民教育体系，把健康教育作为所有教育阶段素质教育的重要内容。\n\n(3) 塑造自主自律的健康行为，引导合理膳食。到2020年，居民营养知识素养明显提高。\n',
      ).map(([t]) => t),
    ).toEqual(['paragraph', 'paragraph']);
  });

  // dawukou/2021-3.txt 1134-1160 and jinfeng/2018-2.txt 1110-1154: one entry a line, a wrapped entry joined.
  it('keeps the entries of a roster on lines of their own', () => {
    expect(
      body(
        '总召集人、组长：何秉海 区人民政府副区长\n\n召集人、副组长：秦新春 区教育体育局局长\n\n张国新 市市场监督管理局大武口区分局局长\n\n各中小学、幼儿园负责人\n\n领导小组办公室设在区教育局，秦新春同志兼任办公室主任。\n',
      ),
    ).toEqual([
      ['paragraph', '总召集人、组长：何秉海 区人民政府副区长'],
      ['paragraph', '召集人、副组长：秦新春 区教育体育局局长'],
      ['paragraph', '张国新 市市场监督管理局大武口区分局局长'],
      ['paragraph', '各中小学、幼儿园负责人'],
      ['paragraph', '领导小组办公室设在区教育局，秦新春同志兼任办公室主任。'],
    ]);
    expect(
      body(
        '组 长：于 哲 金凤区党委副书记、政法委\n书记\n\n成 员：周晓宁 金凤区公安分局党委副书记、\n政委\n\n李 岐 金凤区满城北街街道党工委书记\n\n领导小组下设办公室，由金凤区组织部、宣\n\n传部、民政局组成。\n',
      ),
    ).toEqual([
      ['paragraph', '组 长：于 哲 金凤区党委副书记、政法委书记'],
      ['paragraph', '成 员：周晓宁 金凤区公安分局党委副书记、政委'],
      ['paragraph', '李 岐 金凤区满城北街街道党工委书记'],
      ['paragraph', '领导小组下设办公室，由金凤区组织部、宣传部、民政局组成。'],
    ]);
  });

  // dawukou/2021-3.txt 387 and 948.
  it('reads bold the converter put next to CJK punctuation', () => {
    const [first, second] = body(
      '工作政策。**(责任单位:**区教育体育局,星海镇)\n\n（一）**细化措施，压实责任。**行业主管部门要切实履行责任。\n',
    );
    expect(first).toEqual(['paragraph', '工作政策。(责任单位:区教育体育局,星海镇)']);
    expect(second).toEqual(['paragraph', '（一）细化措施，压实责任。行业主管部门要切实履行责任。']);
    const doc = firstDocument(
      NOTICE.replace(
        '现将有关事项通知如下。\n',
        '（一）**细化措施，压实责任。**行业主管部门要切实履行责任。\n',
      ),
    );
    expect(doc.body.children[4]).toMatchObject({
      type: 'paragraph',
      children: [
        { value: '（一）' },
        { type: 'strong', children: [{ value: '细化措施，压实责任。' }] },
        { value: '行业主管部门要切实履行责任。' },
      ],
    });
  });

  it('keeps half- and full-width punctuation as printed', () => {
    expect(body('(八) 区农业局,认真落实(试行)政策;加大帮扶力度。\n')).toEqual([
      ['paragraph', '(八) 区农业局,认真落实(试行)政策;加大帮扶力度。'],
    ]);
  });
});

function toText(cell: { children: Array<{ type: string; value?: string }> }): string {
  return cell.children.map((c) => c.value ?? '').join('');
}
