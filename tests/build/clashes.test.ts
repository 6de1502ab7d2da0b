// What two issues together get wrong (scripts/build/clashes.ts): two gazette folders whose
// issues carry one gazette name, and one 发文字号 printed by several documents.
import { describe, expect, it } from 'vitest';
import { gazetteNameClashes, sharedDocNumbers } from '../../scripts/build/clashes.ts';

describe('checks across issues', () => {
  it('names each issue whose gazette name another folder’s issues carry, with the other folders', () => {
    const clashes = gazetteNameClashes([
      { file: 'content/kundulun/2017-1.txt', folder: 'kundulun', gazette: '昆都仑区人民政府公报' },
      { file: 'content/kundulun/2017-2.txt', folder: 'kundulun', gazette: '昆都仑区人民政府公报' },
      {
        file: 'content/akundulun/2017-1.txt',
        folder: 'akundulun',
        gazette: '昆都仑区人民政府公报',
      },
      {
        file: 'content/nanming/2020-4.txt',
        folder: 'nanming',
        gazette: '贵阳市南明区人民政府公报',
      },
    ]);
    expect([...clashes.keys()]).toEqual([
      'content/kundulun/2017-1.txt',
      'content/kundulun/2017-2.txt',
      'content/akundulun/2017-1.txt',
    ]);
    expect(clashes.get('content/akundulun/2017-1.txt')).toMatchObject({
      file: 'content/akundulun/2017-1.txt',
      line: 1,
      code: 'gazette-name-clash',
      params: { gazette: '昆都仑区人民政府公报', others: ['kundulun'] },
    });
    // Two issues of one folder under one name are one gazette.
    expect(
      gazetteNameClashes([
        { file: 'content/a/2020-1.txt', folder: 'a', gazette: '甲公报' },
        { file: 'content/a/2020-2.txt', folder: 'a', gazette: '甲公报' },
      ]).size,
    ).toBe(0);
  });

  it('lists every document that prints a 发文字号 another prints too, in the order given', () => {
    expect(
      sharedDocNumbers([
        { id: 'kundulun/2017/1/1', docNumber: '昆政发〔2017〕25号' },
        { id: 'kundulun/2017/1/2', docNumber: null },
        { id: 'nanming/2020/4/1', docNumber: '南府发〔2020〕25号' },
        { id: 'akundulun/2017/1/1', docNumber: '昆政发〔2017〕25号' },
      ]),
    ).toEqual(new Map([['昆政发〔2017〕25号', ['kundulun/2017/1/1', 'akundulun/2017/1/1']]]));
  });
});
