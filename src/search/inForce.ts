// 在某日有效: documents in force on a day the reader picks. Pagefind filters match values
// exactly, so every document with a stated 施行日期 carries two filters, its first and its last
// day in force (无 when no end is known), and the page asks for any first day up to the picked
// day and any last day from it on, out of the values the index holds.
import type { Validity } from '../schema.ts';

/** Last day value of a document in force with no known end. */
export const OPEN_END = '无';

/**
 * Last day value of a document that the editor says is no longer in force (失效, 已废止 in its
 * corrections file) without a last day the texts give: before every day a reader can pick, so
 * that the filter never lists as in force what the page says is not. An editor who knows the
 * day corrects `expires`.
 */
export const ENDED_UNDATED = '0000-00-00';

/** The filters a search record carries for its validity (none without a 施行日期). */
export function validityFilters(
  effective: string | null,
  lastDay: string | null,
  editorWord: Validity | null = null,
): Record<string, string[]> {
  const ended = editorWord === '失效' || editorWord === '已废止';
  return effective
    ? { effective: [effective], inForceUntil: [lastDay ?? (ended ? ENDED_UNDATED : OPEN_END)] }
    : {};
}

/**
 * Pagefind filters for the documents in force on `day` (YYYY-MM-DD), from the filter values
 * the index holds (pagefind.filters()); null when no document can be in force on that day.
 */
export function inForceFilters(
  day: string,
  available: Record<string, Record<string, number>>,
): Record<string, { any: string[] }> | null {
  const from = Object.keys(available.effective ?? {}).filter((d) => d <= day);
  const until = Object.keys(available.inForceUntil ?? {}).filter((d) => d === OPEN_END || d >= day);
  return from.length > 0 && until.length > 0
    ? { effective: { any: from }, inForceUntil: { any: until } }
    : null;
}

/** Pagefind filters for the documents that state a 施行日期, whatever it is; null when none does. */
export function datedFilters(
  available: Record<string, Record<string, number>>,
): Record<string, { any: string[] }> | null {
  const days = Object.keys(available.effective ?? {});
  return days.length > 0 ? { effective: { any: days } } : null;
}

/**
 * What the in-force filter left out of a search, and why: `all` results without it, `kept`
 * with it, `dated` of all those that state a 施行日期 (the others cannot be in force on any
 * day by their text). Empty when it left nothing out.
 */
export function leftOutNote({
  all,
  kept,
  dated,
}: {
  all: number;
  kept: number;
  dated: number;
}): string {
  const left = all - kept;
  if (left <= 0) return '';
  const undated = Math.min(left, all - dated);
  const lapsed = left - undated;
  if (lapsed === 0) return `另有未注明施行日期的${undated}篇未列出。`;
  if (undated === 0) return `另有${lapsed}篇在该日不在有效期内，未列出。`;
  return `另有${left}篇未列出：未注明施行日期的${undated}篇，在该日不在有效期内的${lapsed}篇。`;
}
