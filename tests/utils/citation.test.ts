// A document as reference managers import it: RIS and CSL-JSON, from one sample document.
import { describe, expect, it } from 'vitest';
import { cslOf, risOf } from '../../src/utils/citation.ts';

// nanming/2020/4/2 as its page shows it.
const doc = {
  id: 'nanming/2020/4/2',
  title: '南明区人民政府办公室关于印发南明区建立和完善教育文化户口簿工作方案的通知',
  docNumber: '南府办函〔2020〕47号',
  issuers: ['贵阳市南明区人民政府办公室'],
  date: '2020-07-29',
  tocPage: 3,
};
const issue = {
  gazette: '贵阳市南明区人民政府公报',
  year: 2020,
  number: 4,
  publisher: '贵阳市南明区人民政府办公室',
};
const url = 'https://gongbao.example.gov.cn/nanming/2020/4/2/';

describe('citation records', () => {
  it('RIS: a GOVDOC record with title, issuer, dates, number, gazette, issue, page and URL', () => {
    expect(risOf(doc, issue, url).split('\r\n')).toEqual([
      'TY  - GOVDOC',
      `TI  - ${doc.title}`,
      'AU  - 贵阳市南明区人民政府办公室',
      'PY  - 2020',
      'DA  - 2020/07/29',
      'M1  - 南府办函〔2020〕47号',
      'T2  - 贵阳市南明区人民政府公报',
      'IS  - 2020年第4期',
      'SP  - 3',
      'PB  - 贵阳市南明区人民政府办公室',
      'LA  - zh-CN',
      `UR  - ${url}`,
      'ER  - ',
      '',
    ]);
  });

  it('RIS: leaves out what is unknown, and a line break in a value never starts a tag', () => {
    const ris = risOf(
      { ...doc, title: '关于\r\nER  - 的通知', docNumber: null, date: null, tocPage: null },
      { ...issue, publisher: null },
      url,
    );
    expect(ris).toContain('TI  - 关于 ER  - 的通知\r\n');
    expect(ris).toContain('PY  - 2020\r\n');
    expect(ris).not.toMatch(/^(M1|DA|SP|PB) /m);
  });

  it('CSL-JSON: one legislation item, the issuing body an institutional author', () => {
    expect(cslOf(doc, issue, url)).toEqual([
      {
        id: 'nanming/2020/4/2',
        type: 'legislation',
        title: doc.title,
        number: '南府办函〔2020〕47号',
        author: [{ literal: '贵阳市南明区人民政府办公室' }],
        authority: '贵阳市南明区人民政府办公室',
        issued: { 'date-parts': [[2020, 7, 29]] },
        'container-title': '贵阳市南明区人民政府公报',
        issue: '2020年第4期',
        page: '3',
        publisher: '贵阳市南明区人民政府办公室',
        language: 'zh-CN',
        URL: url,
      },
    ]);
  });
});
