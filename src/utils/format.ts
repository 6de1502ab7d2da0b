// How dates and issue numbers are written on the pages.

/** 2020-08-06 → 2020年8月6日 */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 2020年第4期（总第64期） */
export function issueLabel(issue: { year: number; number: number; totalNumber: number | null }): string {
  return `${issue.year}年第${issue.number}期${issue.totalNumber ? `（总第${issue.totalNumber}期）` : ''}`;
}

/** Kind of item as a reader names it. */
export function kindLabel(kind: string, docType: string | null): string {
  if (kind === 'chronicle') return '大事记';
  if (kind === 'listing') return '发文目录';
  return docType ?? '文件';
}
