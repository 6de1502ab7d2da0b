// Every message an editor reads, by its stable code (vfile-message's `ruleId`): a Chinese and an
// English template of the same parameters. Diagnostics, errors and review findings carry the code
// and the parameters; the words are made only when a message is shown, in the language chosen
// (src/diagnostics/index.ts), so that tests, tools and the review's stored JSON never depend on
// them. The manual (README, 审核结果一览) has a section per code.

type Template<P> = { zh: (p: P) => string; en: (p: P) => string };
const entry = <P extends object = Record<string, never>>(t: Template<P>): Template<P> => t;

/** A field of the data contract by the name the web team uses for it. */
const FIELD_ZH: Record<string, string> = {
  kind: '类别',
  section: '栏目',
  title: '标题',
  tocTitle: '目录标题',
  tocPage: '目录页码',
  docNumber: '发文字号',
  docType: '文种',
  issuers: '发文机关',
  addressees: '主送机关',
  date: '成文日期',
  printedDate: '印发日期',
  attachments: '附件',
  embedded: '所印发文件',
  cites: '引用文号',
  effective: '施行日期',
  expires: '有效期至',
  relations: '文件关系',
  validity: '有效性',
  gazette: '刊名',
  region: '地区',
  totalNumber: '总期数',
  published: '出版日期',
  frequency: '刊期',
  publisher: '主办单位',
  masthead: '刊头信息',
  sourceLines: '原文行',
  indexNumber: '索引号',
  subject: '主题分类',
  publishedOnline: '发布日期',
};
const fieldZh = (f: string) => FIELD_ZH[f] ?? f;

/** A path in a YAML file (organs.甲, documents.1.date) as written; empty at the top level. */
const at = (path: string, zh: boolean) => (path ? (zh ? `“${path}”：` : `${path}: `) : '');

/** What a YAML value is (zod's names for the types), as an editor says it. */
const KIND: Record<string, { zh: string; en: string }> = {
  object: { zh: '“键: 值”的表（每行一项）', en: 'a map (key: value lines)' },
  record: { zh: '“键: 值”的表（每行一项）', en: 'a map (key: value lines)' },
  map: { zh: '“键: 值”的表（每行一项）', en: 'a map (key: value lines)' },
  array: { zh: '列表（每项一行，以“- ”开头）', en: 'a list (lines starting with “- ”)' },
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  int: { zh: '整数', en: 'a whole number' },
  boolean: { zh: 'true 或 false', en: 'true or false' },
  null: { zh: '空值', en: 'nothing (an empty value)' },
  undefined: { zh: '空值', en: 'nothing' },
};
const kind = (k: string, lang: 'zh' | 'en') => KIND[k]?.[lang] ?? k;

/** A correction as the review lists it: where it points and what it sets. */
export interface CorrectionDescription {
  /** `start`/`merge`: an item boundary at a source line; `issue`/`document`: a field */
  target: 'start' | 'merge' | 'issue' | 'document';
  source?: number;
  item?: number;
  field?: string;
  value?: unknown;
}
const correctionZh = (c: CorrectionDescription) =>
  c.target === 'start'
    ? `第${c.source}行起为新的一项`
    : c.target === 'merge'
      ? `第${c.source}行起的一项并入前一项`
      : `${c.target === 'issue' ? '本期' : `第${c.item}项`}${fieldZh(c.field!)}：${JSON.stringify(c.value)}`;
const correctionEn = (c: CorrectionDescription) =>
  c.target === 'start'
    ? `an item starts at line ${c.source}`
    : c.target === 'merge'
      ? `the item at line ${c.source} joins the one before`
      : `${c.target === 'issue' ? 'issue' : `item ${c.item}`} ${c.field}: ${JSON.stringify(c.value)}`;

type Item = { order: number; title: string };
const itemZh = (d: Item) => `第${d.order}项“${d.title}”`;
const itemEn = (d: Item) => `item ${d.order} “${d.title}”`;

export const catalog = {
  // ── The issue's text (src/parser/source.ts): refused, with where the damage is.
  'file-empty': entry({ zh: () => '文件是空的', en: () => 'the file is empty' }),
  'file-utf16': entry({
    zh: () => '文件是 UTF-16 编码：请另存为 UTF-8',
    en: () => 'the file is UTF-16; save it as UTF-8',
  }),
  'file-blank': entry({
    zh: () => '文件里只有空白',
    en: () => 'the file holds only white space',
  }),
  'control-character': entry<{ code: string; column: number }>({
    zh: (p) =>
      `第${p.column}列有${p.code === '0000' ? '空字节（NUL）' : `控制字符 U+${p.code}`}：文件已损坏，或不是文本`,
    en: (p) =>
      `${p.code === '0000' ? 'a NUL byte' : `the control character U+${p.code}`} at column ${p.column}: the file is damaged or not text`,
  }),
  'utf8-cut': entry({
    zh: () => '文件在一个 UTF-8 字符中间结束：文件不完整',
    en: () => 'the file ends inside a UTF-8 character: it was cut short',
  }),
  'utf8-bad-byte': entry<{ byte: string; column: number }>({
    zh: (p) => `第${p.column}列的字节 0x${p.byte} 不是 UTF-8，而这一行其余部分是 UTF-8`,
    en: (p) => `byte 0x${p.byte} at column ${p.column} is not UTF-8, in a line that otherwise is`,
  }),
  'encoding-changes': entry<{ first: number; firstUtf8: boolean; thisUtf8: boolean }>({
    zh: (p) =>
      `编码从这里变了：第${p.first}行${p.firstUtf8 ? '是 UTF-8' : '不是 UTF-8（GB18030/GBK？）'}，这一行${p.thisUtf8 ? '是 UTF-8' : '不是 UTF-8（GB18030/GBK？）'}；请把整个文件存为同一种编码`,
    en: (p) =>
      `the encoding changes here: line ${p.first} is ${p.firstUtf8 ? 'UTF-8' : 'not UTF-8 (GB18030/GBK?)'}, this line is ${p.thisUtf8 ? 'UTF-8' : 'not UTF-8 (GB18030/GBK?)'}; save the whole file in one encoding`,
  }),
  'encoding-unknown': entry({
    zh: () => '文件既不是 UTF-8 也不是 GB18030/GBK 文本',
    en: () => 'the file is neither UTF-8 nor GB18030/GBK text',
  }),

  // ── The parser (src/parser/): what it could not read as printed.
  'no-issue-number': entry({
    zh: () =>
      '没有封面：第一篇文件之前找不到年份和期号（第N期），文件名也不是“年份-期号.txt”的形式',
    en: () =>
      'no cover: the year and issue number (第N期) are printed nowhere before the first document, and the file name is not <year>-<number>.txt',
  }),
  'no-gazette-name': entry<{ folder: string }>({
    zh: (p) => `没有封面：前60行里没有公报名称（……公报）；本期以文件夹名“${p.folder}”发布`,
    en: (p) =>
      `no cover: the gazette name (…公报) is not among the first 60 lines; the issue is published under the folder name “${p.folder}”`,
  }),
  'file-name-not-numbered': entry<{ year: number; number: number }>({
    zh: (p) => `文件名不是“年份-期号.txt”的形式（这里应为 ${p.year}-${p.number}.txt）：按封面编期`,
    en: (p) =>
      `the file name is not <year>-<number>.txt (here ${p.year}-${p.number}.txt): the issue is numbered by its cover`,
  }),
  'cover-lacks-number': entry<{ year: boolean; number: boolean; named: string }>({
    zh: (p) =>
      `封面没有印${[p.year && '年份', p.number && '期号（第N期）'].filter(Boolean).join('和')}：按文件名（${p.named}）`,
    en: (p) =>
      `the cover prints no ${[p.year && 'year', p.number && 'issue number (第N期)'].filter(Boolean).join(' and ')}: taken from the file name (${p.named})`,
  }),
  'cover-number-differs': entry<{ printed: string; named: string; by: 'file' | 'cover' }>({
    zh: (p) =>
      `封面印的是${p.printed}，文件名却是 ${p.named}：按${p.by === 'file' ? '文件名' : '封面'}编期`,
    en: (p) =>
      `the cover says ${p.printed} but the file name says ${p.named}: the ${p.by === 'file' ? 'file name' : 'cover'}'s numbering is used`,
  }),
  'second-issue-cover': entry<{ label: string }>({
    zh: (p) =>
      `这里开始了另一期的封面（${p.label}）：一个文件里有几期，只发布第一期；请每期单独一个文件`,
    en: (p) =>
      `another issue's cover (${p.label}) begins here: one file holds several issues, and only the first is published; give each issue its own file`,
  }),
  'no-document': entry({
    zh: () => '找不到文件：标题旁没有发文字号，没有“……文件”版头，也没有目录所列的标题',
    en: () =>
      'no document found: no 发文字号 next to a title, no 文件 header mark, no title the TOC announces',
  }),
  'toc-entry-without-document': entry<{ title: string }>({
    zh: (p) => `目录条目“${p.title}”在正文中找不到对应的文件`,
    en: (p) => `the TOC entry “${p.title}” has no document in the body`,
  }),
  'document-truncated': entry<{ title: string }>({
    zh: (p) => `最后一篇“${p.title}”在句子中间结束，也没有日期：文件可能被截断了`,
    en: (p) =>
      `the last document “${p.title}” ends mid-sentence with no date: the file may be truncated`,
  }),
  'date-does-not-exist': entry<{ date: string }>({
    zh: (p) => `日期${p.date}不存在；按原文保留`,
    en: (p) => `the date ${p.date} does not exist; kept as printed`,
  }),
  'invisible-characters': entry<{ text: string }>({
    zh: (p) => `这一行有看不见的字符（转换工具留下的，不是原件印的），已略过：“${p.text}”`,
    en: (p) => `invisible characters read through (a converter's, not printed): “${p.text}”`,
  }),
  'date-unreadable': entry<{ text: string }>({
    zh: (p) => `日期“${p.text}”丢了“年月日”，有不止一种读法：不取日期`,
    en: (p) => `the date ${p.text} lost its 年月日 and reads more than one way: no date`,
  }),
  'date-year-unknown': entry<{ date: string }>({
    zh: (p) => `日期${p.date}的年份缺失，上下文也看不出：不取日期`,
    en: (p) => `the year of the date ${p.date} is lost and the context does not tell it: no date`,
  }),
  'mdx-does-not-compile': entry<{ order: number; reason: string }>({
    zh: (p) => `第${p.order}篇无法生成网页（MDX：${p.reason}）`,
    en: (p) => `document ${p.order} cannot be published as MDX (${p.reason})`,
  }),

  // ── YAML files an editor writes (gazette.yaml, *.fix.yaml, site.yaml): syntax.
  'yaml-full-width-colon': entry({
    zh: () => '全角冒号“：”应为半角冒号“:”，冒号后空一格（例如 name: 某某区人民政府公报）',
    en: () =>
      'the full-width colon “：” must be a half-width colon “:” followed by a space (name: value)',
  }),
  'yaml-colon-in-value': entry({
    zh: () =>
      '值里有半角冒号加空格“: ”，被读成了又一层“键: 值”：把整个值放进引号，例如 region: "某区: 某地"',
    en: () =>
      'the value holds “: ”, which YAML reads as another key: put the whole value in quotes, e.g. region: "a: b"',
  }),
  'yaml-duplicate-key': entry({
    zh: () => '同一个键写了两次：同一层里每个键只能出现一次，请删去或合并其中一处',
    en: () => 'this key is written twice at the same level: keep one',
  }),
  'yaml-indentation': entry({
    zh: () => '缩进没对齐：同一层的键左边的空格数要相同，下一层多缩进两个空格',
    en: () =>
      'the indentation does not line up: keys of one level start at the same column, the next level two spaces further',
  }),
  'yaml-tab': entry({
    zh: () => '用了 Tab 缩进：YAML 只能用空格缩进',
    en: () => 'a tab is used for indentation: YAML indents with spaces only',
  }),
  'yaml-unclosed-quote': entry({
    zh: () => '引号没有配对：值前面有引号，后面也要有同样的引号',
    en: () => 'a quote is not closed: a value that begins with a quote ends with the same quote',
  }),
  // ── YAML files: what a file from outside may cost and carry.
  'yaml-too-large': entry<{ bytes: number; limit: number }>({
    zh: (p) => `文件有 ${p.bytes} 字节，超过上限 ${p.limit} 字节：设置或更正文件不会这么大`,
    en: (p) =>
      `the file has ${p.bytes} bytes, over the limit of ${p.limit}: no settings or corrections file is this large`,
  }),
  'yaml-too-many-aliases': entry<{ limit: number }>({
    zh: (p) => `别名过多（YAML 别名炸弹？）：展开后超过 ${p.limit} 个别名，请把内容直接写出`,
    en: (p) =>
      `too many aliases (a YAML alias bomb?): more than ${p.limit} once expanded; write the values out`,
  }),
  'yaml-unresolved-alias': entry<{ name: string }>({
    zh: (p) => `别名 *${p.name} 前面没有对应的锚点 &${p.name}`,
    en: (p) => `the alias *${p.name} has no anchor &${p.name} before it`,
  }),
  'yaml-reserved-key': entry<{ key: string }>({
    zh: (p) => `不能用“${p.key}”作键名：程序读不出这个键，它会被悄悄丢掉`,
    en: (p) =>
      `“${p.key}” cannot be a key: a program cannot read it back, it would be dropped silently`,
  }),
  'yaml-unreadable-character': entry<{ code: string }>({
    zh: (p) =>
      `含有字符 U+${p.code}（控制字符或不成对的代理项）：XML 容纳不了它，网站的订阅源会因此失效；请删去`,
    en: (p) =>
      `the character U+${p.code} (a control character or a lone surrogate) cannot be in XML and would break the feeds: remove it`,
  }),
  'yaml-line-break': entry<{ path: string }>({
    zh: (p) =>
      `“${p.path}”只能写在一行内：写成多行（YAML 的 |、> 或折行）会带进换行或空格，请写在一行`,
    en: (p) =>
      `“${p.path}” is one line: written over several (YAML's |, > or a folded line) it would carry a line break or a space`,
  }),
  'yaml-syntax': entry<{ reason: string }>({
    zh: (p) => `这一行不是有效的 YAML（${p.reason}）：请对照手册里的示例检查写法`,
    en: (p) => `this line is not valid YAML (${p.reason}): compare it with the manual's examples`,
  }),

  // ── YAML files: the values (checked with zod schemas).
  'unknown-key': entry<{ key: string; path: string; allowed: string[] }>({
    zh: (p) =>
      `不认识的键“${p.key}”${p.path ? `（在“${p.path}”下）` : ''}${p.allowed.length ? `：可以写的键有 ${p.allowed.join('、')}` : ''}`,
    en: (p) =>
      `unknown key “${p.key}”${p.path ? ` in ${p.path}` : ''}${p.allowed.length ? `: the keys allowed are ${p.allowed.join(', ')}` : ''}`,
  }),
  'wrong-type': entry<{ path: string; expected: string; received: string }>({
    zh: (p) =>
      `${at(p.path, true)}这里应写${kind(p.expected, 'zh')}，写成了${kind(p.received, 'zh')}`,
    en: (p) =>
      `${at(p.path, false)}${kind(p.expected, 'en')} is expected here, not ${kind(p.received, 'en')}`,
  }),
  'value-empty': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}不能为空`,
    en: (p) => `${at(p.path, false)}must not be empty`,
  }),
  'not-one-of': entry<{ path: string; values: string[] }>({
    zh: (p) => `${at(p.path, true)}只能是以下之一：${p.values.join('、')}`,
    en: (p) => `${at(p.path, false)}one of ${p.values.join(', ')}`,
  }),
  'invalid-value': entry<{ path: string; reason: string }>({
    zh: (p) => `${at(p.path, true)}这个值不符合要求（${p.reason}）：请对照手册里的示例`,
    en: (p) => `${at(p.path, false)}${p.reason}`,
  }),
  'date-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}日期写作“年-月-日”，如 2017-12-08`,
    en: (p) => `${at(p.path, false)}a date is written YYYY-MM-DD`,
  }),
  'validity-value': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}有效性只能写 有效、失效（有效期已满）、已废止、已修改、未注明 之一`,
    en: (p) =>
      `${at(p.path, false)}a validity is one of 有效 (in force), 失效 (its term has ended), 已废止 (repealed), 已修改 (amended), 未注明 (not stated)`,
  }),
  'date-nonexistent': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}这个日期不存在`,
    en: (p) => `${at(p.path, false)}this date does not exist`,
  }),
  'line-number': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}行号是从 1 开始的整数`,
    en: (p) => `${at(p.path, false)}a source line is a whole number from 1`,
  }),
  'whole-number': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}应为正整数`,
    en: (p) => `${at(p.path, false)}a whole number from 1`,
  }),
  'item-correction-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}每一项写“start: 行号”或“merge: 行号”，二者选一`,
    en: (p) =>
      `${at(p.path, false)}an item correction is either \`start: <line>\` or \`merge: <line>\``,
  }),
  'url-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}应为 http(s) 网址，只写到域名，例如 https://gongbao.example.gov.cn`,
    en: (p) =>
      `${at(p.path, false)}an http(s) URL of the origin only, such as https://gongbao.example.gov.cn`,
  }),
  'link-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}链接应为 http:// 或 https:// 开头的完整网址`,
    en: (p) => `${at(p.path, false)}a link is a full http:// or https:// address`,
  }),
  'email-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}应为电子邮件地址，如 gongbao@example.gov.cn`,
    en: (p) => `${at(p.path, false)}an email address, such as gongbao@example.gov.cn`,
  }),
  'site-code-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}网站标识码是 10 位：10 个数字（前 6 位是行政区划代码），或 bm 加 8 个数字，照政府网站标识码证书抄写`,
    en: (p) =>
      `${at(p.path, false)}a 网站标识码 has ten characters: ten digits (the region's code first), or bm and eight digits, as on its certificate`,
  }),
  'icp-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}ICP备案编号应写作“省份简称ICP备数字号”，网站备案号后加“-序号”，如“京ICP备00000000号-1”（照工信部备案系统所列抄写）`,
    en: (p) =>
      `${at(p.path, false)}an ICP备案编号 reads <province>ICP备<digits>号, a site's with -<n> after it, such as 京ICP备00000000号-1 (as the MIIT register lists it)`,
  }),
  'police-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}公安机关备案号应写作“省份简称公网安备14位数字号”，如“京公网安备00000000000000号”（照公安备案系统所发抄写）`,
    en: (p) =>
      `${at(p.path, false)}a 公安机关备案号 reads <province>公网安备<14 digits>号, such as 京公网安备00000000000000号 (as the public security register issued it)`,
  }),
  'conac-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}党政机关网站标识应填标识证书网址 bszs.conac.cn/sitename?method=show&id= 后面的 32 位编号（数字和字母 A–F）`,
    en: (p) =>
      `${at(p.path, false)}the 党政机关网站标识 is the 32-character id (digits and A–F) after bszs.conac.cn/sitename?method=show&id= in its certificate's address`,
  }),
  'organ-code-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}机构代码应为9位组织机构代码（如 000014349）或18位统一社会信用代码，最后一位是校验码：请照证书核对每一位`,
    en: (p) =>
      `${at(p.path, false)}an organ code is a 9-character 组织机构代码 (000014349) or an 18-character 统一社会信用代码 whose last character is its check character: check it character by character`,
  }),
  'index-number-pattern': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}索引号模式由 {机构代码}、{年份}、{期号}、{序号} 和字母、数字、“-”“/”“.”“_”组成，必须含 {年份}、{期号}、{序号}（位数写在冒号后，如 {序号:3}），用 {机构代码} 时要写 organCode；例如 {机构代码}/{年份}-{期号:2}{序号:3}`,
    en: (p) =>
      `${at(p.path, false)}an index-number pattern is made of {机构代码}, {年份}, {期号}, {序号} and letters, digits, “-”, “/”, “.”, “_”; it holds {年份}, {期号} and {序号} (a width after a colon: {序号:3}), and {机构代码} needs organCode; e.g. {机构代码}/{年份}-{期号:2}{序号:3}`,
  }),
  'issue-key-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}期次按文件名写作“年-期”，如 2021-3`,
    en: (p) => `${at(p.path, false)}an issue is named as its file is, year-number: 2021-3`,
  }),
  'epoch-range': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}应为 1970-01-01 以来的整秒数，介于 1980 年与 2107 年之间（压缩包条目时间的范围）`,
    en: (p) =>
      `${at(p.path, false)}whole seconds since 1970-01-01, from 1980 to 2107 (the times a zip entry holds)`,
  }),
  'base-path-form': entry<{ path: string }>({
    zh: (p) => `${at(p.path, true)}应为由字母、数字、“.”“_”“~”“-”组成的路径，例如 /gongbao/`,
    en: (p) =>
      `${at(p.path, false)}a path of letters, digits, ".", "_", "~" and "-" segments, like /gongbao/`,
  }),
  'pdf-start-form': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}应写“年-期: PDF 页码”，如 2020-4: 3，即该期印刷页码第1页是 PDF 的第3页（页码为正整数）`,
    en: (p) =>
      `${at(p.path, false)}write “<year>-<number>: <PDF page>”, e.g. 2020-4: 3 when printed page 1 of that issue is page 3 of its PDF (a whole number from 1)`,
  }),

  'base-path-dot-segment': entry<{ path: string }>({
    zh: (p) =>
      `${at(p.path, true)}不能含“.”或“..”路径段：浏览器会把 /a/../b/ 解析成 /b/，链接就指错了地方`,
    en: (p) =>
      `${at(p.path, false)}no "." or ".." segment: a browser reads /a/../b/ as /b/, and every link would point elsewhere`,
  }),
  // OUT_DIR: the build empties it and puts the site in its place.
  'out-dir-holds-project': entry({
    zh: () => '包含整个项目，构建会删除项目的全部文件；请设为只放构建结果的文件夹，如 dist',
    en: () =>
      'holds the whole project, which the build would delete; set it to a folder for the build alone, such as dist',
  }),
  'out-dir-holds-cache': entry({
    zh: () => '包含构建缓存 .cache，构建会删除它；请设为只放构建结果的文件夹，如 dist',
    en: () =>
      'holds the build cache .cache, which the build would delete; set it to a folder for the build alone, such as dist',
  }),
  'out-dir-holds-source': entry<{ name: string }>({
    zh: (p) => `包含项目源文件 ${p.name}，构建会删除它；请设为只放构建结果的文件夹，如 dist`,
    en: (p) =>
      `holds the project's ${p.name}, which the build would delete; set it to a folder for the build alone, such as dist`,
  }),
  'out-dir-inside-source': entry<{ name: string }>({
    zh: (p) => `位于项目源文件 ${p.name} 之内，构建会改写它；请设为只放构建结果的文件夹，如 dist`,
    en: (p) =>
      `lies inside the project's ${p.name}, which the build would overwrite; set it to a folder for the build alone, such as dist`,
  }),
  'out-dir-mount-point': entry<{ suggestion: string }>({
    zh: (p) => `是一个挂载点，构建无法整体替换它；请设为其中的一个文件夹，如 ${p.suggestion}`,
    en: (p) =>
      `is a mount point, which the build cannot replace whole; set it to a folder inside it, such as ${p.suggestion}`,
  }),

  // ── content/: what an entry is (scripts/lib/content-files.ts).
  'content-link-dangling': entry({
    zh: () => '是符号链接，但指向不存在的文件（或链接成环），不予读取',
    en: () => 'is a symbolic link to nothing (or a loop of links): not read',
  }),
  'content-link-outside': entry<{ target: string }>({
    zh: (p) => `是指向 content/ 之外（${p.target}）的符号链接，不予读取`,
    en: (p) => `is a symbolic link out of content/ (${p.target}): not read`,
  }),
  'content-link-loop': entry({
    zh: () => '是指向它所在文件夹的符号链接（成环），不予读取',
    en: () => 'is a symbolic link to a folder it is in (a loop): not read',
  }),
  'content-not-a-file': entry<{ kind: 'directory' | 'fifo' | 'socket' | 'device' | 'special' }>({
    zh: (p) =>
      `是${{ directory: '文件夹', fifo: 'FIFO（命名管道）', socket: '套接字', device: '设备文件', special: '特殊文件' }[p.kind]}，不是普通文件，不予读取`,
    en: (p) =>
      `is a ${{ directory: 'folder', fifo: 'FIFO (named pipe)', socket: 'socket', device: 'device file', special: 'special file' }[p.kind]}, not a regular file: not read`,
  }),

  // ── content/: where an issue's text goes (scripts/lib/inputs.ts), and two gazettes of one name
  // (scripts/build/clashes.ts).
  'file-unreadable': entry<{ reason: string }>({
    zh: (p) => `无法读取（${p.reason}）`,
    en: (p) => `cannot be read (${p.reason})`,
  }),
  'issue-file-misplaced': entry({
    zh: () => '不是放期次文本的位置：期次文本应放在 content/<公报文件夹>/<年>-<期号>.txt',
    en: () => "not where an issue's text goes: issues are content/<gazette>/<year>-<number>.txt",
  }),
  'gazette-folder-not-url-safe': entry<{ folder: string }>({
    zh: (p) =>
      `文件夹名“${p.folder}”要用在编号和网址中，只能由小写英文字母、数字、“-”“_”组成，请改名`,
    en: (p) =>
      `the folder name “${p.folder}” is used in ids and URLs: it must be lowercase ASCII letters, digits, - or _`,
  }),
  'gazette-folder-too-long': entry<{ length: number; limit: number }>({
    zh: (p) => `文件夹名有 ${p.length} 个字符，最多 ${p.limit} 个（它是网址和快照文件名的一部分）`,
    en: (p) =>
      `the folder name has ${p.length} characters, at most ${p.limit} (it is part of URLs and snapshot file names)`,
  }),
  'gazette-folder-reserved': entry<{ folder: string }>({
    zh: (p) =>
      `文件夹名“${p.folder}”是网站自用的地址（/${p.folder}/），不能用作公报的文件夹名，请改名`,
    en: (p) =>
      `the folder name “${p.folder}” is the site's own address (/${p.folder}/) and cannot name a gazette: rename it`,
  }),
  'issue-file-twice': entry<{ id: string; other: string }>({
    zh: (p) => `与 ${p.other} 是同一期（${p.id}）：一期只能有一个文件，请删去其一`,
    en: (p) => `claims the same issue (${p.id}) as ${p.other}; only one file an issue`,
  }),
  'gazette-name-clash': entry<{ gazette: string; others: string[] }>({
    zh: (p) =>
      `公报名称“${p.gazette}”也是 ${p.others.map((f) => `content/${f}/`).join('、')} 的公报名称：同名的两个公报在网站上无法区分；请删去重复的文件夹，或在更正文件（.fix.yaml）中改正公报名称`,
    en: (p) =>
      `the gazette name “${p.gazette}” is also that of ${p.others.map((f) => `content/${f}/`).join(', ')}: two gazettes of one name cannot be told apart on the site; remove the duplicate folder, or correct the gazette name in a correction file (.fix.yaml)`,
  }),

  // ── content/: the printed PDF beside an issue's text (scripts/convert.ts): a warning, the issue
  // is published without it.
  'printed-not-pdf': entry({
    zh: () =>
      '这个文件不是 PDF（开头没有“%PDF-”，可能是改了扩展名的 Word 文档、图片或文本）：本期照常发布，但不提供印刷版 PDF；请换成印刷版的 PDF 文件',
    en: () =>
      'this file is not a PDF (it does not begin with “%PDF-”: a Word file, image or text renamed?): the issue is published without its printed PDF; replace it with the printed PDF',
  }),

  // ── gazette.yaml: the organ table.
  'organ-name-twice': entry<{ name: string; other: string }>({
    zh: (p) => `“${p.name}”已经是“${p.other}”的名称：一个名称只能属于一个机关`,
    en: (p) =>
      `“${p.name}” is already a name of “${p.other}”: an organ name can belong to one organ only`,
  }),
  'organ-listed-as-alias': entry<{ name: string; other: string }>({
    zh: (p) => `“${p.name}”既列为“${p.other}”的名称，又单列为一个机关`,
    en: (p) => `“${p.name}” is listed as a name of “${p.other}” and as an organ of its own`,
  }),

  // ── <year>-<number>.fix.yaml: corrections that cannot be applied (the issue is not built).
  'correction-no-items': entry({
    zh: () => '本期没有可更正的项',
    en: () => 'the issue has no items to correct',
  }),
  'correction-line-outside': entry<{ line: number; file: string; total: number }>({
    zh: (p) => `第${p.line}行超出了 ${p.file}（共${p.total}行）`,
    en: (p) => `line ${p.line} is outside ${p.file} (${p.total} lines)`,
  }),
  'correction-line-empty': entry<{ line: number; file: string }>({
    zh: (p) => `${p.file} 的第${p.line}行是空行：一项要从有文字的行开始`,
    en: (p) => `line ${p.line} of ${p.file} is empty: an item starts at a line with text`,
  }),
  'correction-line-outside-body': entry<{ line: number; first: number; last: number }>({
    zh: (p) => `第${p.line}行不在正文第一项之后的范围内（第${p.first}–${p.last}行）`,
    en: (p) =>
      `line ${p.line} is not inside the body of the issue after its first item (lines ${p.first}–${p.last})`,
  }),
  'correction-item-missing': entry<{ item: number; count: number }>({
    zh: (p) => `没有第${p.item}项：本期共${p.count}项`,
    en: (p) =>
      `item ${p.item} does not exist: the issue has ${p.count} item${p.count === 1 ? '' : 's'}`,
  }),
  'correction-anchor-ambiguous': entry<{ anchor: string; items: number[] }>({
    zh: (p) =>
      `“${p.anchor}”对应不止一项（第${p.items.join('、')}项）：请改用发文字号或原文行号（如“第801行”）指明`,
    en: (p) =>
      `“${p.anchor}” names more than one item (${p.items.join(', ')}): name it by its 发文字号 or its source line (“line 801”)`,
  }),

  // ── npm run review: what an editor checks before publishing (src/review/rules/).
  'document-without-toc-entry': entry<Item>({
    zh: (p) => `${itemZh(p)}在目录中没有条目`,
    en: (p) => `${itemEn(p)} has no TOC entry`,
  }),
  'toc-title-differs': entry<{ order: number; tocTitle: string; title: string }>({
    zh: (p) => `第${p.order}项：目录作“${p.tocTitle}”，正文作“${p.title}”`,
    en: (p) => `item ${p.order}: the TOC says “${p.tocTitle}”, the body “${p.title}”`,
  }),
  'document-field-missing': entry<Item & { fields: string[] }>({
    zh: (p) => `${itemZh(p)}没有${p.fields.join('、')}`,
    en: (p) => `${itemEn(p)} has no ${p.fields.join(', ')}`,
  }),
  'field-inferred': entry<
    Item & {
      field: string;
      value: string;
      from: 'headerMark' | 'title' | 'toc' | 'docNumber' | 'issue' | 'titleWords' | 'adoption';
      /** the title's word a 主题分类 was taken from */
      word?: string;
    }
  >({
    zh: (p) =>
      `${itemZh(p)}：${fieldZh(p.field)}“${p.value}”不是原文印出的，而是${
        {
          headerMark: '按版头推断（文件没有落款）',
          title: '按标题推断（文件没有落款）',
          toc: '按目录条目推断',
          docNumber:
            p.field === 'issuers'
              ? '按发文字号的机关代字推断（文件没有落款）'
              : '日期缺了年份，按发文字号的年份补上',
          issue: '日期缺了年份，按本期的年份补上',
          titleWords: `按标题中的“${p.word}”推断`,
          adoption: '按通过它的会议推断（见标题下的通过说明或刊登它的公告）',
        }[p.from]
      }：请核对`,
    en: (p) =>
      `${itemEn(p)}: ${p.field} “${p.value}” is inferred from ${
        {
          headerMark: 'the header mark (no signature)',
          title: 'the title (no signature)',
          toc: 'its TOC entry',
          docNumber:
            p.field === 'issuers'
              ? "its 发文字号's 机关代字 (no signature)"
              : "its 发文字号's year (the date's year is lost)",
          issue: "the issue's year (the date's year is lost)",
          titleWords: `the word “${p.word}” of its title`,
          adoption:
            'the meeting that adopted it (its adoption note, or the 公告 that publishes it)',
        }[p.from]
      }, not printed as such: check it`,
  }),
  'date-after-issue': entry<Item & { field: string; value: string; issueDate: string }>({
    zh: (p) => `${itemZh(p)}：${p.field} ${p.value} 晚于本期日期（${p.issueDate}）`,
    en: (p) => `${itemEn(p)}: ${p.field} ${p.value} is after the issue's date (${p.issueDate})`,
  }),
  'issuer-not-in-organ-table': entry<Item & { name: string; file: string }>({
    zh: (p) => `${itemZh(p)}：发文机关“${p.name}”不在 ${p.file} 的机关表中`,
    en: (p) => `${itemEn(p)}: the issuer “${p.name}” is not in ${p.file}`,
  }),
  'no-organ-table': entry({
    zh: () => '这份公报没有 gazette.yaml：发文机关未与机关表核对',
    en: () => 'the gazette has no gazette.yaml: issuers are not checked against an organ table',
  }),
  'gazette-name-differs': entry<{ cover: string; file: string; name: string }>({
    zh: (p) => `封面的刊名是“${p.cover}”，${p.file} 写的是“${p.name}”`,
    en: (p) => `the cover names the gazette “${p.cover}”, ${p.file} “${p.name}”`,
  }),
  'correction-applied': entry<CorrectionDescription>({
    zh: (p) => `已更正：${correctionZh(p)}`,
    en: (p) => `applied: ${correctionEn(p)}`,
  }),
  'correction-stale': entry<CorrectionDescription>({
    zh: (p) => `过时的更正：${correctionZh(p)}——解析结果已经如此，请删去这条更正`,
    en: (p) => `stale: ${correctionEn(p)} — the parser already gives this; remove the correction`,
  }),
  'correction-anchor-lost': entry<{
    anchor: string;
    /** where the anchor's text is now: a source line and the item that holds it */
    seen: { line: number; order: number; title: string } | null;
  }>({
    zh: (p) =>
      `过时的更正：本期已没有“${p.anchor}”这一项，这条更正未应用${p.seen ? `；它现在出现在原文第${p.seen.line}行，属第${p.seen.order}项“${p.seen.title}”，请改写或删去` : '；请删去或改写'}`,
    en: (p) =>
      `stale: no item is “${p.anchor}” any more, and this correction is not applied${p.seen ? `; the text is now at line ${p.seen.line}, in item ${p.seen.order} “${p.seen.title}”: rewrite or remove it` : ': rewrite or remove it'}`,
  }),
};

export type Code = keyof typeof catalog;
export type ParamsOf<C extends Code> = Parameters<(typeof catalog)[C]['zh']>[0];
export const codes = Object.keys(catalog) as Code[];
