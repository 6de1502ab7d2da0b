// schema.org Legislation for a document page (DESIGN.md: metadata standards to emit).
import type { DocumentMeta, Issue } from '../schema.ts';
import { issueLabel } from './format.ts';

export function legislation(doc: DocumentMeta, issue: Issue, url: string, issueUrl: string): object {
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
    ...(doc.issuers.length > 0 && { legislationPassedBy: doc.issuers.map((name) => ({ '@type': 'GovernmentOrganization', name })) }),
    isPartOf: { '@type': 'PublicationIssue', '@id': issueUrl, name: `${issue.gazette} ${issueLabel(issue)}`, issueNumber: String(issue.number), ...(issue.published && { datePublished: issue.published }) },
  };
}
