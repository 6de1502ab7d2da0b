// A document as reference managers import it: RIS (Zotero, EndNote, NoteExpress) and CSL-JSON
// (Zotero, citeproc, pandoc). Pure; the document's routes serve them beside its page.
import type { DocumentMeta, Issue } from '../schema.ts';

type Cited = Pick<DocumentMeta, 'title' | 'docNumber' | 'issuers' | 'date' | 'tocPage' | 'id'>;
type In = Pick<Issue, 'gazette' | 'year' | 'number' | 'publisher'>;

/** RIS: one GOVDOC record, tags as the RIS specification names them; line breaks in values become spaces. */
export function risOf(doc: Cited, issue: In, url: string): string {
  const tag = (name: string, value: string | number | null | undefined) =>
    value === null || value === undefined || value === ''
      ? []
      : [`${name}  - ${String(value).replace(/\s*[\r\n]+\s*/g, ' ')}`];
  return `${[
    ...tag('TY', 'GOVDOC'),
    ...tag('TI', doc.title),
    ...doc.issuers.flatMap((issuer) => tag('AU', issuer)),
    ...tag('PY', doc.date?.slice(0, 4) ?? issue.year),
    ...tag('DA', doc.date?.replaceAll('-', '/')),
    ...tag('M1', doc.docNumber),
    ...tag('T2', issue.gazette),
    ...tag('IS', `${issue.year}年第${issue.number}期`),
    ...tag('SP', doc.tocPage),
    ...tag('PB', issue.publisher),
    ...tag('LA', 'zh-CN'),
    ...tag('UR', url),
    'ER  - ',
  ].join('\r\n')}\r\n`;
}

/** CSL-JSON: one item of type `legislation`, its issuing bodies as institutional authors. */
export function cslOf(doc: Cited, issue: In, url: string) {
  return [
    {
      id: doc.id,
      type: 'legislation',
      title: doc.title,
      ...(doc.docNumber && { number: doc.docNumber }),
      ...(doc.issuers.length > 0 && {
        author: doc.issuers.map((literal) => ({ literal })),
        authority: doc.issuers.join('、'),
      }),
      ...(doc.date && { issued: { 'date-parts': [doc.date.split('-').map(Number)] } }),
      'container-title': issue.gazette,
      issue: `${issue.year}年第${issue.number}期`,
      ...(doc.tocPage !== null && { page: String(doc.tocPage) }),
      ...(issue.publisher && { publisher: issue.publisher }),
      language: 'zh-CN',
      URL: url,
    },
  ];
}
