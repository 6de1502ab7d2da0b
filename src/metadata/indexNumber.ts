// 索引号: the number a government site gives each piece of information it publishes
// (政府信息公开目录), made from a pattern in the gazette's settings (gazette.yaml `indexNumber`).
//
// The form followed is the one of the State Council's site and of the Jiangsu and Sichuan
// sites: the organ's code, then the year and a serial, 000014349/2021-00032 (gov.cn),
// 014119467/2020-00556 (常州市钟楼区), 11510100MB0T49385X/2021-00123; the 连云港 rule
// (连政办发〔2008〕9号: 索引号由地区及部门编号、类别号、年度号、流水号四个部分构成，每个部分
// 之间用“-”隔开) puts a category between them, which a pattern writes as it is
// ({机构代码}-C01-{年份}-{期号:2}{序号:3}). The serial is the number and the item's place
// in it, so that it is fixed when the issue is published: a running count over the year would
// change when an earlier issue is split or added later. It is as stable as the document's
// address (/<gazette>/<year>/<number>/<order>/), and an editor can set a document's own in its
// corrections file.

/** The placeholders a pattern may hold, and what each stands for. */
const PLACEHOLDERS = {
  /** the organ's code (gazette.yaml `organCode`) */
  机构代码: 'organCode',
  /** the year */
  年份: 'year',
  /** the number (第N期) */
  期号: 'number',
  /** the item's place in the issue (1, 2, …) */
  序号: 'order',
} as const;
type Placeholder = keyof typeof PLACEHOLDERS;

/** What a pattern is made of: text as written, and placeholders with a zero-padded width. */
type Part = { text: string } | { placeholder: Placeholder; width: number };

/** Characters of the text between placeholders: what 索引号 are written with. */
const LITERAL = /^[0-9A-Za-z./_-]*$/;

/** The parts of a pattern, or null when it is not one (an unknown placeholder, other characters). */
export function patternParts(pattern: string): Part[] | null {
  const parts: Part[] = [];
  const re = /\{([^{}:]*)(?::(\d))?\}/g;
  let last = 0;
  for (const m of pattern.matchAll(re)) {
    const text = pattern.slice(last, m.index);
    if (!LITERAL.test(text)) return null;
    if (text) parts.push({ text });
    if (!(m[1]! in PLACEHOLDERS)) return null;
    parts.push({ placeholder: m[1] as Placeholder, width: Number(m[2] ?? 0) });
    last = m.index + m[0].length;
  }
  const rest = pattern.slice(last);
  if (!LITERAL.test(rest)) return null;
  if (rest) parts.push({ text: rest });
  return parts;
}

/**
 * Whether a pattern is one: only the placeholders above and the characters 索引号 are written
 * with, and the year, the issue and the item among them, so that no two documents of the
 * gazette share a number.
 */
export function isIndexPattern(pattern: string): boolean {
  const parts = patternParts(pattern);
  if (!parts) return false;
  const used = new Set(parts.flatMap((p) => ('placeholder' in p ? [p.placeholder] : [])));
  return used.has('年份') && used.has('期号') && used.has('序号');
}

/** Whether a pattern needs the organ's code. */
export const usesOrganCode = (pattern: string): boolean =>
  patternParts(pattern)?.some((p) => 'placeholder' in p && p.placeholder === '机构代码') ?? false;

/** A document's 索引号 by the pattern (one isIndexPattern accepts). */
export function indexNumber(
  pattern: string,
  values: { organCode: string | null; year: number; number: number; order: number },
): string {
  return patternParts(pattern)!
    .map((p) => {
      if ('text' in p) return p.text;
      const value = values[PLACEHOLDERS[p.placeholder]];
      return String(value ?? '').padStart(p.width, '0');
    })
    .join('');
}

// GB 11714-1997 组织机构代码: eight characters and a check character, 0–9 or X.
const ORGANIZATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORGANIZATION_CHARS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// GB 32100-2015 统一社会信用代码: seventeen characters and a check character, of these 31.
const CREDIT_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * Whether a code is an organ's: a 组织机构代码 (9 characters, as gov.cn writes it, without the
 * hyphen) or a 统一社会信用代码 (18), with its check character right, so that a mistyped
 * character is caught.
 */
export function isOrganCode(code: string): boolean {
  if (/^[0-9A-Z]{8}[0-9X]$/.test(code)) {
    const sum = ORGANIZATION_WEIGHTS.reduce(
      (s, w, i) => s + w * ORGANIZATION_CHARS.indexOf(code[i]!),
      0,
    );
    const check = 11 - (sum % 11);
    return code[8] === (check === 10 ? 'X' : check === 11 ? '0' : String(check));
  }
  if (code.length === 18 && [...code].every((c) => CREDIT_CHARS.includes(c))) {
    const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + w * CREDIT_CHARS.indexOf(code[i]!), 0);
    return code[17] === CREDIT_CHARS[(31 - (sum % 31)) % 31];
  }
  return false;
}
