// The relations between the documents of the site: which document a relation names (by
// 发文字号, else by title), which documents name a given one, and how long a document stays in
// force once a document in the site repeals it. Pure: computed when the site is built, from the
// documents' data, without a clock.
import { matchKey } from '../parser/text.ts';
import type { DocumentMeta, Relation } from '../schema.ts';

export type Related = Pick<
  DocumentMeta,
  'id' | 'title' | 'docNumber' | 'relations' | 'effective' | 'expires' | 'date'
>;

/** How a relation reads in Chinese, from the document that states it and from the one it names. */
export const RELATION_LABELS: Record<Relation['type'], { outbound: string; inbound: string }> = {
  repeals: { outbound: '废止', inbound: '被以下文件废止' },
  amends: { outbound: '修改', inbound: '被以下文件修改' },
  carries: { outbound: '印发、转发', inbound: '由以下文件印发、转发' },
  answers: { outbound: '答复', inbound: '由以下文件答复' },
  cites: { outbound: '引用', inbound: '被以下文件引用' },
};

export interface SiteRelations<T extends Related> {
  /** The document of the site a relation of `from` names, if the site holds it. */
  target: (relation: Relation, from: T) => T | undefined;
  /** The documents whose typed relations (not plain citations) name `doc`, by type. */
  inbound: (doc: T) => Array<{ type: Relation['type']; doc: T }>;
}

export function siteRelations<T extends Related>(docs: T[]): SiteRelations<T> {
  const byNumber = new Map<string, T>();
  const byTitle = new Map<string, T>();
  const byInstrument = new Map<string, T>();
  for (const d of docs) {
    if (d.docNumber && !byNumber.has(d.docNumber)) byNumber.set(d.docNumber, d);
    if (!byTitle.has(matchKey(d.title))) byTitle.set(matchKey(d.title), d);
  }
  // An instrument a 印发 notice carries is found under its own title too (原《…办法》同时废止),
  // but another notice carrying an instrument of that title is not that instrument.
  for (const d of docs) {
    for (const r of d.relations)
      if (r.type === 'carries' && r.title && !byInstrument.has(matchKey(r.title)))
        byInstrument.set(matchKey(r.title), d);
  }
  const target = (relation: Relation, from: T) => {
    const key = relation.title ? matchKey(relation.title) : null;
    const found =
      (relation.docNumber ? byNumber.get(relation.docNumber) : undefined) ??
      (key ? byTitle.get(key) : undefined) ??
      (key && relation.type !== 'carries' ? byInstrument.get(key) : undefined);
    return found && found.id !== from.id ? found : undefined;
  };
  const inbound = new Map<string, Array<{ type: Relation['type']; doc: T }>>();
  for (const d of docs) {
    for (const r of d.relations) {
      const t = r.type === 'cites' ? undefined : target(r, d);
      if (t) inbound.set(t.id, [...(inbound.get(t.id) ?? []), { type: r.type, doc: d }]);
    }
  }
  return { target, inbound: (doc) => inbound.get(doc.id) ?? [] };
}

/**
 * The last day a document is in force: its stated expiry, or the day before a document of the
 * site that repeals it takes effect (its 施行日期, else its 成文日期), whichever comes first.
 */
export function lastDayInForce<T extends Related>(
  doc: T,
  inbound: Array<{ type: Relation['type']; doc: T }>,
): string | null {
  const ends = inbound
    .filter((r) => r.type === 'repeals')
    .map((r) => r.doc.effective ?? r.doc.date)
    .filter((d): d is string => d !== null)
    .map(dayBefore);
  if (doc.expires) ends.push(doc.expires);
  return ends.sort()[0] ?? null;
}

function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
