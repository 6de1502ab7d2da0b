// What an editor reads when a settings or corrections file cannot be taken as it is written,
// each message made here once (Chinese, as every message the web team reads).

export const yamlMessages = {
  tooLarge: (bytes: number, limit: number) =>
    `文件有 ${bytes} 字节，超过上限 ${limit} 字节：设置或更正文件不会这么大`,
  tooManyAliases: (limit: number) =>
    `别名过多（YAML 别名炸弹？）：展开后超过 ${limit} 个别名，请把内容直接写出`,
  unresolvedAlias: (name: string) => `别名 *${name} 前面没有对应的锚点 &${name}`,
  duplicateKey: (key: string) => `键“${key}”在同一处写了两次：只保留一个`,
  reservedKey: (key: string) => `不能用“${key}”作键名：程序读不出这个键，它会被悄悄丢掉`,
  unreadableCharacter: (code: string) =>
    `含有字符 U+${code}（控制字符或不成对的代理项）：XML 容纳不了它，网站的订阅源会因此失效；请删去`,
  lineBreak: (where: string) =>
    `“${where}”只能写在一行内：写成多行（YAML 的 |、> 或折行）会带进换行或空格，请写在一行`,
};
