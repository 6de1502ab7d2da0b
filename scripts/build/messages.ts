// What the build engine tells the web team about their files, in one place (to be translated
// whole). Each names the file and line the editor opens.

const folders = (names: string[]) => names.map((f) => `content/${f}/`).join('、');

export const messages = {
  /** Two folders' issues carry one gazette name. */
  gazetteNameClash: (file: string, gazette: string, others: string[]) =>
    `${file}:1: 公报名称“${gazette}”也是 ${folders(others)} 的公报名称：同名的两个公报在网站上无法区分；请删去重复的文件夹，或在更正文件（.fix.yaml）中改正公报名称`,
  /** One 发文字号 printed by several documents: listed, never one chosen. */
  sharedDocNumber: (docNumber: string, ids: string[]) =>
    `发文字号“${docNumber}”见于 ${ids.length} 篇文件（${ids.join('、')}）：检索此文号时列出全部，请核对是否有误`,
  /** An issue that cannot be built now, whose last good output stays online. */
  keptPublished: (problem: string) => `${problem} — 本次未能构建：网站保留上次发布的版本，不作更新`,
  /** An issue that cannot be built and was never published: it is left out. */
  leftOut: (problem: string) => `${problem} — skipped`,
  /** The build's closing lines when anything could not be built. */
  notBuilt: (count: number) =>
    `build: ${count} 个文件未能构建（构建以非零状态退出）；已发布的期次保留上次发布的版本，新期次未发布：`,
};
