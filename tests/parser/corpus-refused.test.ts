// A corpus issue the parser refuses is scored, not fatal: `npm run score` goes on to the other
// issues and counts the refused one as read empty (every item missed, every issue field wrong,
// every character lost).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCorpus } from '../../scripts/lib/corpus.ts';

const issue = (root: string, slug: string, text: string) => {
  mkdirSync(join(root, slug));
  writeFileSync(join(root, slug, '2022-1.txt'), text);
  writeFileSync(
    join(root, slug, 'key.json'),
    JSON.stringify({
      issue: {
        gazette: '江城市临河区人民政府公报',
        year: 2022,
        number: 1,
        totalNumber: null,
        published: null,
      },
      documents: [
        {
          titleLine: 5,
          kind: 'document',
          title: '江城市临河区人民政府关于甲的通知',
          docNumber: null,
          docType: '通知',
          issuers: ['江城市临河区人民政府'],
          date: null,
          section: null,
        },
      ],
    }),
  );
};

describe('scoreCorpus', () => {
  it('scores a refused text as read empty and goes on to the next issue', () => {
    const root = mkdtempSync(join(tmpdir(), 'gongbao-corpus-'));
    const text = '江城市临河区人民政府公报\n\n2022年第1期\n\n江城市临河区人民政府关于甲的通知\n';
    const damaged = text.replace('\n\n2022', '\n\u0000\n2022');
    issue(root, 'a-refused', damaged);
    issue(root, 'b-read', text);

    const [refused, read] = scoreCorpus(root);

    expect(refused?.refused).toMatch(/2022-1\.txt:2: .* \[control-character\]$/);
    expect(refused?.score).toMatchObject({ keyItems: 1, predicted: 0, matched: 0, missed: [5] });
    expect([refused?.score.fieldsRight, refused?.score.fieldsChecked]).toEqual([0, 5]);
    expect(refused?.account).toMatchObject({ accounted: 0, percent: 0 });
    expect(refused?.account.total).toBe([...damaged.replace(/\s/g, '')].length);
    expect(read?.refused).toBeUndefined();
    expect(read?.score.keyItems).toBe(1);
  });
});
