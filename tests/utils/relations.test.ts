// Relations between documents of the site, the last day in force, the in-force search filter
// and the JSON-LD they give, on the real 证监会公告〔2017〕13号, which repeals 证监会公告〔2008〕38号
// (tests/support/repeal.ts): titles, numbers and dates as published.
import { describe, expect, it } from 'vitest';
import type { DocumentMeta } from '../../src/schema.ts';
import {
  datedFilters,
  inForceFilters,
  leftOutNote,
  validityFilters,
} from '../../src/search/inForce.ts';
import { legislation } from '../../src/utils/jsonld.ts';
import { lastDayInForce, type Related, siteRelations } from '../../src/utils/relations.ts';
import { repealed as repealedData, repealing as repealingData } from '../support/repeal.ts';

const repealing: Related = { id: 'csrc/2017/1/1', ...repealingData };
const repealed: Related = { id: 'csrc/2008/1/1', ...repealedData };

describe('relations in the site', () => {
  const site = siteRelations([repealing, repealed]);

  it('finds the document a relation names by its 发文字号, and the one that names it', () => {
    const repeal = repealing.relations.find((r) => r.docNumber === '证监会公告〔2008〕38号')!;
    expect(site.target(repeal, repealing)?.id).toBe(repealed.id);
    expect(site.inbound(repealed)).toEqual([{ type: 'repeals', doc: repealing }]);
    expect(site.inbound(repealing)).toEqual([]);
  });

  it('does not take another notice carrying an instrument of the same title for that instrument', () => {
    const carrying = repealing.relations.find((r) => r.type === 'carries')!;
    const again = { ...repealing, id: 'copy/2017/1/1', docNumber: null };
    expect(siteRelations([repealing, again]).target(carrying, again)).toBeUndefined();
  });

  it('ends a repealed document the day before the repealing one takes effect', () => {
    expect(repealing.effective).toBe('2017-09-05');
    expect(lastDayInForce(repealed, site.inbound(repealed))).toBe('2017-09-04');
    expect(lastDayInForce(repealing, site.inbound(repealing))).toBeNull();
  });
});

describe('in-force filter', () => {
  const available = {
    effective: { '2017-09-05': 1, '2022-07-17': 1 },
    inForceUntil: { 无: 1, '2017-09-04': 1 },
  };

  it('tags a record with its first and last day in force, 无 when no end is known', () => {
    expect(validityFilters('2017-09-05', null)).toEqual({
      effective: ['2017-09-05'],
      inForceUntil: ['无'],
    });
    expect(validityFilters(null, '2017-09-04')).toEqual({});
  });

  it('asks for any first day up to the picked day and any last day from it on', () => {
    expect(inForceFilters('2020-01-01', available)).toEqual({
      effective: { any: ['2017-09-05'] },
      inForceUntil: { any: ['无'] },
    });
    expect(inForceFilters('2017-09-04', available)).toBeNull();
  });

  it('says how many results it left out, and how many of those state no 施行日期', () => {
    expect(datedFilters(available)).toEqual({ effective: { any: ['2017-09-05', '2022-07-17'] } });
    expect(datedFilters({})).toBeNull();
    expect(leftOutNote({ all: 5, kept: 5, dated: 5 })).toBe('');
    expect(leftOutNote({ all: 7, kept: 0, dated: 0 })).toBe('另有未注明施行日期的7篇未列出。');
    expect(leftOutNote({ all: 3, kept: 1, dated: 3 })).toBe('另有2篇在该日不在有效期内，未列出。');
    expect(leftOutNote({ all: 9, kept: 1, dated: 3 })).toBe(
      '另有8篇未列出：未注明施行日期的6篇，在该日不在有效期内的2篇。',
    );
  });
});

describe('JSON-LD', () => {
  it('gives the dates of applicability and the relations, with URLs for documents in the site', () => {
    const doc = {
      ...repealing,
      issue: 'csrc/2017/1',
      order: 1,
      kind: 'document',
      section: null,
      tocTitle: null,
      tocPage: null,
      docType: '公告',
      issuers: [],
      addressees: [],
      printedDate: null,
      attachments: [],
      embedded: [],
      cites: [],
      sourceLines: [1, 1],
      sourcePage: null,
      indexNumber: null,
      subject: null,
      publishedOnline: null,
    } as DocumentMeta;
    const issue = { gazette: '公报', number: 1, published: null } as never;
    const ld = legislation(doc, issue, 'https://x/1/', 'https://x/', (r) =>
      r.docNumber === repealed.docNumber ? 'https://x/2/' : undefined,
    ) as Record<string, unknown>;
    expect(ld.legislationDateOfApplicability).toBe('2017-09-05');
    expect(ld.legislationChanges).toEqual([
      {
        '@type': 'Legislation',
        name: '关于证券投资基金执行《企业会计准则》估值业务及份额净值计价有关事项的通知',
        legislationIdentifier: '证监会计字〔2007〕21号',
      },
      {
        '@type': 'Legislation',
        '@id': 'https://x/2/',
        url: 'https://x/2/',
        name: '关于进一步规范证券投资基金估值业务的指导意见',
        legislationIdentifier: '证监会公告〔2008〕38号',
      },
    ]);
    expect(ld.legislationCommences).toEqual([
      { '@type': 'Legislation', name: '中国证监会关于证券投资基金估值业务的指导意见' },
    ]);
  });
});
