// 有效性: the one word a government site shows for a document (有效 / 失效 / 已废止 / 已修改 /
// 未注明), decided when the site is built from what the texts state: the document's 施行日期 and
// 有效期, and the documents of the site that repeal or amend it; or as the editor states it in
// the corrections file, which wins. The build's day decides only a document whose last day is
// stated (有效期至, or 效力截至 by a repeal that takes effect later): every other document's word
// is the same on any day, so a new build does not make every page again, and a page is made
// again on the day its document lapses (its word is part of its page's cache key,
// scripts/pages.ts).
import type { DocumentMeta, Relation, Validity } from '../schema.ts';
import type { Related } from './relations.ts';

/** What the word is decided from: the document, the site's documents that name it, the build's day. */
export function validityOf<T extends Related>(
  doc: Pick<DocumentMeta, 'effective' | 'expires' | 'validity'>,
  inbound: Array<{ type: Relation['type']; doc: T }>,
  day: string,
): Validity {
  if (doc.validity) return doc.validity;
  // A repeal takes effect on its own 施行日期, else its 成文日期; one dated by neither has
  // taken effect as far as the texts tell.
  const repeals = inbound.filter((r) => r.type === 'repeals').map((r) => r.doc);
  if (repeals.some((by) => (by.effective ?? by.date ?? day) <= day)) return '已废止';
  if (doc.expires !== null && doc.expires < day) return '失效';
  if (inbound.some((r) => r.type === 'amends')) return '已修改';
  return doc.effective !== null || doc.expires !== null || repeals.length > 0 ? '有效' : '未注明';
}

/** schema.org's LegalForceStatus of a word, for JSON-LD; none for 未注明. */
export const LEGAL_FORCE: Record<Validity, string | null> = {
  有效: 'https://schema.org/InForce',
  已修改: 'https://schema.org/InForce',
  失效: 'https://schema.org/NotInForce',
  已废止: 'https://schema.org/NotInForce',
  未注明: null,
};

/** A day as the build sees it: YYYY-MM-DD in China's time (UTC+8, no summer time), where the documents' days are. */
export function chinaDay(epochMilliseconds: number): string {
  return new Date(epochMilliseconds + 8 * 3600_000).toISOString().slice(0, 10);
}
