// 施行日期, 有效期 and typed relations in the corpus of real issues (tests/corpus, each with its
// SOURCES.md), issue by issue, as read from their text (the lines are given; the files were
// searched for 施行/有效期/废止/失效/修改/修订/收悉/印发给你们/转发给你们/现予印发/现公布/现将).
// The 国务院令 第706号 and 第707号 (gwygb-2018-34 line 37, gwygb-2019-1 lines 29–30) publish an
// 条例 and state its 施行日期. Not read, and why: pingjiang-2020-4 line 58 answers a 议案 named outside its 《》
// (关于《…》的议案) and stays a plain citation.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../src/parser/index.ts';

const EXPECTED: Record<string, { effective: string[]; typed: string[] }> = {
  // lines 26, 44, 65 (two requests), 83: 你市《…的请示》（…号）收悉
  'fujian-2021-8/2021-8.txt': {
    effective: [],
    typed: [
      'answers 关于长乐区文武砂镇撤镇设街道的请示 榕政综〔2020〕264号',
      'answers 关于连江县潘渡乡、江南乡、下宫乡撤乡设镇的请示 榕政综〔2020〕6号',
      'answers 关于大田县吴山乡撤乡设镇的请示 -',
      'answers 关于大田县华兴乡撤乡设镇的请示 -',
      'answers 关于秀屿区月塘乡撤乡设镇的请示 莆政〔2015〕61号',
    ],
  },
  // lines 261, 439 收悉; line 211 (环保总局正在对《规划》进行修订) and 237 (修改完善《…办法》) amend nothing
  'gwygb-2005-1/2005-1.txt': {
    effective: [],
    typed: [
      'answers 关于恳请解决巴东县官渡口镇马鬃山村地质险情有关问题的请示 鄂政文〔2004〕15号',
      'answers 关于以深圳市名义申办2011年世界大学生夏季运动会的请示 教外际〔2004〕81号',
    ],
  },
  // line 37 自2019年3月1日起施行 (the 令); lines 329, 407 (the 请示 named by its number only)
  'gwygb-2018-34/2018-34.txt': {
    effective: ['2019-03-01'],
    typed: [
      'answers 关于提请调整完善职业教育工作部际联席会议制度的请示 教职成〔2018〕8号',
      'answers - 国科发高〔2018〕235号',
    ],
  },
  // lines 29–30 自2019年1月1日起施行 (the 令); 339–340 现将《…》印发; 539–540 本办法自2019年1月1日起施行; 573 〉的请示》收悉; 36–43 修订 history amends nothing
  'gwygb-2019-1/2019-1.txt': {
    effective: ['2019-01-01', '2019-01-01'],
    typed: [
      'carries 个人所得税专项附加扣除暂行办法 -',
      'answers 关于呈报《河北雄安新区总体规划（2018—2035年）》的请示 -',
    ],
  },
  // line 23: 现将《…(试行)》印发给你们…原２００７年印发的《…》同时废止
  'mouding-2017-6/2017-6.txt': {
    effective: [],
    typed: ['carries 牟定县突发环境事件应急预案(试行) -', 'repeals 牟定县突发环境事件应急预案 -'],
  },
  // lines 21–22 《…》已经…同意, 现印发给你们; 46 您提出的《…的建议》收悉
  'pingjiang-2020-4/2020-4.txt': {
    effective: [],
    typed: [
      'carries 关于全面推进政务公开工作的实施意见 -',
      'answers 关于村级公路列入乡镇循环路的建议 -',
    ],
  },
  // line 25: 《浠水县人民政府工作规则》已经…审议通过,现予印发
  'xishui-2017-1/2017-1.txt': { effective: [], typed: ['carries 浠水县人民政府工作规则 -'] },
  'huanggang-2020-1/2020-1.txt': { effective: [], typed: [] },
  'jiading-2020-5/2020-5.txt': { effective: [], typed: [] },
  'kaifu-2021-3/2021-3.txt': { effective: [], typed: [] },
  'lvyuan-2019-1/2019-1.txt': { effective: [], typed: [] },
  'zhangzi-2019-1/2019-1.txt': { effective: [], typed: [] },
};

describe('validity and relations in the corpus of real issues', () => {
  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const path = `tests/corpus/${file}`;
    const { documents } = parseIssue(path, readFileSync(path));
    expect(documents.flatMap((d) => [d.effective, d.expires]).filter(Boolean)).toEqual(
      expected.effective,
    );
    const typed = documents.flatMap((d) =>
      d.relations
        .filter((r) => r.type !== 'cites')
        .map((r) => `${r.type} ${r.title ?? '-'} ${r.docNumber ?? '-'}`),
    );
    expect(typed).toEqual(expected.typed);
  });
});
