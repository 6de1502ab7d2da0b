// schema.org Legislation for a document page (DESIGN.md: metadata standards to emit).
import type { DocumentMeta, Issue, Relation } from '../schema.ts';
import { issueLabel } from './format.ts';
import { LEGAL_FORCE } from './validity.ts';

// The schema.org property for each relation: legislationChanges covers repeal; a 印发 notice
// sets the instrument it carries into force (legislationCommences); a 批复 is based on the
// 请示 it answers.
const RELATION_PROPERTIES: Record<Relation['type'], string> = {
  repeals: 'legislationChanges',
  amends: 'legislationAmends',
  carries: 'legislationCommences',
  answers: 'isBasedOn',
  cites: 'citation',
};

/** A document this one names, with its URL when the site holds it. */
function named(relation: Relation, url: string | undefined): object {
  return {
    '@type': relation.type === 'answers' ? 'CreativeWork' : 'Legislation',
    ...(url && { '@id': url, url }),
    ...(relation.title && { name: relation.title }),
    ...(relation.docNumber && { legislationIdentifier: relation.docNumber }),
  };
}

function relationProperties(
  relations: Relation[],
  urlOf: (r: Relation) => string | undefined,
): object {
  const out: Record<string, object[]> = {};
  for (const r of relations) (out[RELATION_PROPERTIES[r.type]] ??= []).push(named(r, urlOf(r)));
  return out;
}

export function legislation(
  doc: DocumentMeta,
  issue: Issue,
  url: string,
  issueUrl: string,
  urlOf: (r: Relation) => string | undefined = () => undefined,
): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': url,
    url,
    name: doc.title,
    inLanguage: 'zh-CN',
    ...(doc.docNumber && { legislationIdentifier: doc.docNumber }),
    ...(doc.date && { legislationDate: doc.date }),
    ...(doc.docType && { legislationType: doc.docType }),
    ...(doc.effective && { legislationDateOfApplicability: doc.effective }),
    ...(doc.expires && { expires: doc.expires }),
    // 有效性 on the build's day: InForce, NotInForce, or nothing when 未注明.
    ...(doc.validity &&
      LEGAL_FORCE[doc.validity] && { legislationLegalForce: LEGAL_FORCE[doc.validity] }),
    ...(doc.indexNumber && {
      identifier: { '@type': 'PropertyValue', propertyID: '索引号', value: doc.indexNumber },
    }),
    ...(doc.subject && { about: { '@type': 'Thing', name: doc.subject } }),
    // 发布日期: the day it was first published online (its issue's 出版日期 is isPartOf's).
    ...(doc.publishedOnline && { datePublished: doc.publishedOnline }),
    ...relationProperties(doc.relations, urlOf),
    ...(doc.issuers.length > 0 && {
      legislationPassedBy: doc.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })),
    }),
    isPartOf: {
      '@type': 'PublicationIssue',
      '@id': issueUrl,
      name: `${issue.gazette} ${issueLabel(issue)}`,
      issueNumber: String(issue.number),
      ...(issue.published && { datePublished: issue.published }),
    },
  };
}
