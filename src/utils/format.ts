// How dates and issue numbers are written on the pages.

/** 2020-08-06 → 2020年8月6日 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2020年第4期（总第64期） */
export function issueLabel(issue: {
  year: number;
  number: number;
  totalNumber: number | null;
}): string {
  return `${issue.year}年第${issue.number}期${issue.totalNumber ? `（总第${issue.totalNumber}期）` : ''}`;
}

/** Kind of item as a reader names it. */
export function kindLabel(kind: string, docType: string | null): string {
  if (kind === 'chronicle') return '大事记';
  if (kind === 'listing') return '发文目录';
  return docType ?? '文件';
}

const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  docNumber: '发文字号',
  issuers: '发文机关',
  date: '成文日期',
  printedDate: '印发日期',
  docType: '文种',
  kind: '类别',
  section: '栏目',
  addressees: '主送机关',
  attachments: '附件',
  embedded: '所附文件',
  cites: '引用文件',
  tocTitle: '目录标题',
  tocPage: '页码',
  sourceLines: '起止位置',
  effective: '施行日期',
  expires: '有效期至',
  relations: '文件关系',
};
const DATE_FIELDS = new Set(['date', 'printedDate', 'effective', 'expires']);
const KIND_LABELS: Record<string, string> = {
  document: '公文',
  chronicle: '大事记',
  listing: '发文目录',
  other: '其他',
};

/** A field's value as a reader reads it: dates the Chinese way, lists with 、, nothing as 未注明. */
function fieldText(field: string, value: unknown): string {
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    return '未注明';
  if (field === 'sourceLines') {
    const [first, last] = value as [number, number];
    return `原文第${first}至${last}行`;
  }
  if (field === 'kind') return KIND_LABELS[value as string] ?? String(value);
  if (DATE_FIELDS.has(field)) return formatDate(value as string);
  if (Array.isArray(value))
    return value
      .map((v: unknown) =>
        typeof v === 'object' && v !== null
          ? [
              (v as { title?: string }).title && `《${(v as { title: string }).title}》`,
              (v as { docNumber?: string }).docNumber,
            ]
              .filter(Boolean)
              .join('')
          : String(v),
      )
      .join('、');
  return String(value);
}

export interface Correction {
  label: string;
  printed: string;
  corrected: string;
}

/**
 * Fields the site gives a document, never printed: setting one corrects no misprint. An editor's
 * 有效性 is said on its own row (DocumentValidity).
 */
const CATALOGUED = new Set(['indexNumber', 'subject', 'validity']);

/**
 * What an editor corrected (a corrections file, not the organ table), as a reader reads it:
 * the field, the value the issue printed (as the parser read it) and the corrected value.
 */
export function corrections(
  record: { provenance?: Array<{ field: string; file: string; parsed: unknown }> } & object,
): Correction[] {
  return (record.provenance ?? [])
    .filter((p) => p.file.endsWith('.fix.yaml') && !CATALOGUED.has(p.field))
    .map((p) => ({
      label: FIELD_LABELS[p.field] ?? p.field,
      printed: fieldText(p.field, p.parsed),
      corrected: fieldText(p.field, (record as Record<string, unknown>)[p.field]),
    }));
}
