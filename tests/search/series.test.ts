// The numbers the search page offers as the series of a 发文字号 the site does not hold
// (issue 24): the 机关代字〔年份〕 it shares with them, never the year alone.
import { describe, expect, it } from 'vitest';
import { numberKey } from '../../src/search/docNumberQuery.ts';
import { seriesOf } from '../../src/search/page.ts';

// As search/numbers/2022.json lists them: one issuer's series and two codeless numbers of
// different issuers, keyed by year and serial alone.
const numbered = {
  '南府办函〔2022〕3号': [{ url: '/a/', title: 'A' }],
  '南府办函〔2022〕12号': [{ url: '/b/', title: 'B' }],
  '南府发〔2022〕5号': [{ url: '/c/', title: 'C' }],
  '〔2022〕20号': [{ url: '/d/', title: 'D' }],
  '〔2022〕7号': [{ url: '/e/', title: 'E' }],
};

describe('the series of a number the site does not hold', () => {
  it('is the numbers of its 机关代字 and year, in order', () =>
    expect(seriesOf(numberKey('南府办函〔2022〕99号')!, numbered)).toEqual([
      { key: '南府办函〔2022〕3号', url: '/a/' },
      { key: '南府办函〔2022〕12号', url: '/b/' },
    ]));

  it.each(['2022(21)号', '〔2022〕21号'])(
    'is none for %s, a number without 机关代字: the year alone is no series',
    (typed) => {
      const key = numberKey(typed)!;
      expect(key).toBe('〔2022〕21号');
      expect(seriesOf(key, numbered)).toEqual([]);
    },
  );
});
