// 主题分类: the subject classes of a document, and the rules that guess one from its title.
//
// The classes are the 21 top classes of the 主题分类 of the State Council's policy library
// (国务院政策文件库, www.gov.cn/zhengce/zhengceku), which grew out of the 国务院公文主题词表 and
// which government sites use for the 主题分类 row of a document page, and 其他. Source: the
// `zhutitag` list that the library's search service (sousuo.gov.cn) returned with a result for
// 国办发明电〔2021〕11号, kept in a public repository's code (a JFinal controller's fixture,
// found with the project's `search` tools); the same 21 names, in the same order, are listed
// by other public code that reads the library.
//
// The rules are a small table of title words → class. Only a document (公文) is classed: a
// 大事记 or a 发文目录 covers many subjects. The class is the one of the word that ends last
// in the title (the subject of a 关于…的通知 stands just before 的通知: 脱贫攻坚…控辍保学工作
// is about schooling), the longer word where two end together (道路交通安全 is 交通安全); a
// title with none of the words has no class, never a guess. Every class so given is recorded
// as inferred (src/schema.ts), and the review lists it until an editor confirms or corrects it.

export const SUBJECTS = [
  '国务院组织机构',
  '综合政务',
  '国民经济管理、国有资产监管',
  '财政、金融、审计',
  '国土资源、能源',
  '农业、林业、水利',
  '工业、交通',
  '商贸、海关、旅游',
  '市场监管、安全生产监管',
  '城乡建设、环境保护',
  '科技、教育',
  '文化、广电、新闻出版',
  '卫生、体育',
  '人口与计划生育、妇女儿童工作',
  '劳动、人事、监察',
  '公安、安全、司法',
  '民政、扶贫、救灾',
  '民族、宗教',
  '对外事务',
  '港澳台侨工作',
  '国防',
  '其他',
] as const;

export type Subject = (typeof SUBJECTS)[number];

/**
 * Title words → class. A word names a subject, never an organ's kind (人民政府, 办公室) or a
 * document's form (方案, 办法); where the library's own second-level classes say where a
 * subject goes, it goes there (社会信用体系建设 under 财政、金融、审计, 应急管理 under 综合政务).
 */
export const TITLE_WORDS: ReadonlyArray<readonly [word: string, subject: Subject]> = [
  ['政务服务', '综合政务'],
  ['政务公开', '综合政务'],
  ['审批服务', '综合政务'],
  ['应急管理', '综合政务'],
  ['应急预案', '综合政务'],
  ['信访', '综合政务'],
  ['工作分工', '综合政务'],
  ['工作规则', '综合政务'],
  ['国有资产', '国民经济管理、国有资产监管'],
  ['统计', '国民经济管理、国有资产监管'],
  ['物价', '国民经济管理、国有资产监管'],
  ['财政', '财政、金融、审计'],
  ['预算', '财政、金融、审计'],
  ['税收', '财政、金融、审计'],
  ['金融', '财政、金融、审计'],
  ['审计', '财政、金融、审计'],
  ['诚信', '财政、金融、审计'],
  ['信用体系', '财政、金融、审计'],
  ['土地', '国土资源、能源'],
  ['矿产', '国土资源、能源'],
  ['能源', '国土资源、能源'],
  ['电力', '国土资源、能源'],
  ['农业', '农业、林业、水利'],
  ['农村', '农业、林业、水利'],
  ['乡村振兴', '农业、林业、水利'],
  ['畜牧', '农业、林业、水利'],
  ['林业', '农业、林业、水利'],
  ['水利', '农业、林业、水利'],
  ['河长制', '农业、林业、水利'],
  ['工业', '工业、交通'],
  ['交通运输', '工业、交通'],
  ['公路', '工业、交通'],
  ['旅游', '商贸、海关、旅游'],
  ['商贸', '商贸、海关、旅游'],
  ['招商', '商贸、海关、旅游'],
  ['市场监管', '市场监管、安全生产监管'],
  ['食品安全', '市场监管、安全生产监管'],
  ['安全生产', '市场监管、安全生产监管'],
  ['污染', '城乡建设、环境保护'],
  ['散乱污', '城乡建设、环境保护'],
  ['环境保护', '城乡建设、环境保护'],
  ['生态', '城乡建设、环境保护'],
  ['人居环境', '城乡建设、环境保护'],
  ['厕所革命', '城乡建设、环境保护'],
  ['城乡建设', '城乡建设、环境保护'],
  ['住房', '城乡建设、环境保护'],
  ['科技', '科技、教育'],
  ['科学素质', '科技、教育'],
  ['教育', '科技、教育'],
  ['办学', '科技、教育'],
  ['学校', '科技、教育'],
  ['教师', '科技、教育'],
  ['控辍保学', '科技、教育'],
  ['文化馆', '文化、广电、新闻出版'],
  ['图书馆', '文化、广电、新闻出版'],
  ['文物', '文化、广电、新闻出版'],
  ['卫生', '卫生、体育'],
  ['医疗', '卫生、体育'],
  ['疾病', '卫生、体育'],
  ['职业病', '卫生、体育'],
  ['精神障碍', '卫生、体育'],
  ['近视', '卫生、体育'],
  ['体育', '卫生、体育'],
  ['计划生育', '人口与计划生育、妇女儿童工作'],
  ['妇女', '人口与计划生育、妇女儿童工作'],
  ['儿童', '人口与计划生育、妇女儿童工作'],
  ['就业', '劳动、人事、监察'],
  ['社会保障', '劳动、人事、监察'],
  ['人事', '劳动、人事、监察'],
  ['公安', '公安、安全、司法'],
  ['交通安全', '公安、安全、司法'],
  ['司法', '公安、安全、司法'],
  ['法治', '公安、安全、司法'],
  ['扶贫', '民政、扶贫、救灾'],
  ['脱贫', '民政、扶贫、救灾'],
  ['救灾', '民政、扶贫、救灾'],
  ['养老', '民政、扶贫、救灾'],
  ['低保', '民政、扶贫、救灾'],
  ['民族', '民族、宗教'],
  ['宗教', '民族、宗教'],
  ['外事', '对外事务'],
  ['国防', '国防'],
  ['兵役', '国防'],
];

/** The class the title's words give, with the word, or null when no word of the table is in it. */
export function subjectOfTitle(title: string): { subject: Subject; word: string } | null {
  let best: { subject: Subject; word: string; end: number } | null = null;
  for (const [word, subject] of TITLE_WORDS) {
    const at = title.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (!best || end > best.end || (end === best.end && word.length > best.word.length))
      best = { subject, word, end };
  }
  return best && { subject: best.subject, word: best.word };
}
