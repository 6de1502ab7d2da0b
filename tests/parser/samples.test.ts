// The five sample issues, item by item. Every expectation below was written by reading the
// issue's text (line numbers refer to the file), not by copying the parser's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toString } from 'mdast-util-to-string';
import { accountFor } from '../../src/quality/accounting.ts';
import { parseIssue } from '../../src/parser/index.ts';
import { documentSchema, issueSchema } from '../../src/schema.ts';

interface Expected {
  kind?: 'document' | 'chronicle' | 'listing';
  title: string;
  docNumber: string | null;
  date: string | null;
  issuers: string[];
  section: string | null;
  tocPage: number | null;
  docType?: string | null;
  printedDate?: string | null;
  embedded?: string[];
  attachments?: string[];
  addressees?: string[];
  firstLine?: number;
}

interface Sample {
  file: string;
  issue: Record<string, unknown>;
  documents: Expected[];
  /** the line and catalog code of each diagnostic, and its parameters */
  warnings: Array<[number, string, object]>;
}

const nanmingOffice = ['贵阳市南明区人民政府办公室'];
const jinfengJoint = ['银川市金凤区党委办公室', '银川市金凤区政府办公室'];
const jinfengOffice = ['银川市金凤区人民政府办公室'];
const qingxinOffice = ['清远市清新区人民政府办公室'];
const dawukouOffice = ['大武口区人民政府办公室'];

const samples: Sample[] = [
  {
    file: 'content/nanming/2020-4.txt',
    issue: {
      id: 'nanming/2020/4',
      gazette: '贵阳市南明区人民政府公报',
      region: '贵阳市南明区',
      year: 2020,
      number: 4,
      totalNumber: 64,
      published: '2020-08-25',
      frequency: null,
      publisher: '南明区人民政府办公室',
    },
    documents: [
      {
        title: '南明区人民政府关于区人民政府领导同志部分工作分工调整的通知',
        docNumber: '南府发〔2020〕25号',
        // No signature: the header mark 贵阳市南明区人民政府文件 names the issuer (line 37).
        date: '2020-08-06',
        issuers: ['贵阳市南明区人民政府'],
        section: '区政府文件',
        tocPage: 1,
        docType: '通知',
        printedDate: '2020-08-06',
        firstLine: 37,
        addressees: ['各乡、街道办事处', '区政府各工作部门', '区属事业单位', '区属国有企业'],
      },
      {
        title: '南明区人民政府办公室关于印发南明区建立和完善教育文化户口簿工作方案的通知',
        docNumber: '南府办函〔2020〕47号',
        date: '2020-07-03',
        issuers: nanmingOffice,
        section: '区政府办公室文件',
        tocPage: 5,
        embedded: ['南明区建立和完善教育文化户口簿工作方案'],
        attachments: [],
      },
      {
        title:
          '南明区人民政府办公室关于印发南明区脱贫攻坚“冲刺90天打赢歼灭战”控辍保学攻坚工作实施方案方案的通知',
        docNumber: '南府办函〔2020〕49号',
        date: '2020-07-03',
        issuers: nanmingOffice,
        section: '区政府办公室文件',
        tocPage: 11,
        embedded: ['南明区脱贫攻坚“冲刺90天打赢歼灭战”控辍保学攻坚工作实施方案'],
        // 附：1. … 2. … (lines 268-270) under the 方案, which has its own signature (272-274).
        attachments: ['南明区控辍保学攻坚工作领导小组', '控辍保学“七长”责任制度'],
      },
      {
        title: '南明区人民政府办公室关于印发《南明区土壤污染防治2020年度实施方案》的通知',
        docNumber: '南府办函〔2020〕51号',
        date: '2020-07-10',
        issuers: nanmingOffice,
        section: '区政府办公室文件',
        tocPage: 25,
        embedded: ['南明区土壤污染防治2020年度实施方案'],
      },
      {
        title: '南明区人民政府办公室关于印发《南明区公共文化馆图书馆总分馆建设工作方案》的通知',
        docNumber: '南府办函〔2020〕57号',
        date: '2020-07-29',
        issuers: nanmingOffice,
        section: '区政府办公室文件',
        tocPage: 37,
        embedded: ['南明区公共文化馆图书馆总分馆建设工作方案'],
      },
    ],
    warnings: [],
  },
  {
    file: 'content/jinfeng/2018-2.txt',
    issue: {
      id: 'jinfeng/2018/2',
      gazette: '银川市金凤区人民政府公报',
      region: '银川市金凤区',
      year: 2018,
      number: 2,
      totalNumber: 2,
      published: '2018-12-20',
      frequency: '不定期',
      publisher: '银川市金凤区人民政府办公室',
    },
    documents: [
      ['《金凤区2018年污染防治攻坚战实施方案》', '银金党办发〔2018〕9号', '2018-02-27', 3],
      [
        '《关于进一步加强金凤区义务教育阶段控辍保学工作实施方案》',
        '银金党办发〔2018〕18号',
        '2018-03-27',
        14,
      ],
      [
        '《乡村振兴战略金凤区三年（2018—2020）行动计划》',
        '银金党办发〔2018〕19号',
        '2018-04-03',
        17,
      ],
      ['《金凤区污染防治量化考核办法(试行)》', '银金党办发〔2018〕47号', '2018-06-01', 25],
      ['《金凤区深化街道社区管理体制改革实施方案》', '银金党办发〔2018〕75号', '2018-09-28', 27],
      ['《金凤区教育集团化办学实施方案（试行）》', '银金党办发〔2018〕94号', '2018-11-01', 33],
    ]
      .map(([name, docNumber, date, tocPage]): Expected => ({
        // Joint issuers: two signature lines (e.g. lines 97 and 99); the title keeps the space between them.
        title: `银川市金凤区党委办公室 政府办公室关于印发${name}的通知`,
        docNumber: docNumber as string,
        date: date as string,
        issuers: jinfengJoint,
        section: '金凤区党委办公室 政府办公室文件',
        tocPage: tocPage as number,
        embedded: [(name as string).slice(1, -1)],
      }))
      .concat(
        [
          ['《金凤区政务服务标准化建设三年行动计划》', '金政办发〔2018〕29号', '2018-03-05', 38],
          ['《金凤区普及高中阶段教育工作实施方案》', '金政办发〔2018〕66号', '2018-05-23', 40],
          ['《金凤区加强政务诚信建设实施方案》', '金政办发〔2018〕142号', '2018-10-30', 44],
          ['《金凤区推进审批服务便民利企实施意见》', '金政办发〔2018〕155号', '2018-11-28', 48],
        ].map(([name, docNumber, date, tocPage]) => ({
          title: `银川市金凤区人民政府办公室关于印发${name}的通知`,
          docNumber: docNumber as string,
          date: date as string,
          issuers: jinfengOffice,
          section: '金凤区政府办公室文件',
          tocPage: tocPage as number,
          embedded: [(name as string).slice(1, -1)],
        })),
      ),
    warnings: [],
  },
  {
    file: 'content/qingxin/2018-3.txt',
    issue: {
      id: 'qingxin/2018/3',
      gazette: '清远市清新区人民政府公报',
      region: '清远市清新区',
      year: 2018,
      number: 3,
      totalNumber: null,
      published: '2018-10-15',
      frequency: '季刊',
      publisher: '清远市清新区人民政府',
    },
    documents: [
      {
        title:
          '清远市清新区人民政府办公室印发清远市清新区全民科学素质行动计划纲要实施方案（2016-2020年）的通知',
        docNumber: '清新府办〔2018〕35号',
        date: '2018-07-02',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 1,
        embedded: ['清远市清新区全民科学素质行动计划纲要实施方案（2016-2020年）'],
      },
      {
        title: '清远市清新区人民政府办公室印发清远市清新区职业病防治规划(2017-2020年)的通知',
        docNumber: '清新府办〔2018〕37号',
        date: '2018-07-09',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 34,
      },
      {
        title:
          '清远市清新区人民政府办公室印发关于推进全区中小学教师“县管校聘”管理改革的实施意见（试行）的通知',
        docNumber: '清新府办〔2018〕38号',
        date: '2018-07-12',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 44,
      },
      {
        title: '清远市清新区人民政府办公室印发清远市清新区2018年“厕所革命”工程建设方案的通知',
        docNumber: '清新府办〔2018〕40号',
        date: '2018-07-19',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 55,
        // "- 附件：1.… 2.… 3.…" (lines 749-751): the "- " is a markdown bullet the converter added.
        attachments: [
          '清远市清新区中心城区公厕改建（造）计划',
          '清远市清新区镇级公厕新（改）建计划',
          '清远市清新区旅游公厕新（改）建计划',
        ],
      },
      {
        title:
          '清远市清新区人民政府办公室印发清远市清新区0-2级严重精神障碍患者药物治疗救治经费补助实施方案和清远市清新区严重精神障碍患者强制送治经费补助实施方案的通知',
        docNumber: '清新府办〔2018〕41号',
        date: '2018-07-25',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 62,
        // Two instruments printed one after the other (lines 813 and 837).
        embedded: [
          '清远市清新区0-2级严重精神障碍患者药物治疗救治经费补助实施方案',
          '清远市清新区严重精神障碍患者强制送治经费补助实施方案',
        ],
      },
      {
        title:
          '清远市清新区人民政府办公室印发清远市清新区全面推进非禁养区畜禽养殖场污染整治工作方案的通知',
        docNumber: '清新府办函〔2018〕81号',
        date: '2018-07-31',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 67,
      },
      {
        title: '清远市清新区人民政府办公室印发清远市清新区道路交通安全“夏季攻势”专项行动方案的通知',
        docNumber: '清新府办函〔2018〕91号',
        date: '2018-08-22',
        issuers: qingxinOffice,
        section: '区政府办公室文件',
        tocPage: 78,
        attachments: ['“夏季攻势”行动工作负责人联络员信息报送表'],
      },
    ],
    // 2018年11月31日 (line 743) does not exist.
    warnings: [[743, 'date-does-not-exist', { date: '2018年11月31日' }]],
  },
  {
    file: 'content/dawukou/2021-3.txt',
    issue: {
      id: 'dawukou/2021/3',
      gazette: '大武口区人民政府公报',
      region: '大武口区',
      year: 2021,
      number: 3,
      totalNumber: 24,
      published: '2021-04-30',
      frequency: '月刊',
      publisher: '大武口区人民政府办公室',
    },
    documents: [
      {
        title:
          '中共大武口区委员会 大武口区人民政府关于印发《全面推进乡村振兴加快农业农村现代化实施方案》的通知',
        docNumber: '石大党发〔2021〕23号',
        date: '2021-04-01',
        issuers: ['中共大武口区委员会', '大武口区人民政府'],
        section: '党政联合发文件',
        tocPage: 1,
        attachments: ['区级领导包抓、部门包扶行政村名单'],
        embedded: ['全面推进乡村振兴加快农业农村现代化实施方案'],
      },
      {
        title:
          '中共大武口区委员会 大武口区人民政府关于印发《关于实现巩固拓展脱贫攻坚成果同乡村振兴有效衔接的实施方案》的通知',
        docNumber: '石大党发〔2021〕25号',
        date: '2021-04-26',
        issuers: ['中共大武口区委员会', '大武口区人民政府'],
        section: '党政联合发文件',
        tocPage: 12,
      },
      {
        title:
          '中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知',
        docNumber: '石大党办发〔2021〕14号',
        date: '2021-04-19',
        issuers: ['中共大武口区委办公室', '大武口区人民政府办公室'],
        section: '党政办联合发文件',
        tocPage: 17,
      },
      {
        title: '大武口区人民政府关于对见义勇为先进群体进行表彰奖励的决定',
        docNumber: '石大政发〔2021〕20号',
        docType: '决定',
        date: '2021-04-22',
        issuers: ['大武口区人民政府'],
        section: '大武口区人民政府文件',
        tocPage: 35,
        attachments: ['大武口区见义勇为先进个人名单'],
        embedded: [],
      },
      {
        // The title uses the short form 区人民政府办公室; the signature (line 956) has the full name.
        title: '区人民政府办公室关于进一步建立“散乱污”企业网格化监管责任制的通知',
        docNumber: '石大政办发〔2021〕9号',
        date: '2021-04-02',
        issuers: dawukouOffice,
        section: '大武口区人民政府办公室文件',
        tocPage: 37,
        embedded: [],
      },
      {
        title: '区人民政府办公室关于印发《大武口区综合防控儿童青少年近视工作实施方案》的通知',
        docNumber: '石大政办发〔2021〕10号',
        date: '2021-04-19',
        issuers: dawukouOffice,
        section: '大武口区人民政府办公室文件',
        tocPage: 39,
        addressees: ['各相关部门'],
      },
      {
        title: '区人民政府办公室关于印发大武口区推进基层审批服务便民化改革实施方案的通知',
        docNumber: '石大政办发〔2021〕14号',
        date: '2021-04-25',
        issuers: dawukouOffice,
        section: '大武口区人民政府办公室文件',
        tocPage: 49,
      },
      {
        kind: 'chronicle',
        title: '大武口区人民政府大事记',
        docNumber: null,
        date: null,
        docType: null,
        issuers: ['大武口区人民政府'],
        section: '大武口区人民政府大事记',
        tocPage: 54,
        firstLine: 1314,
      },
    ],
    warnings: [[1316, 'date-does-not-exist', { date: '2021年4月31日' }]],
  },
  {
    file: 'content/kundulun/2017-1.txt',
    issue: {
      id: 'kundulun/2017/1',
      gazette: '昆都仑区人民政府公报',
      region: '昆都仑区',
      year: 2017,
      number: 1,
      totalNumber: 1,
      published: null,
      frequency: '双月刊',
      publisher: '昆都仑区人民政府办公室',
    },
    documents: [
      {
        // Title printed over two lines (101, 103) above its number; no signature, so the title's organ is the issuer.
        title: '昆都仑区人民政府办公室关于印发昆都仑区土壤污染防治行动方案的通知',
        docNumber: '昆政发〔2017〕25号',
        date: '2017-11-28',
        issuers: ['昆都仑区人民政府办公室'],
        section: '昆区政府文件',
        tocPage: 1,
        firstLine: 101,
        embedded: ['昆都仑区土壤污染防治行动方案'],
      },
      {
        // Neither signature nor date is printed (lines 505-557).
        title: '昆都仑区人民政府办公室关于规范区本级公共服务事项监管工作的通知',
        docNumber: '昆政办发〔2017〕115号',
        date: null,
        issuers: ['昆都仑区人民政府办公室'],
        section: '昆区政府办公室文件',
        tocPage: 12,
      },
      {
        title:
          '昆都仑区人民政府办公室关于印发《昆都仑区全民科学素质行动计划纲要实施方案（2016—2020年）》的通知',
        docNumber: '昆政办发〔2017〕125号',
        date: '2017-12-08',
        issuers: ['昆都仑区人民政府办公室'],
        section: '昆区政府办公室文件',
        tocPage: 14,
      },
      {
        kind: 'chronicle',
        title: '昆都仑区人民政府大事记',
        docNumber: null,
        date: null,
        issuers: ['昆都仑区人民政府'],
        section: '区政府大事记',
        tocPage: 21,
      },
      {
        // Its TOC entry (line 99) names the organs whose documents it lists: a listing is never
        // a source of an issuer (issue 23), so it has none.
        kind: 'listing',
        title: '文件目录',
        docNumber: null,
        date: null,
        issuers: [],
        section: '发文目录',
        tocPage: 23,
        firstLine: 791,
      },
    ],
    warnings: [],
  },
];

describe.each(samples)('$file', (sample) => {
  const bytes = readFileSync(sample.file);
  const result = parseIssue(sample.file, bytes);

  it('reads the cover', () => {
    expect(result.issue).toMatchObject(sample.issue);
    expect(issueSchema.parse(result.issue)).toBeTruthy();
  });

  it('finds every item, no more and no fewer', () => {
    expect(result.documents.map((d) => d.title)).toEqual(sample.documents.map((d) => d.title));
  });

  it.each(sample.documents.map((d, i) => [i + 1, d] as const))(
    'item %i has the right fields',
    (order, expected) => {
      const doc = result.documents[order - 1]!;
      const { firstLine, ...fields } = expected;
      expect(doc).toMatchObject({ kind: 'document', ...fields, order, issue: sample.issue.id });
      if (firstLine) expect(doc.sourceLines[0]).toBe(firstLine);
      expect(documentSchema.parse(doc)).toBeTruthy();
    },
  );

  it('links every TOC entry to its document', () => {
    const entries = result.issue.sections.flatMap((s) => s.entries);
    expect(entries.length).toBe(sample.documents.length);
    for (const entry of entries) {
      const doc = result.documents.find((d) => d.id === entry.document);
      expect(doc?.tocPage).toBe(entry.page);
    }
  });

  it('reports exactly the expected problems', () => {
    expect(result.diagnostics.map((d) => [d.line, d.code, d.params])).toEqual(sample.warnings);
  });

  it('accounts for every character of the input', () => {
    const account = accountFor(bytes, result);
    expect(account.missing).toEqual([]);
    expect(account.percent).toBe(100);
  });
});

// The outline and rosters of the pages a reader found wrong (issue 12), as the text prints them.
describe('outlines and rosters of the samples', () => {
  const parsed = (file: string, order: number) =>
    parseIssue(file, readFileSync(file)).documents[order - 1]!.body.children;
  const headings = (file: string, order: number) =>
    parsed(file, order).flatMap((n) =>
      n.type === 'heading' ? [`h${n.depth} ${toString(n)}`] : [],
    );
  const paragraphs = (file: string, order: number) =>
    parsed(file, order).flatMap((n) => (n.type === 'paragraph' ? [toString(n)] : []));

  it('dawukou/2021/3/2: the six parts are headings, 二、 to 六、 with their commas (lines 385–429)', () => {
    expect(headings('content/dawukou/2021-3.txt', 2).filter((h) => /^h3 /.test(h))).toEqual([
      'h3 一、总体要求',
      'h3 二、建立健全长效帮扶机制,巩固拓展脱贫攻坚成果',
      'h3 三、做好有效衔接重点工作,提升脱贫人口及移民聚居区发展水平',
      'h3 四、瞄准农村低收入人口，健全常态化帮扶机制',
      'h3 五、强化支持举措保障，做好政策有效衔接',
      'h3 六、加强党的集中统一领导,做好工作体系有效衔接',
    ]);
  });

  it('kundulun/2017/1/1: every （一） above its 1. items is a heading (lines 131–487)', () => {
    const h4 = headings('content/kundulun/2017-1.txt', 1).filter((h) => /^h4 /.test(h));
    expect(h4).toHaveLength(10);
    expect(h4[0]).toBe('h4 （一）开展土壤污染调查，掌握土壤环境质量状况');
    expect(h4.at(-1)).toBe('h4 (二)加强目标考核,严格责任追究');
  });

  it('dawukou/2021/3/6 and jinfeng/2018/2/5: one roster entry a paragraph (lines 1134–1160; 1110–1152)', () => {
    const dawukou = paragraphs('content/dawukou/2021-3.txt', 6);
    for (const entry of [
      '总召集人、组长：何秉海 区人民政府副区长',
      '召集人、副组长：秦新春 区教育体育局局长',
      '张国新 市市场监督管理局大武口区分局局长',
      '各中小学、幼儿园负责人',
    ]) {
      expect(dawukou).toContain(entry);
    }
    const jinfeng = paragraphs('content/jinfeng/2018-2.txt', 5);
    for (const entry of [
      '组 长：于 哲 金凤区党委副书记、政法委书记',
      '成 员：周晓宁 金凤区公安分局党委副书记、政委',
      '李 岐 金凤区满城北街街道党工委书记',
    ]) {
      expect(jinfeng).toContain(entry);
    }
  });
});
