// 效力 and 文件关系 on the built sample pages, as a phone without script gets them, and the
// same in the JSON data and JSON-LD. The samples state no 施行日期, 有效期, 废止 or 修改 (see
// tests/parser/validity-samples.test.ts); every 印发 notice names the instrument it carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { page } from '../support/dist.ts';
import { SITES } from '../support/sites.ts';
import { sampleDocuments } from '../support/samples.ts';

const dir = SITES.root.dir;
const documents = sampleDocuments();
const text = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('文件关系, 效力 and 有效性 on document pages', () => {
  it.each(documents.map((d) => [d.id, d] as const))(
    '%s lists what it carries, in the HTML',
    (id, doc) => {
      const $ = page(dir, `${id}/`);
      const carried = doc.relations
        .filter((r) => r.type === 'carries')
        .map((r) => `《${r.title}》`);
      const listed = $('.doc-relations dt:contains("印发、转发")')
        .nextUntil('dt', 'dd')
        .map((_, dd) => text($(dd).text()))
        .get();
      expect(listed).toEqual(carried);
      // No sample states a 施行日期 or 有效期, and none repeals another: no 效力 box is made up.
      expect($('.doc-status')).toHaveLength(0);
      // Every page has the 有效性 row of its metadata: 未注明, as nothing is stated.
      const row = $('.meta-table th:contains("有效性")').closest('tr');
      expect(row).toHaveLength(1);
      expect(text(row.find('td').text())).toBe('未注明');
      expect(row.find('td').attr('data-validity')).toBe('未注明');
    },
  );

  it('shows 印发 in the page as served, without a script of its own', () => {
    const $ = page(dir, 'kundulun/2017/1/1/');
    // Only the reading pages' small inline enhancements (tests/site/pages.test.ts), none for relations.
    expect($('script[src]')).toHaveLength(0);
    expect(
      $('script:not([type="application/ld+json"])')
        .map((_, s) => $(s).attr('data-enhancement'))
        .get()
        .sort(),
    ).toEqual(['document-actions', 'text-size']);
    expect($('.doc-relations h2').text()).toBe('文件关系');
    expect($('.doc-relations dt').text()).toBe('印发、转发');
    expect($('.doc-relations dd').text()).toBe('《昆都仑区土壤污染防治行动方案》');
  });

  it('puts effective, expires, relations and 有效性 in the JSON data and the relations in JSON-LD', () => {
    for (const doc of documents) {
      const data = JSON.parse(readFileSync(join(dir, doc.id, 'document.json'), 'utf8'));
      expect(data).toMatchObject({
        effective: doc.effective,
        expires: doc.expires,
        relations: doc.relations,
        validity: '未注明',
      });
      const ld = JSON.parse(page(dir, `${doc.id}/`)('script[type="application/ld+json"]').text());
      const carried = doc.relations.filter((r) => r.type === 'carries').map((r) => r.title);
      expect((ld.legislationCommences ?? []).map((l: { name: string }) => l.name)).toEqual(carried);
      expect(ld.legislationDateOfApplicability).toBeUndefined();
      expect(ld.legislationLegalForce).toBeUndefined();
    }
  });
});
