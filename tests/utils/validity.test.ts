// 有效性 (src/utils/validity.ts) on real texts: 证监会公告〔2017〕13号 repealing 证监会公告〔2008〕38号
// (tests/support/repeal.ts), 普陀区's 意见 stating 有效期至2026年12月31日 and 广州市's 决定 amending
// 《广州市行政规范性文件管理规定》 (tests/fixtures/validity/sentences.json, with their sources);
// a sample of the site for 未注明, and an editor's word set in a corrections file.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDay, parseConfig, pinnedDay } from '../../src/config.ts';
import { parseCorrections } from '../../src/corrections/index.ts';
import { findRelations } from '../../src/parser/relations.ts';
import { readValidity } from '../../src/parser/validity.ts';
import { corrections } from '../../src/utils/format.ts';
import { legislation } from '../../src/utils/jsonld.ts';
import { type Related, siteRelations } from '../../src/utils/relations.ts';
import { chinaDay, validityOf } from '../../src/utils/validity.ts';
import { edit } from '../editor/helpers.ts';
import { repealed as repealedData, repealing as repealingData } from '../support/repeal.ts';

const sentences: Array<{ sentence: string; source: string }> = JSON.parse(
  readFileSync(new URL('../fixtures/validity/sentences.json', import.meta.url), 'utf8'),
);
const sentence = (start: string) => sentences.find((s) => s.sentence.startsWith(start))!.sentence;

const repealing: Related = { id: 'csrc/2017/1/1', ...repealingData };
const repealed: Related = { id: 'csrc/2008/1/1', ...repealedData };

// 本意见自2025年4月21日起施行，有效期至2026年12月31日。
const termed: Related = {
  id: 'putuo/2025/1/1',
  title: '普陀区促进质量提升实施意见',
  docNumber: null,
  date: null,
  ...readValidity(sentence('本意见自2025年4月21日起施行'), null),
  relations: [],
};

// 广州市人民政府决定对《广州市行政规范性文件管理规定》作如下修改: … 自2006年1月1日起施行。
const amending: Related = {
  id: 'guangzhou/2005/1/1',
  title: '广州市人民政府关于修改《广州市行政规范性文件管理规定》的决定',
  docNumber: null,
  date: null,
  ...readValidity(sentence('《广州市人民政府关于修改'), null),
  relations: findRelations(sentence('广州市人民政府决定对')),
};
const amended: Related = {
  id: 'guangzhou/2000/1/1',
  title: '广州市行政规范性文件管理规定',
  docNumber: null,
  date: null,
  effective: null,
  expires: null,
  relations: [],
};

const site = siteRelations([repealing, repealed, termed, amending, amended]);
const word = (doc: Related & { validity?: never }, day: string) =>
  validityOf(doc, site.inbound(doc), day);

describe('有效性', () => {
  it('有效: a stated 施行日期, on any day before a stated end', () => {
    expect(repealing.effective).toBe('2017-09-05');
    expect(word(repealing, '2017-09-05')).toBe('有效');
    expect(word(repealing, '2040-01-01')).toBe('有效');
  });

  it('失效 from the day after the stated 有效期至, by the build’s day, and only then', () => {
    expect(termed.expires).toBe('2026-12-31');
    expect(word(termed, '2026-12-31')).toBe('有效');
    expect(word(termed, '2027-01-01')).toBe('失效');
  });

  it('已废止 from the day the repealing document takes effect (效力截至 the day before)', () => {
    expect(site.inbound(repealed).map((r) => r.type)).toEqual(['repeals']);
    expect(word(repealed, '2017-09-04')).toBe('有效');
    expect(word(repealed, '2017-09-05')).toBe('已废止');
    // A repeal dated by nothing has taken effect as far as the texts tell.
    const undated = { ...repealing, id: 'x/1/1/1', date: null, effective: null };
    expect(validityOf(repealed, [{ type: 'repeals', doc: undated }], '1990-01-01')).toBe('已废止');
  });

  it('已修改 when a document of the site amends it, on any day', () => {
    expect(site.inbound(amended)).toEqual([{ type: 'amends', doc: amending }]);
    expect(word(amended, '2000-01-01')).toBe('已修改');
    expect(word(amended, '2040-01-01')).toBe('已修改');
  });

  it('未注明 when nothing is stated: a sample’s notice, on any day', () => {
    const notice = edit('content/kundulun/2017-1.txt').documents[0]!;
    expect([notice.effective, notice.expires]).toEqual([null, null]);
    expect(validityOf(notice, [], '2000-01-01')).toBe('未注明');
    expect(validityOf(notice, [], '2099-12-31')).toBe('未注明');
  });

  it('the editor’s word (corrections file) over what the texts state', () => {
    const fix = parseCorrections(
      'content/kundulun/2017-1.fix.yaml',
      'documents:\n  昆政发〔2017〕25号:\n    validity: 已废止\n',
    );
    const doc = edit('content/kundulun/2017-1.txt', { corrections: fix }).documents.find(
      (d) => d.docNumber === '昆政发〔2017〕25号',
    )!;
    expect(doc.validity).toBe('已废止');
    expect(doc.provenance).toContainEqual({
      field: 'validity',
      parsed: null,
      file: 'content/kundulun/2017-1.fix.yaml',
      line: 3,
    });
    expect(validityOf(doc, [], '2000-01-01')).toBe('已废止');
    // Over a stated term, too.
    expect(validityOf({ ...termed, validity: '有效' }, [], '2030-01-01')).toBe('有效');
    // Stated, not misprinted: no 勘误 line for it.
    expect(corrections(doc)).toEqual([]);
  });

  it('goes into JSON-LD as schema.org’s legal force, none for 未注明', () => {
    const issue = { gazette: '公报', year: 2017, number: 1, totalNumber: null, published: null };
    const ld = (validity: '失效' | '有效' | '未注明') =>
      (
        legislation(
          { ...edit('content/kundulun/2017-1.txt').documents[0]!, validity },
          issue as never,
          'https://x/1/',
          'https://x/',
        ) as { legislationLegalForce?: string }
      ).legislationLegalForce;
    expect(ld('失效')).toBe('https://schema.org/NotInForce');
    expect(ld('有效')).toBe('https://schema.org/InForce');
    expect(ld('未注明')).toBeUndefined();
  });
});

describe('the build’s day', () => {
  const settings = (env: Record<string, string>) => parseConfig(env, undefined);

  it('is BUILD_DATE, else SOURCE_DATE_EPOCH’s day, else today, in China’s time', () => {
    // 2026-12-31 17:00 UTC is 2027-01-01 01:00 in Beijing.
    const evening = Date.UTC(2026, 11, 31, 17);
    expect(chinaDay(evening)).toBe('2027-01-01');
    expect(buildDay(settings({}), evening)).toBe('2027-01-01');
    expect(pinnedDay(settings({}))).toBeNull();
    expect(buildDay(settings({ SOURCE_DATE_EPOCH: String(evening / 1000) }))).toBe('2027-01-01');
    expect(
      buildDay(settings({ BUILD_DATE: '2026-12-31', SOURCE_DATE_EPOCH: String(evening / 1000) })),
    ).toBe('2026-12-31');
  });

  it('refuses a BUILD_DATE that is not a real day', () => {
    expect(() => settings({ BUILD_DATE: '2026-02-30' })).toThrow(/date-nonexistent/);
    expect(() => settings({ BUILD_DATE: '2026年1月1日' })).toThrow(/date-form/);
  });
});
