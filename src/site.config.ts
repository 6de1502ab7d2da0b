// What a government web team sets for its site. Empty footer items are not shown.
export const site = {
  /** 网站名称, shown in the header and page titles */
  name: '政府公报',
  description: '政府公报电子版：公报各期、文件全文、发文机关索引与全文检索。',
  footer: {
    /** 主办单位 */
    sponsor: 'Gongbao 示例站点',
    /** 联系方式 */
    contact: '',
    /** 网站标识码 (政府网站) */
    siteCode: '',
    /** ICP备案号, linked to beian.miit.gov.cn */
    icp: '',
    /** 公安机关备案号 */
    police: '',
  },
};
