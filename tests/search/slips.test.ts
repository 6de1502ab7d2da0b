// The slips a query that finds nothing may hold, and the text each finds, on sample text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { meant, slipsOf } from '../../src/search/slips.ts';

// The title of nanming/2020/4/4 and of nanming/2020/4/2, as their pages print them.
const soil = '南明区人民政府办公室关于印发《南明区土壤污染防治2020年度实施方案》的通知';
const register = '南明区人民政府办公室关于印发南明区建立和完善教育文化户口簿工作方案的通知';
/** What each slip finds, the likelier first. */
const found = (query: string, text: string) =>
  [...new Set(slipsOf(query).map((s) => meant(s, text)))].filter(Boolean);

describe('slips of a query', () => {
  it('finds the text a homophone slip meant', () => {
    expect(found('土壤污染放治', soil)).toEqual(['土壤污染防治']);
    // Without its last character the query is found too, but that is the weakest guess.
    expect(found('文化户口薄', register)).toEqual(['文化户口簿', '文化户口']);
  });

  it('finds the text when a character was left out or typed extra', () => {
    expect(found('土壤污防治', soil)).toEqual(['土壤污染防治']);
    expect(found('土壤污染污防治', soil)).toEqual(['土壤污染防治']);
  });

  it('asks Pagefind only exact parts, at most two for a slip', () => {
    const slips = slipsOf('土壤污染放治');
    expect(slips.every((s) => s.parts.length >= 1 && s.parts.length <= 2)).toBe(true);
    expect(slips.map((s) => s.parts)).toContainEqual(['土壤污染', '治']);
  });

  it('does not guess for a short query, or one that is not all Han characters', () => {
    expect(slipsOf('户口薄')).toEqual([]);
    expect(slipsOf('GB/T 18973')).toEqual([]);
    expect(slipsOf('南府办函〔2020〕99号')).toEqual([]);
  });

  it('finds nothing a sample issue does not hold', () => {
    const text = readFileSync('content/nanming/2020-4.txt', 'utf8');
    expect(found('量子计算机房', text)).toEqual([]);
  });
});
