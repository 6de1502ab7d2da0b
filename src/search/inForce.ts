// 在某日有效: documents in force on a day the reader picks. Pagefind filters match values
// exactly, so every document with a stated 施行日期 carries two filters, its first and its last
// day in force (无 when no end is known), and the page asks for any first day up to the picked
// day and any last day from it on, out of the values the index holds.

/** Last day value of a document in force with no known end. */
export const OPEN_END = '无';

/** The filters a search record carries for its validity (none without a 施行日期). */
export function validityFilters(
  effective: string | null,
  lastDay: string | null,
): Record<string, string[]> {
  return effective ? { effective: [effective], inForceUntil: [lastDay ?? OPEN_END] } : {};
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
