// The line classifiers and text helpers on their own, table-driven, with lines taken from the
// sample issues in content/ (the file and line follow each row).
import { describe, expect, it } from 'vitest';
import { continues } from '../../src/parser/body.ts';
import {
  docTypeOf,
  isPageFurniture,
  isTitleLike,
  meetingBody,
  outlineLevel,
  sectionLabel,
} from '../../src/parser/classify.ts';
import { fullOrganName } from '../../src/parser/issuer.ts';
import { normalizeTitle, squeeze } from '../../src/parser/text.ts';

describe('isTitleLike', () => {
  it.each([
    ['南明区人民政府关于区人民政府领导同志 部分工作分工调整的通知', true], // nanming 41
    ['一、组织领导', true], // nanming 103
    ['南府发〔2020〕25号', false], // nanming 39: a 发文字号
    ['2021年4月19日', false], // a date line
    ['山东省人民政府办公厅2019年1月3日印发', false], // corpus ningyang 28: a 版记 printing line
    ['各乡、街道办事处，区政府各工作部门，区属事业单位，区属国有企业：', false], // nanming 43: addressees
    ['区人民政府实行区长负责制，副区长、区政府党组成员协助区长工作。', false], // nanming 45: a sentence
  ])('%s → %s', (line, expected) => expect(isTitleLike(line)).toBe(expected));
});

describe('sectionLabel: a short label with symbols or punctuation at its ends, without them', () => {
  it.each([
    ['〖省政府办公厅文件〗', '省政府办公厅文件'], // corpus hunan-2009-8 10
    ['▲市政府文件', '市政府文件'], // corpus lincang-2006-2 13
    ['▍发文目录', '发文目录'], // corpus shilin-2025-10
    ['● 县人大文件', '县人大文件'], // corpus youxian-2022-1 12
    // Decorations no issue prints yet, on labels of the corpus.
    ['▶ 上级文件', '上级文件'],
    ['◇部门文件◇', '部门文件'],
    ['〔国务院令〕', '国务院令'],
    ['※ 疫情防控 ※', '疫情防控'],
    ['☆☆ 区政府文件', '区政府文件'],
    ['<<市政府令>>', '市政府令'],
    // A label of documents closed on both sides at any length a header mark has: the documents
    // of a meeting (gwygb-2024-2 9's meeting).
    [
      '〓 第十四届全国人民代表大会常务委员会第七次会议文件 〓',
      '第十四届全国人民代表大会常务委员会第七次会议文件',
    ],
    [
      '【第十四届全国人民代表大会常务委员会第七次会议文件】',
      '第十四届全国人民代表大会常务委员会第七次会议文件',
    ],
    // …and wrapped whole in book-title marks, as no title is (corpus yixian-2021-2's form).
    ['〈县政府文件〉', '县政府文件'],
    ['《市政府办公室文件》', '市政府办公室文件'],
    // …and between two runs of dashes, as no wording is (corpus daying-2023-10's form).
    ['——县政府文件——', '县政府文件'],
    ['— 发文目录 —', '发文目录'],
  ])('%s → %s', (line, label) => expect(sectionLabel(line)).toBe(label));

  // Lines that open or end with the marks wording is written with are no labels.
  it.each([
    ['（试行）'], // the second line of a title: corpus lincang-2006-2's 规定(试行)
    ['《攸县人民代表大会议事规则》。'], // corpus youxian-2022-1 17
    ['“市县同权”'],
    ['特此通知。'],
    ['附件：'],
    ['——协同下放'], // corpus jining-2021-7: an item of a list
    ['| 主办 | 济宁市人民政府办公室 |'], // corpus jining-2021-7 5: a table row
    ['— 1 —'], // a page footer
    ['— １ —'], // …in full-width digits (corpus zhangzi-2019-1)
    ['——权责一致——协同下放'], // wording between and after dashes
    ['市政府文件'], // a bare label is told by its place, not here
    ['【9号令】'], // a serial: digits
    // A long label must be closed on both sides, and name no title's words.
    ['▲第十四届全国人民代表大会常务委员会第七次会议文件'],
    ['【国务院办公厅关于全面推行行政规范性文件】'],
    // Book-title marks around what is no class of documents are wording: a title, a name.
    ['《攸县人民代表大会议事规则》'], // corpus youxian-2022-1 17
    ['《鼓励外商投资产业目录》'], // a catalogue is a document
    ['〈天津市实施《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》办法〉'], // corpus tianjin-2025-15
  ])('%s → null', (line) => expect(sectionLabel(line)).toBeNull());
});

describe('meetingBody: the organ that holds a meeting, its term and session left out', () => {
  it.each([
    ['攸县第十八届人民代表大会第二次会议', '攸县人民代表大会'], // corpus youxian-2022-1 16
    ['第十四届全国人民代表大会常务委员会第七次会议', '全国人民代表大会常务委员会'], // gwygb-2024-2 9
    ['济源市第十五届人民代表大会常务委员会第七次会议', '济源市人民代表大会常务委员会'], // corpus jiyuan-2023-6 18
    ['市人民政府2006年度第一次常务会议', null], // corpus lincang-2006-2: no session of an organ's
  ])('%s → %s', (meeting, body) => expect(meetingBody(meeting)).toBe(body));
});

describe('docTypeOf: the 文种 a title ends in, the words before it being the name’s', () => {
  it.each([
    ['琼海市公共租赁住房保障管理办法', '办法'], // corpus qionghai-2023-2 32
    ['个人所得税专项附加扣除暂行办法', '办法'], // corpus gwygb-2019-1 344
    ['宁夏回族自治区《地方志工作条例》实施办法', '办法'], // corpus yanchi-2008-1
    ['河北省人工影响天气管理规定', '规定'], // corpus hebei-2010-36 39
    ['中华人民共和国个人所得税法实施条例', '条例'], // corpus gwygb-2019-1
    ['中华人民共和国专利法实施细则', '细则'], // the 国务院's 行政法规 of that name
    ['关于全面推进政务公开工作的实施意见', '意见'], // corpus pingjiang-2020-4 17, the name it prints
    ['国务院办公厅关于全面推行行政规范性文件合法性审核机制的指导意见', '意见'], // corpus gwygb-2019-1
    ['浠水县人民政府工作规则', '规则'], // corpus xishui-2017-1 33
    ['关于印发《海口市人民政府工作规则》的通知', '通知'], // corpus haikou-2011-5 14
  ])('%s → %s', (title, docType) => expect(docTypeOf(title)).toBe(docType));
});

describe('outlineLevel', () => {
  it.each([
    ['一、组织领导', 1], // nanming 103
    ['（一）坚持政府主导。坚持政府统筹，教育牵头，相关部门配合', 2], // nanming 134
    ['1. **“三百三千”科技服务行动**：组织 100 名自治区及市级副高级职称以上农技专家', 3], // dawukou 335
    ['区人民政府实行区长负责制，副区长、区政府党组成员协助区长工作。', 0], // nanming 45
  ])('%s → %i', (line, level) => expect(outlineLevel(line)).toBe(level));
});

describe('continues: is line b the rest of line a’s paragraph?', () => {
  it.each([
    // nanming 49–51: a paragraph the PDF broke before its last words
    [
      '负责工业和信息化、大数据、民营经济、军民融合、科技、电力建设等方面工作。对所分管工作的政务公开、安全生产、生态环保和维稳、信访工作负责，履行党风廉政建设',
      '“一岗双责”。',
      true,
    ],
    // corpus gwygb-2019-1 448–449: an article is not a roster's name and post
    ['第十九条　住房租金支出由签订租赁住房合同的', '承租人扣除。', true],
    // corpus huanggang-2020-1 29–30: the PDF carried a comma over to the next line
    ['一、延长2020年春节假期至2月2日(农历正月初九,星期日)', ',2月3日(星期一)起正常上班。', true],
    // a sentence ends its paragraph
    [
      '联系科协方面工作。',
      '杨吉华同志 协助张红梅同志负责应急管理、安全生产、防灾减灾救灾工作。',
      false,
    ],
  ])('%s / %s → %s', (a, b, expected) => expect(continues(a, b)).toBe(expected));
});

describe('isPageFurniture: a printed page’s number or running header among a document’s lines', () => {
  it.each([
    [['— 3 —'], 0, true], // corpus gwygb-2019-1 112
    [['国务院公报 2019.1'], 0, true], // corpus gwygb-2019-1 113
    [['-1-', '黄冈市人民政府公报 2020年第1期'], 1, true], // corpus huanggang-2020-1 26–27
    [['天水市麦积区人民政府公报                                        2026年第1期'], 0, true], // corpus maiji-2026-1 31
    [['— １ —'], 0, true], // corpus zhangzi-2019-1 22
    [['·1·', '盐池县人民政府公报　2008年第1期'], 0, true], // corpus yanchi-2008-1 26–27
    [['— 1 —', '和静政报　2009年第1期'], 1, true], // corpus hejing-2009-1 19–20
    [['2'], 0, true], // corpus hongan-2020-1 31: alone under the date
    // corpus tianjin-2020-24 54–57: a flattened table's 序号 cell
    [['公布日期', '1', '天津市人民政府关于修改和废止部分规章的决定'], 1, false],
    [['在省政府公报2021年第3期上公布'], 0, false],
    [['《福建省人民政府公报》2021年第8期'], 0, false],
  ])('%j, line %i → %s', (texts, i, expected) => expect(isPageFurniture(texts, i)).toBe(expected));
});

describe('normalizeTitle and squeeze', () => {
  it.each([
    // nanming 41: the PDF's wrap space inside a title goes
    [
      '南明区人民政府关于区人民政府领导同志 部分工作分工调整的通知',
      '南明区人民政府关于区人民政府领导同志部分工作分工调整的通知',
    ],
    // a space between two issuing organs of a joint title stays (dawukou 3)
    [
      '中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知',
      '中共大武口区委办公室 区人民政府办公室关于印发《大武口区创建和打造“学在大武口”教育品牌实施方案》的通知',
    ],
  ])('%s → %s', (printed, title) => expect(normalizeTitle(printed)).toBe(title));

  it.each([
    ['石大党办发〔2021〕14 号', '石大党办发〔2021〕14号'],
    ['2021 年 04 月 02 日', '2021年04月02日'],
  ])('squeeze(%s) → %s', (printed, value) => expect(squeeze(printed)).toBe(value));
});

describe('fullOrganName', () => {
  it.each([
    ['区教育体育局', '贵阳市南明区', '贵阳市南明区教育体育局'],
    ['南明区人民政府', '贵阳市南明区', '贵阳市南明区人民政府'],
    ['贵阳市南明区人民政府办公室', '贵阳市南明区', '贵阳市南明区人民政府办公室'],
  ])('%s in %s → %s', (name, region, full) => expect(fullOrganName(name, region)).toBe(full));
});
