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
};

/** The fields an editor corrected (a corrections file, not the organ table), as a reader names them. */
export function correctedFields(record: {
  provenance?: Array<{ field: string; file: string }>;
}): string[] {
  return (record.provenance ?? [])
    .filter((p) => p.file.endsWith('.fix.yaml'))
    .map((p) => FIELD_LABELS[p.field] ?? p.field);
}
